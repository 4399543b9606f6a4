import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { browserForSlidevExport, CHROMIUM_ARGS, HOW_TO_GET_A_BROWSER, pickBrowser, PLAYWRIGHT_CHROMIUM_ARGS, SYSTEM_BROWSERS, UNSHOWN_BROWSER_UI } from './browser'

const system = ['/usr/bin/chromium', '/usr/bin/google-chrome']

describe('pickBrowser', () => {
  it('prefers CHROME_PATH over everything', () => {
    const found = pickBrowser({ env: '/opt/chrome', playwright: '/pw/chrome', system }, () => true)
    expect(found).toEqual({ ok: true, path: '/opt/chrome', from: 'CHROME_PATH' })
  })

  it('refuses a CHROME_PATH that points nowhere instead of silently falling back', () => {
    const found = pickBrowser({ env: '/nope', playwright: '/pw/chrome', system }, p => p !== '/nope')
    expect(found.ok).toBe(false)
    if (!found.ok)
      expect(found.message).toContain('CHROME_PATH is set to "/nope"')
  })

  it('uses Playwright\'s own browser before a system one', () => {
    const found = pickBrowser({ env: undefined, playwright: '/pw/chrome', system }, () => true)
    expect(found).toMatchObject({ ok: true, from: 'playwright' })
  })

  it('falls back to the first system browser that exists', () => {
    const found = pickBrowser({ env: undefined, playwright: '/pw/chrome', system }, p => p === '/usr/bin/google-chrome')
    expect(found).toEqual({ ok: true, path: '/usr/bin/google-chrome', from: 'system' })
  })

  it('says how to get a browser when there is none', () => {
    const found = pickBrowser({ env: undefined, playwright: undefined, system }, () => false)
    expect(found).toEqual({ ok: false, message: HOW_TO_GET_A_BROWSER })
    expect(HOW_TO_GET_A_BROWSER).toMatch(/apt-get install -y chromium/)
  })
})

describe('pLAYWRIGHT_CHROMIUM_ARGS', () => {
  it('repeats every feature the installed Playwright switches off (Chromium keeps only the last --disable-features)', () => {
    // playwright-core's bundle: `disabledFeatures = [ "A", // comment\n "B", ... ].filter(Boolean)`.
    const bundle = readFileSync(join(dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'lib/coreBundle.js'), 'utf8')
    const list = bundle.match(/disabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/)?.[1]
    expect(list, 'Playwright\'s list of disabled features was not found in its bundle').toBeDefined()
    const theirs = [
      ...list!.replace(/\/\/.*$/gm, '').matchAll(/"([^"]+)"/g),
    ].map(m => m[1]!)
    expect(theirs.length).toBeGreaterThan(5)
    const flag = PLAYWRIGHT_CHROMIUM_ARGS.filter(arg => arg.startsWith('--disable-features='))
    expect(flag).toHaveLength(1)
    const ours = flag[0]!.slice('--disable-features='.length).split(',')
    expect(theirs.filter(feature => !ours.includes(feature))).toEqual([])
    expect(ours).toEqual(expect.arrayContaining([...UNSHOWN_BROWSER_UI]))
  })
})

describe('the system browsers', () => {
  it('prefer the headless-only build, and lay out text as the full browser does', () => {
    expect(SYSTEM_BROWSERS.indexOf('/usr/bin/chromium-headless-shell')).toBeLessThan(SYSTEM_BROWSERS.indexOf('/usr/bin/chromium'))
    // Without it the headless-only build sets text wider: other line breaks in the PDF.
    expect(CHROMIUM_ARGS).toContain('--font-render-hinting=none')
  })
})

describe('browserForSlidevExport', () => {
  it('gives Slidev\'s own exporter the full browser instead of the headless-only build, where one is installed', () => {
    expect(browserForSlidevExport('/usr/bin/chromium-headless-shell', p => p === '/usr/bin/chromium', {})).toBe('/usr/bin/chromium')
    expect(browserForSlidevExport('/usr/bin/chromium-headless-shell', () => false, {})).toBe('/usr/bin/chromium-headless-shell')
    // One the user chose stays.
    expect(browserForSlidevExport('/usr/bin/chromium-headless-shell', () => true, { CHROME_PATH: '/usr/bin/chromium-headless-shell' })).toBe('/usr/bin/chromium-headless-shell')
    expect(browserForSlidevExport('/opt/chrome', () => true)).toBe('/opt/chrome')
  })
})
