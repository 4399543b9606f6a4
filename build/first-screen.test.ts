import type { BundleChunk, FirstScreenFiles, FirstScreenPlan, PageAddress } from './first-screen'
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { shouldRedirectToReading, slideFromHash } from '../lib/reading'
import { firstScreenFiles, firstScreenPlan, firstScreenScript, insertAfterViewport, routeAliasOf } from './first-screen'

const FILES: FirstScreenFiles = {
  slideshow: ['play.js', 'play.css'],
  reading: ['read.js'],
  slides: {
    1: ['md1.js', 'layout.js'],
    7: ['md7.js', 'layout.js', 'chart.js'],
  },
  aliases: { 'title': 1, 'reach-map': 7 },
}

function planAt(pathname: string, extra: Partial<PageAddress> = {}): FirstScreenPlan {
  return firstScreenPlan({
    pathname,
    hash: '',
    search: '',
    base: '/briefing/',
    phonePortrait: false,
    choice: null,
    ...extra,
  }, FILES)
}

/** The files preloaded at an address that the script does not leave. */
function at(pathname: string, extra: Partial<PageAddress> = {}): string[] {
  const plan = planAt(pathname, extra)
  expect(plan.redirect, pathname).toBeNull()
  return plan.preloads
}

/** The reading view's address a phone held upright is sent to from a slideshow address. */
function redirectAt(pathname: string): string | null {
  return planAt(pathname, { phonePortrait: true }).redirect
}

describe('what the first screen preloads', () => {
  it('the slideshow and the slide at /, /N; the reading view and the slide at /read#N', () => {
    expect(at('/briefing/')).toEqual([
      'play.js',
      'play.css',
      'md1.js',
      'layout.js',
    ])
    expect(at('/briefing/7')).toEqual([
      'play.js',
      'play.css',
      'md7.js',
      'layout.js',
      'chart.js',
    ])
    expect(at('/briefing/read')).toEqual(['read.js', 'md1.js', 'layout.js'])
    expect(at('/briefing/read', { hash: '#7' })).toEqual([
      'read.js',
      'md7.js',
      'layout.js',
      'chart.js',
    ])
  })

  it('a phone held upright leaves for the reading view at the same slide, preloading nothing; not if it chose the slides or the page is rendered', () => {
    expect(planAt('/briefing/7', { phonePortrait: true })).toEqual({ redirect: '/briefing/read#7', preloads: [] })
    expect(redirectAt('/briefing/')).toBe('/briefing/read#1')
    expect(redirectAt('/briefing/7/')).toBe('/briefing/read#7')
    expect(at('/briefing/7', { phonePortrait: true, choice: 'slides' })).toEqual([
      'play.js',
      'play.css',
      'md7.js',
      'layout.js',
      'chart.js',
    ])
    expect(at('/briefing/7', { phonePortrait: true, search: '?print' })).toEqual([
      'play.js',
      'play.css',
      'md7.js',
      'layout.js',
      'chart.js',
    ])
    // The reading view itself, and pages that are never redirected, stay where they are.
    expect(at('/briefing/read', { phonePortrait: true, hash: '#7' })).toEqual([
      'read.js',
      'md7.js',
      'layout.js',
      'chart.js',
    ])
    for (const path of [
      '/briefing/presenter/3',
      '/briefing/overview',
      '/briefing/print',
      '/briefing/not-an-alias',
    ])
      expect(planAt(path, { phonePortrait: true }), path).toEqual({ redirect: null, preloads: [] })
  })

  it('a slide\'s routeAlias, the address the slideshow shows and people share, counts as its number', () => {
    const seven = ['md7.js', 'layout.js', 'chart.js']
    expect(at('/briefing/reach-map')).toEqual(['play.js', 'play.css', ...seven])
    expect(redirectAt('/briefing/reach-map')).toBe('/briefing/read#reach-map')
    expect(redirectAt('/briefing/reach-map/')).toBe('/briefing/read#reach-map')
    // The reading view finds the slide from that hash, as it does from setup/routes.ts's.
    const anchors = [
      { no: 1, alias: 'title' },
      { no: 7, alias: 'reach-map' },
    ]
    for (const [path, no] of [
      ['/briefing/reach-map', 7],
      ['/briefing/7', 7],
      ['/briefing/', 1],
      ['/briefing/title', 1],
    ] as const)
      expect(slideFromHash(new URL(redirectAt(path)!, 'http://host').hash, anchors), path).toBe(no)
    // Not slide 1's chunk, which the reading view would not draw first.
    expect(at('/briefing/read', { hash: '#reach-map' })).toEqual(['read.js', ...seven])
    expect(at('/briefing/read', { hash: '#%20reach-map' })).toEqual(['read.js', ...seven])
    // With a trailing slash, which Vue Router matches too.
    expect(at('/briefing/reach-map/')).toEqual(['play.js', 'play.css', ...seven])
    expect(at('/briefing/read/', { hash: '#7' })).toEqual(['read.js', ...seven])
  })

  it('slide 1 at /read with a hash that names no slide, as the reading view draws it', () => {
    for (const hash of [
      '#nope',
      '#99',
      '#constructor',
      '#%E0%A4%A',
    ])
      expect(at('/briefing/read', { hash }), hash).toEqual(['read.js', 'md1.js', 'layout.js'])
  })

  // The script cannot import lib/reading.ts (it runs inline in index.html), so it repeats two
  // of its decisions; these keep the copies in step with the ones the page takes.
  it('leaves for the reading view exactly when setup/routes.ts redirects there', () => {
    for (const phonePortrait of [true, false]) {
      for (const choice of [null, 'read', 'slides']) {
        for (const search of [
          '',
          '?print',
          '?embedded',
          '?clicks=2',
          '?print=true&x=1',
        ]) {
          const query = Object.fromEntries(new URLSearchParams(search))
          const redirected = shouldRedirectToReading({
            routeName: 'play',
            phonePortrait,
            dev: false,
            choice,
            query,
          })
          const plan = planAt('/briefing/7', { phonePortrait, choice, search })
          const label = `phone ${phonePortrait}, choice ${choice}, ${search}`
          expect(plan.redirect, label).toBe(redirected ? '/briefing/read#7' : null)
          expect(plan.preloads[0], label).toBe(redirected ? undefined : 'play.js')
        }
      }
    }
  })

  it('reads /read#<key> as the reading view does (slideFromHash), slide 1 where it names none', () => {
    const anchors = [
      { no: 1, alias: 'title' },
      { no: 7, alias: 'reach-map' },
    ]
    for (const hash of [
      '#7',
      '#reach-map',
      '#%20reach-map%20',
      '#title',
      '#1',
      '#99',
      '#nope',
      '#100%',
      '#',
      '',
    ]) {
      const no = slideFromHash(hash, anchors) ?? 1
      expect(at('/briefing/read', { hash }), hash).toEqual(['read.js', ...FILES.slides[no]!])
    }
  })

  it('nothing on the presenter, overview, print or other pages', () => {
    for (const path of [
      '/briefing/presenter/3',
      '/briefing/overview',
      '/briefing/print',
      '/briefing/not-an-alias',
      '/briefing/constructor',
      '/briefing/toString',
      '/elsewhere/3',
    ])
      expect(at(path), path).toEqual([])
  })
})

describe('finding the files in the bundle', () => {
  const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = [], css: string[] = []): BundleChunk => ({
    fileName,
    facadeModuleId,
    imports,
    css,
  })
  const bundle = [
    chunk('index.js', '/deck/index.html', ['vue.js'], ['index.css']),
    chunk('vue.js', null),
    chunk('play.js', '/deck/node_modules/@slidev/client/pages/play.vue', ['vue.js', 'wrapper.js'], ['play.css']),
    chunk('wrapper.js', null, ['index.js'], ['wrapper.css']),
    chunk('read.js', '/deck/reading/ReadingView.vue', ['wrapper.js']),
    chunk('md1.js', '/@slidev/slides/1/md', ['layout.js']),
    chunk('layout.js', null, ['vue.js']),
  ]

  it('follows static imports, and leaves out what index.html loads already', () => {
    expect(firstScreenFiles(bundle, { title: 1 })).toEqual({
      slideshow: [
        'play.js',
        'wrapper.js',
        'play.css',
        'wrapper.css',
      ],
      reading: ['read.js', 'wrapper.js', 'wrapper.css'],
      slides: {
        1: ['md1.js', 'layout.js'],
      },
      aliases: { title: 1 },
    })
  })

  it('reads each slide\'s routeAlias from Slidev\'s frontmatter module, or fails the build', () => {
    const code = (data: object): string => `// @unocss-include\nimport { computed } from "vue"\nexport const frontmatterData = ${JSON.stringify(data)}\nif (import.meta.hot) {}`
    expect(routeAliasOf('/deck/pages/06.md__slidev_12.frontmatter', code({ layout: 'map', routeAlias: 'reach-map' })))
      .toEqual({ no: 12, alias: 'reach-map' })
    expect(routeAliasOf('/deck/slides.md__slidev_3.frontmatter', code({ layout: 'default' }))).toEqual({ no: 3, alias: undefined })
    expect(routeAliasOf('/deck/slides.md__slidev_3.md', 'anything')).toBeUndefined()
    expect(() => routeAliasOf('/deck/slides.md__slidev_3.frontmatter', 'export default {}')).toThrow(/frontmatterData/)
  })

  it('fails the build when Slidev renames a page or slide 1 is missing', () => {
    expect(() => firstScreenFiles(bundle.filter(c => c.fileName !== 'play.js'))).toThrow(/slideshow page/)
    expect(() => firstScreenFiles(bundle.filter(c => c.fileName !== 'md1.js'))).toThrow(/slide 1/)
  })

  /** Runs the inline script in a stand-in page: what it preloads, and where it leaves for. */
  function runScript(phonePortrait: boolean): { added: string[][], replaced: string[] } {
    const script = firstScreenScript(FILES, '/briefing/')
    const added: string[][] = []
    const replaced: string[] = []
    const page = {
      location: {
        pathname: '/briefing/reach-map',
        hash: '',
        search: '',
        replace: (url: string) => replaced.push(url),
      },
      localStorage: {
        getItem: () => null,
      },
      matchMedia: () => ({ matches: phonePortrait }),
      document: {
        createElement: () => ({
          setAttribute() {},
        }),
        head: {
          appendChild: (link: { rel: string, href: string, as?: string }) => added.push([
            link.rel,
            link.href,
            String(link.as),
          ]),
        },
      },
    }
    // eslint-disable-next-line no-new-func
    new Function('location', 'localStorage', 'matchMedia', 'document', script)(page.location, page.localStorage, page.matchMedia, page.document)
    return { added, replaced }
  }

  it('writes a script that runs on its own in a page: preloads on a desktop, leaves at once on a phone', () => {
    expect(runScript(false)).toEqual({
      added: [
        ['modulepreload', '/briefing/play.js', 'undefined'],
        ['preload', '/briefing/play.css', 'style'],
        ['modulepreload', '/briefing/md7.js', 'undefined'],
        ['modulepreload', '/briefing/layout.js', 'undefined'],
        ['modulepreload', '/briefing/chart.js', 'undefined'],
      ],
      replaced: [],
    })
    expect(runScript(true)).toEqual({
      added: [],
      replaced: ['/briefing/read#reach-map'],
    })
  })
})

describe('where the script goes in index.html', () => {
  it('right after the viewport meta tag, before any stylesheet, or the build fails', () => {
    const html = '<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n<link rel="stylesheet" href="/a.css">'
    const out = insertAfterViewport(html, '<script>x</script>')
    expect(out.indexOf('<script>x</script>')).toBeGreaterThan(out.indexOf('name="viewport"'))
    expect(out.indexOf('<script>x</script>')).toBeLessThan(out.indexOf('stylesheet'))
    expect(() => insertAfterViewport('<head></head>', '<script>x</script>')).toThrow(/viewport/)
  })
})

describe('loading the plugins', () => {
  it('vite.config.ts loads in Node as it is (as Vite\'s native config loader and the .ts scripts load it): every relative import has its extension', () => {
    const config = new URL('../vite.config.ts', import.meta.url).href
    const node = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(config)})`], { encoding: 'utf8' })
    expect(node.status, node.stderr).toBe(0)
  })
})
