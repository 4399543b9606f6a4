import { describe, expect, it } from 'vitest'
import { iconParts, iconViews, moveIconsToViews, outputFormatFingerprint } from './icon-views'

/** A rule as UnoCSS's icon preset writes it in mask mode (minified, as in the build). */
function iconRule(selector: string, path: string, viewBox = '0 0 32 32', rootExtra = ''): string {
  const svg = `%3Csvg viewBox='${viewBox}' width='1em' height='1em' xmlns='http://www.w3.org/2000/svg'${rootExtra} %3E%3Cpath fill='currentColor' d='${path}'/%3E%3C/svg%3E`
  return `${selector}{--un-icon:url("data:image/svg+xml;utf8,${svg}");-webkit-mask:var(--un-icon) no-repeat;mask:var(--un-icon) no-repeat;color:inherit;background-color:currentColor;width:1em;height:1em;-webkit-mask-size:100% 100%;mask-size:100% 100%}`
}

const SPINNER = `.i-spin{--un-icon:url("data:image/svg+xml;utf8,%3Csvg viewBox='0 0 24 24' xmlns='http://www.w3.org/2000/svg'%3E%3Cpath d='M1 1h2'%3E%3CanimateTransform attributeName='transform' type='rotate' dur='1s'/%3E%3C/path%3E%3C/svg%3E");mask:var(--un-icon) no-repeat;mask-size:100% 100%}`

describe('the icons of a stylesheet move into one SVG file of <view> regions', () => {
  const css = [
    '@charset "UTF-8";',
    '.a{color:red}',
    iconRule('.i-left', 'M1 1h1'),
    iconRule('.i-right,[i-right=""]', 'M2 2h2', '0 0 32 32', ' fill=\'none\''),
    iconRule('.i-up', 'M3 3h3', '0 0 256 256'),
    // The same icon under a second name shares its view.
    iconRule('.i-left-alias', 'M1 1h1'),
    SPINNER,
  ].join('')
  const result = moveIconsToViews(css, () => 'icons-abc.svg')

  it('gives each distinct static icon a view, in order of first use, stacked with a gap', () => {
    expect(result.views).toEqual(['i1', 'i2', 'i3'])
    expect(result.svg).toMatch(/^<svg xmlns='http:\/\/www.w3.org\/2000\/svg' viewBox='0 0 256 640'>/)
    // Each region holds the icon at 1:1 in a nested <svg> with its own viewBox, and the
    // root's presentation attributes (fill='none') but not its size.
    expect(result.svg).toContain(`<view id='i1' viewBox='0 0 32 32'/><svg y='0' width='32' height='32' viewBox='0 0 32 32'><path fill='currentColor' d='M1 1h1'/></svg>`)
    expect(result.svg).toContain(`<view id='i2' viewBox='0 64 32 32'/><svg y='64' width='32' height='32' viewBox='0 0 32 32' fill='none'><path fill='currentColor' d='M2 2h2'/></svg>`)
    expect(result.svg).toContain(`<view id='i3' viewBox='0 128 256 256'/><svg y='128' width='256' height='256' viewBox='0 0 256 256'><path fill='currentColor' d='M3 3h3'/></svg>`)
  })

  it('points each rule at its view and changes nothing else in the rule', () => {
    for (const [selector, view, path] of [
      ['.i-left', 'i1', 'M1 1h1'],
      ['.i-right,[i-right=""]', 'i2', 'M2 2h2'],
      ['.i-up', 'i3', 'M3 3h3'],
      ['.i-left-alias', 'i1', 'M1 1h1'],
    ] as const) {
      const rule = result.css.slice(result.css.indexOf(`${selector}{`)).split('}')[0]!
      const before = iconRule(selector, path).slice(0, -1)
      expect(rule, selector).toBe(before.replace(/url\("data:[^"]*"\)/, `url("icons-abc.svg#${view}")`))
    }
  })

  it('leaves animated icons, other rules and a leading @charset alone', () => {
    expect(result.css).toContain(SPINNER)
    expect(result.css.startsWith('@charset "UTF-8";.a{color:red}')).toBe(true)
    expect(result.css.match(/data:image\/svg\+xml/g)).toHaveLength(1)
  })

  it('leaves an icon whose URL is not valid percent-encoding as it is', () => {
    const broken = '.i-broken{--un-icon:url("data:image/svg+xml;utf8,%3Csvg viewBox=\'0 0 1 1\'%ZZ%3E");mask:var(--un-icon) no-repeat;mask-size:100% 100%}'
    const withBroken = moveIconsToViews(iconRule('.i-left', 'M1 1h1') + broken, () => 'icons.svg')
    expect(withBroken.views).toEqual(['i1'])
    expect(withBroken.css).toContain(broken)
  })

  it('changes nothing in a stylesheet without icons', () => {
    expect(moveIconsToViews('.a{color:red}', () => 'icons.svg')).toEqual({ css: '.a{color:red}', svg: '', views: [] })
  })
})

describe('which icons can share a document', () => {
  it('takes a static icon with a numeric viewBox', () => {
    expect(iconParts(`<svg viewBox='0 0 24 24' width='1em' height='1em' xmlns='http://www.w3.org/2000/svg' stroke='currentColor'><path d='M1 1h2'/></svg>`))
      .toEqual({
        viewBox: [0, 0, 24, 24],
        attributes: `stroke='currentColor'`,
        inner: `<path d='M1 1h2'/>`,
      })
  })

  it('leaves out animation, ids that could clash, and icons without a usable viewBox', () => {
    expect(iconParts(`<svg viewBox='0 0 24 24'><path d='M1 1h2'><animate attributeName='opacity'/></path></svg>`)).toBeUndefined()
    expect(iconParts(`<svg viewBox='0 0 24 24'><defs><mask id='m'/></defs><path mask='url(#m)'/></svg>`)).toBeUndefined()
    expect(iconParts(`<svg width='24' height='24'><path d='M1 1h2'/></svg>`)).toBeUndefined()
    expect(iconParts(`<svg viewBox='0 0 0 24'><path d='M1 1h2'/></svg>`)).toBeUndefined()
    expect(iconParts('')).toBeUndefined()
  })
})

describe('the plugin in a build', () => {
  /** A bundle as Vite hands it to generateBundle: a stylesheet with two icons, the chunk and page that name it. */
  function bundle(): Record<string, any> {
    const css = iconRule('.i-left', 'M1 1h1') + iconRule('.i-right', 'M2 2h2')
    return {
      'assets/index-CDmoez1u.css': { type: 'asset', fileName: 'assets/index-CDmoez1u.css', source: css },
      'assets/other-AAAAAAAA.css': { type: 'asset', fileName: 'assets/other-AAAAAAAA.css', source: '.a{color:red}' },
      'assets/index-BBBBBBBB.js': {
        type: 'chunk',
        fileName: 'assets/index-BBBBBBBB.js',
        code: 'const deps=["assets/index-CDmoez1u.css","assets/other-AAAAAAAA.css"]',
        viteMetadata: {
          importedCss: new Set(['assets/index-CDmoez1u.css']),
        },
      },
      'index.html': { type: 'asset', fileName: 'index.html', source: '<link rel="stylesheet" href="/assets/index-CDmoez1u.css">' },
    }
  }
  const run = (files: Record<string, any>): void => {
    const hook = iconViews().generateBundle as (this: unknown, options: unknown, bundle: unknown) => void
    // As Rollup and Rolldown do: an emitted asset joins the bundle under its fileName.
    const emitFile = (asset: { fileName: string, source: string }): string => {
      files[asset.fileName] = { type: 'asset', ...asset }
      return asset.fileName
    }
    hook.call({ emitFile }, {}, files)
  }

  it('writes the SVG file beside the stylesheet, under a hashed name that the stylesheet names', () => {
    const files = bundle()
    run(files)
    const svg = Object.keys(files).filter(name => name.endsWith('.svg'))
    expect(svg).toHaveLength(1)
    expect(svg[0]).toMatch(/^assets\/icons-[0-9a-f]{8}\.svg$/)
    expect(files[svg[0]!].source).toContain(`<view id='i2'`)
    const css = Object.keys(files).find(name => name.startsWith('assets/index-') && name.endsWith('.css'))!
    expect(files[css].source).toContain(`url("${svg[0]!.slice('assets/'.length)}#i1")`)
  })

  it('gives a rewritten stylesheet a new hashed name, so no cache trusts the old name for the new content', () => {
    const files = bundle()
    run(files)
    const css = Object.keys(files).filter(name => name.startsWith('assets/index-') && name.endsWith('.css'))
    expect(css).toHaveLength(1)
    const [name] = css as [string]
    expect(name).toMatch(/^assets\/index-[\w-]{8}\.css$/)
    expect(name).not.toBe('assets/index-CDmoez1u.css')
    expect(files[name].fileName).toBe(name)
    // Every reference follows; the untouched stylesheet keeps its name.
    expect(files['assets/index-BBBBBBBB.js'].code).toBe(`const deps=["${name}","assets/other-AAAAAAAA.css"]`)
    expect([...files['assets/index-BBBBBBBB.js'].viteMetadata.importedCss]).toEqual([name])
    expect(files['index.html'].source).toBe(`<link rel="stylesheet" href="/${name}">`)
    expect(files['assets/other-AAAAAAAA.css'].fileName).toBe('assets/other-AAAAAAAA.css')
  })

  it('names the same content the same way in every build', () => {
    const [a, b] = [
      bundle(),
      bundle(),
    ]
    run(a)
    run(b)
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort())
  })
})

describe('chunk names follow the plugin\'s output', () => {
  it('adds the output format\'s fingerprint to every chunk\'s hash', () => {
    const hook = iconViews().augmentChunkHash as () => string
    expect(hook()).toBe(outputFormatFingerprint())
    expect(outputFormatFingerprint()).toMatch(/^[0-9a-f]{8}$/)
  })
})
