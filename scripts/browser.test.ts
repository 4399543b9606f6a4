import { describe, expect, it } from 'vitest'
import { HOW_TO_GET_A_BROWSER, pickBrowser } from './browser'

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
