import { describe, expect, it } from 'vitest'
import { spriteIconMasks, spriteMaskIcons } from './icon-sprite'

/** A rule as UnoCSS's icon preset writes it in mask mode (minified, as in the build). */
function iconRule(selector: string, path: string, viewBox = '0 0 32 32'): string {
  const svg = `%3Csvg viewBox='${viewBox}' width='1em' height='1em' xmlns='http://www.w3.org/2000/svg' %3E%3Cpath fill='currentColor' d='${path}'/%3E%3C/svg%3E`
  return `${selector}{--un-icon:url("data:image/svg+xml;utf8,${svg}");-webkit-mask:var(--un-icon) no-repeat;mask:var(--un-icon) no-repeat;color:inherit;background-color:currentColor;width:1em;height:1em;-webkit-mask-size:100% 100%;mask-size:100% 100%}`
}

const SPINNER = `.i-spin{--un-icon:url("data:image/svg+xml;utf8,%3Csvg viewBox='0 0 24 24' xmlns='http://www.w3.org/2000/svg'%3E%3Cpath d='M1 1h2'%3E%3CanimateTransform attributeName='transform' type='rotate' dur='1s'/%3E%3C/path%3E%3C/svg%3E");mask:var(--un-icon) no-repeat;mask-size:100% 100%}`

describe('one sprite for the mask icons of a stylesheet', () => {
  const css = [
    '@charset "UTF-8";',
    '.a{color:red}',
    iconRule('.i-left', 'M1 1h1'),
    iconRule('.i-right,[i-right=""]', 'M2 2h2'),
    iconRule('.i-up', 'M3 3h3', '0 0 256 256'),
    // The same icon under a second name shares its cell.
    iconRule('.i-left-alias', 'M1 1h1'),
    SPINNER,
  ].join('')
  const result = spriteMaskIcons(css)

  it('puts each distinct static icon in a cell, in order of first use', () => {
    expect(result.icons).toBe(3)
    const url = /:root\{--bf-icon-sprite-[0-9a-f]{8}:url\("data:image\/svg\+xml;utf8,([^"]*)"\)\}/.exec(result.css)
    expect(url).not.toBeNull()
    const sprite = decodeURIComponent(url![1]!)
    expect(sprite).toMatch(/^<svg xmlns='http:\/\/www.w3.org\/2000\/svg' viewBox='0 0 3 1' width='3' height='1' preserveAspectRatio='none'>/)
    expect(sprite).toContain(`<svg x='0' width='1' height='1' viewBox='0 0 32 32'><path fill='currentColor' d='M1 1h1'/></svg>`)
    expect(sprite).toContain(`<svg x='1' width='1' height='1' viewBox='0 0 32 32'><path fill='currentColor' d='M2 2h2'/></svg>`)
    // Each icon keeps its own viewBox.
    expect(sprite).toContain(`<svg x='2' width='1' height='1' viewBox='0 0 256 256'><path fill='currentColor' d='M3 3h3'/></svg>`)
  })

  it('points each rule at its cell: the sprite three boxes wide, shifted by i/(n-1)', () => {
    const rule = (selector: string): string => result.css.slice(result.css.indexOf(`${selector}{`)).split('}')[0]!
    for (const [selector, x] of [
      ['.i-left', '0%'],
      ['.i-right,[i-right=""]', '50%'],
      ['.i-up', '100%'],
      ['.i-left-alias', '0%'],
    ] as const) {
      expect(rule(selector), selector).toContain(`--un-icon:var(${result.property})`)
      expect(rule(selector), selector).toContain('mask-size:300% 100%')
      expect(rule(selector), selector).not.toContain('mask-size:100% 100%')
      // After the shorthand, which would reset it.
      expect(rule(selector), selector).toMatch(new RegExp(`mask:var\\(--un-icon\\) no-repeat;.*;mask-position:${x} 0$`))
    }
  })

  it('leaves animated icons, other rules and a leading @charset alone', () => {
    expect(result.css).toContain(SPINNER)
    expect(result.css.startsWith('@charset "UTF-8";.a{color:red}')).toBe(true)
    expect(result.css.match(/data:image\/svg\+xml/g)).toHaveLength(2)
  })

  it('leaves an icon whose URL is not valid percent-encoding as it is', () => {
    const broken = '.i-broken{--un-icon:url("data:image/svg+xml;utf8,%3Csvg viewBox=\'0 0 1 1\'%ZZ%3E");mask:var(--un-icon) no-repeat;mask-size:100% 100%}'
    const withBroken = spriteMaskIcons(iconRule('.i-left', 'M1 1h1') + iconRule('.i-right', 'M2 2h2') + broken)
    expect(withBroken.icons).toBe(2)
    expect(withBroken.css).toContain(broken)
  })

  it('changes nothing with fewer than two icons', () => {
    const one = `.a{color:red}${iconRule('.i-left', 'M1 1h1')}`
    expect(spriteMaskIcons(one)).toEqual({ css: one, icons: 0, property: '' })
  })

  it('names the property after the sprite, so two stylesheets with different icons cannot clash', () => {
    const other = spriteMaskIcons(iconRule('.i-x', 'M9 9h9') + iconRule('.i-y', 'M8 8h8'))
    expect(other.property).toMatch(/^--bf-icon-sprite-[0-9a-f]{8}$/)
    expect(other.property).not.toBe(result.property)
  })
})

describe('boxes that are not square', () => {
  it('leaves an icon whose rule sets different width and height as it is', () => {
    const wide = iconRule('.i-wide', 'M5 5h5').replace('width:1em', 'width:2em')
    const css = iconRule('.i-left', 'M1 1h1') + iconRule('.i-right', 'M2 2h2') + wide
    const result = spriteMaskIcons(css)
    expect(result.icons).toBe(2)
    expect(result.css).toContain(wide)
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
    const hook = spriteIconMasks().generateBundle as (this: unknown, options: unknown, bundle: unknown) => void
    // As Rollup and Rolldown do: an emitted asset joins the bundle under its fileName.
    const emitFile = (asset: { fileName: string, source: string }): string => {
      files[asset.fileName] = { type: 'asset', ...asset }
      return asset.fileName
    }
    hook.call({ emitFile }, {}, files)
  }

  it('gives a rewritten stylesheet a new hashed name, so no cache trusts the old name for the new content', () => {
    const files = bundle()
    run(files)
    const css = Object.keys(files).filter(name => name.startsWith('assets/index-') && name.endsWith('.css'))
    expect(css).toHaveLength(1)
    const [name] = css as [string]
    expect(name).toMatch(/^assets\/index-[\w-]{8}\.css$/)
    expect(name).not.toBe('assets/index-CDmoez1u.css')
    expect(files[name].fileName).toBe(name)
    expect(files[name].source).toContain('--bf-icon-sprite-')
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
