// Presenting live and redeploying without surprises (faults 1, 2, 3, 4 and 6 of the
// "presenting live" issue), as a presenter meets them:
// - a late or reloaded projector window shows the presenter's slide and click at once, and
//   never moves the presenter, on 127.0.0.1 and on a hosted-like origin;
// - the countdown survives a reload of the presenter window;
// - after a redeploy, a returning visitor gets every slide of one version, then a reload
//   offer, on a host that answers unknown files with index.html and on one that answers 404;
//   the offline cache starts after slide 1 and holds no KaTeX and no .woff twins;
// - `slidev --remote <password>` refuses the notes endpoint and writes without the
//   password, ships the password to no one without it, and its printed addresses work;
// - `npm run dev` from a cold Vite cache walks every slide with no page reload.
import type { ChildProcess } from 'node:child_process'
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { DeckSlide } from '../../scripts/deck.ts'
import type { Fallback, StaticServer } from '../../scripts/serve.ts'
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, resolveBrowser } from '../../scripts/browser.ts'
import { loadDeck, ROOT } from '../../scripts/deck.ts'
import { serveStatic } from '../../scripts/serve.ts'
import { canvasContext } from './harness.ts'

/** A name that is not localhost or 127.0.0.1, as a hosted site's is (Slidev trusts those two). */
const HOSTED = 'deck.test'

let slides: DeckSlide[]
let browser: Browser

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  await new Promise(done => server.close(done))
  return port
}

/** Slide number and click of a slideshow or presenter address (route aliases resolved). */
function position(href: string): { no: number, clicks: number } {
  const url = new URL(href)
  const key = decodeURIComponent(url.pathname.replace(/^\/(?:presenter\/)?/, '').replace(/\/$/, '')) || '1'
  const no = slides.find(s => s.routeAlias === key)?.no ?? Number(key)
  return {
    no,
    clicks: Number(url.searchParams.get('clicks') ?? 0),
  }
}

async function shown(page: Page, n: number, inside = '#slideshow'): Promise<void> {
  await page.waitForSelector(`${inside} .slidev-page-${n}`)
  await page.waitForFunction(() => !document.querySelector('.slidev-slide-loading'))
}

async function newContext(): Promise<BrowserContext> {
  return browser.newContext(canvasContext())
}

beforeAll(async () => {
  slides = (await loadDeck()).slides
  const found = await resolveBrowser()
  if (!found.ok)
    throw new Error(found.message)
  browser = await chromium.launch({
    executablePath: found.path,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOSTED} 127.0.0.1`],
  })
})

afterAll(async () => {
  await browser?.close()
})

describe('the presenter window leads (built deck)', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await serveStatic(resolve(ROOT, 'dist'))
  })
  afterAll(async () => {
    await server?.close()
  })

  for (const host of ['127.0.0.1', HOSTED]) {
    it(`a late projector window on ${host} shows the presenter's slide and click, and the presenter does not move`, async () => {
      const origin = server.origin.replace('127.0.0.1', host)
      const context = await newContext()
      const presenter = await context.newPage()
      await presenter.goto(`${origin}/presenter/7`)
      await shown(presenter, 7, '#slide-content')
      await presenter.keyboard.press('ArrowRight')
      await presenter.waitForTimeout(500)
      const lead = position(presenter.url())
      expect(lead.no * 100 + lead.clicks).toBeGreaterThan(700)

      // The projector window was closed and is opened again at the deck's address.
      const audience = await context.newPage()
      await audience.goto(`${origin}/`)
      await expect.poll(() => position(audience.url()), { timeout: 10_000 }).toEqual(lead)
      await shown(audience, lead.no)
      await audience.waitForTimeout(1000)
      expect(position(presenter.url()), 'the presenter was moved by the new window').toEqual(lead)

      // The next key moves both by one step.
      await presenter.bringToFront()
      await presenter.keyboard.press('ArrowDown')
      await expect.poll(() => position(presenter.url()).no).toBe(lead.no + 1)
      await expect.poll(() => position(audience.url()).no, { timeout: 10_000 }).toBe(lead.no + 1)
      await context.close()
    })
  }

  it('the countdown survives a reload of the presenter window, within a second', async () => {
    const context = await newContext()
    const page = await context.newPage()
    const remaining = async (): Promise<number> => {
      const text = (await page.locator('.text-3xl.font-mono').first().textContent() ?? '').replace(/\s/g, '')
      const [m, s] = text.split(':').map(Number)
      return m! * 60 + s!
    }
    await page.goto(`${server.url}presenter/5`)
    await shown(page, 5, '#slide-content')
    expect(await remaining()).toBe(20 * 60)
    // The play button of Slidev's timer (shown on hover).
    await page.evaluate(() => (document.querySelector('.i-carbon\\:play')?.parentElement as HTMLElement | null)?.click())
    await page.waitForTimeout(3200)
    const before = await remaining()
    const at = Date.now()
    expect(before).toBeLessThan(20 * 60)
    await page.reload()
    await shown(page, 5, '#slide-content')
    await page.waitForTimeout(300)
    const after = await remaining()
    const expected = before - (Date.now() - at) / 1000
    expect(Math.abs(after - expected), `showed ${after} s left, expected about ${expected.toFixed(1)} s`).toBeLessThanOrEqual(1)
    await context.close()
  })
})

describe('a redeploy never breaks an open or returning page', () => {
  const work = mkdtempSync(join(tmpdir(), 'briefing-redeploy-'))
  const v1 = resolve(ROOT, 'dist')
  const v2 = join(work, 'v2')
  const headlineV2 = 'ISIS-K after Afghanistan, version two'

  beforeAll(() => {
    // v2: the same deck with one headline changed (slide 1), built like v1.
    const entry = resolve(ROOT, 'slides-redeploy-v2.tmp.md')
    writeFileSync(entry, readFileSync(resolve(ROOT, 'slides.md'), 'utf8').replace(/^# ISIS-K after Afghanistan$/m, `# ${headlineV2}`))
    try {
      execFileSync(resolve(ROOT, 'node_modules/.bin/slidev'), ['build', entry, '--out', v2], { cwd: ROOT, stdio: 'inherit' })
    }
    finally {
      rmSync(entry, { force: true })
    }
  }, 300_000)

  afterAll(() => {
    rmSync(work, { recursive: true, force: true })
  })

  it('precaches only what the deck shows: no KaTeX fonts, no .woff beside a .woff2', () => {
    const urls = [
      ...readFileSync(join(v1, 'sw.js'), 'utf8').matchAll(/"?url"?:\s*"([^"]+)"/g),
    ].map(m => m[1]!)
    expect(urls.length).toBeGreaterThan(20)
    expect(urls.filter(u => /KaTeX/i.test(u))).toEqual([])
    const stem = (u: string): string => u.replace(/\.woff2?$/, '').replace(/-[\w-]{8}$/, '')
    const woff2 = new Set(urls.filter(u => u.endsWith('.woff2')).map(stem))
    expect(urls.filter(u => u.endsWith('.woff') && woff2.has(stem(u)))).toEqual([])
    expect(urls.filter(u => u.endsWith('.woff2')).length).toBeGreaterThan(0)
  })

  for (const fallback of ['spa', '404'] as Fallback[]) {
    it(`every slide renders after a redeploy, then a reload brings the new version (host answers unknown files with ${fallback === 'spa'
      ? 'index.html'
      : '404'})`, async () => {
      const port = await freePort()
      let server = await serveStatic(v1, '/', port, fallback)
      const context = await newContext()
      try {
        // First visit to v1: the service worker registers only once slide 1 is shown.
        await context.addInitScript(() => {
          const register = ServiceWorkerContainer.prototype.register
          ServiceWorkerContainer.prototype.register = function (...args: Parameters<typeof register>) {
            (window as unknown as { swRegisteredWhen: unknown }).swRegisteredWhen = {
              loaded: document.readyState === 'complete',
              slide1: !!document.querySelector('#slideshow .slidev-page-1'),
              loading: !!document.querySelector('#slideshow .slidev-page-1 .slidev-slide-loading'),
              ms: Math.round(performance.now()),
            }
            return register.apply(this, args)
          }
        })
        const first = await context.newPage()
        await first.goto(`${server.url}1`)
        await shown(first, 1)
        await first.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 60_000 })
        const when = await first.evaluate(() => (window as unknown as { swRegisteredWhen?: object }).swRegisteredWhen)
        expect(when, 'the service worker registered before slide 1 was shown').toMatchObject({ loaded: true, slide1: true, loading: false })
        // Any SPA route, the reading view included, is served offline by the cached app.
        await context.setOffline(true)
        const read = await first.goto(`${server.url}read`)
        expect(read?.ok()).toBe(true)
        expect(await first.locator('#app').count()).toBe(1)
        await context.setOffline(false)
        await first.close()

        // v2 is deployed at the same address.
        await server.close()
        server = await serveStatic(v2, '/', port, fallback)

        const page = await context.newPage()
        const failed: string[] = []
        page.on('response', (response) => {
          if (response.url().includes('/assets/') && (response.status() >= 400 || (response.headers()['content-type'] ?? '').includes('text/html')))
            failed.push(`${response.status()} ${response.url()}`)
        })
        await page.goto(`${server.url}1`)
        await shown(page, 1)
        // The presenter stays on slide 1 for a while, as before a talk.
        await page.waitForTimeout(4000)
        const version = await page.locator('#slideshow .slidev-page-1 h1').first().textContent()
        for (const slide of slides) {
          if (slide.no > 1) {
            await page.keyboard.press('ArrowDown')
            await page.waitForURL(url => position(url.href).no === slide.no)
          }
          await shown(page, slide.no)
          const text = await page.locator('#slideshow').textContent() ?? ''
          expect(text, `slide ${slide.no}`).not.toContain('Failed to fetch this slide')
        }
        expect(failed).toEqual([])
        // One version throughout: the headline of slide 1 did not change under the page.
        expect(await page.locator('#slideshow .slidev-page-1 h1').first().textContent()).toBe(version)

        // The page offers the new version; taking it reloads into v2.
        const offer = page.locator('#briefing-update')
        await offer.waitFor({ timeout: 30_000 })
        await Promise.all([
          page.waitForEvent('load', { timeout: 30_000 }),
          offer.getByRole('button', { name: 'Reload' }).click(),
        ])
        // The reload reopens the last slide of the walk, now from v2; slide 1 shows v2's headline.
        await shown(page, slides.length)
        await page.goto(`${server.url}1`)
        await shown(page, 1)
        expect(await page.locator('#slideshow .slidev-page-1 h1').first().textContent()).toContain(headlineV2)
      }
      finally {
        await context.close()
        await server.close()
      }
    })
  }
})

describe('npm run dev -- --remote <password>', () => {
  const password = 's3cret'
  let dev: ChildProcess
  let origin = ''
  let log = ''

  beforeAll(async () => {
    // A cold Vite cache, as on a fresh clone or after `npm ci`.
    rmSync(resolve(ROOT, 'node_modules/.vite'), { recursive: true, force: true })
    const port = await freePort()
    origin = `http://127.0.0.1:${port}`
    dev = spawn(resolve(ROOT, 'node_modules/.bin/slidev'), [
      'slides.md',
      '--remote',
      password,
      '--port',
      String(port),
    ], {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    dev.stdout!.on('data', (chunk: Uint8Array) => log += chunk.toString())
    dev.stderr!.on('data', (chunk: Uint8Array) => log += chunk.toString())
    for (let waited = 0; !log.includes('public slide show'); waited += 500) {
      if (waited > 120_000 || dev.exitCode !== null)
        throw new Error(`slidev did not start:\n${log}`)
      await new Promise(done => setTimeout(done, 500))
    }
  }, 150_000)

  afterAll(() => {
    dev?.kill()
  })

  it('walks every slide from a cold Vite cache without reloading the page', async () => {
    const context = await newContext()
    const page = await context.newPage()
    let loads = 0
    page.on('load', () => loads++)
    // A cold dev server compiles on the first request; that is not what is measured here.
    page.setDefaultTimeout(120_000)
    await page.goto(`${origin}/1`)
    await shown(page, 1)
    for (const slide of slides.slice(1)) {
      await page.keyboard.press('ArrowDown')
      await page.waitForURL(url => position(url.href).no === slide.no, { timeout: 60_000 })
      await shown(page, slide.no)
    }
    await page.waitForTimeout(1500)
    expect(log).not.toMatch(/optimized dependencies changed|new dependencies optimized/)
    expect(loads, 'page loads during the walk').toBe(1)
    await context.close()
  })

  it('refuses the notes endpoint and writes without the password, and changes nothing on disk', async () => {
    const file = resolve(ROOT, slides[1]!.file)
    const sum = (): string => createHash('sha256').update(readFileSync(file)).digest('hex')
    const before = sum()
    const read = await fetch(`${origin}/__slidev/slides/2.json`)
    expect([401, 403]).toContain(read.status)
    const write = await fetch(`${origin}/__slidev/slides/2.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ note: 'X' }),
    })
    expect([401, 403]).toContain(write.status)
    const nav = await fetch(`${origin}/@server-reactive/nav`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        data: { page: 9 },
      }),
    })
    expect([401, 403]).toContain(nav.status)
    await new Promise(done => setTimeout(done, 500))
    expect(sum()).toBe(before)
    // With the password, the presenter still gets them.
    expect((await fetch(`${origin}/__slidev/slides/2.json`, {
      headers: { 'x-slidev-password': password },
    })).status).toBe(200)
  })

  it('sends the password to no client without it, and guards the presenter pages on the server', async () => {
    const configs = await (await fetch(`${origin}/@slidev/configs`)).text()
    expect(configs).toContain('"remote":')
    expect(configs).not.toContain(password)
    for (const page of [
      'presenter/',
      'notes',
      'overview',
      'entry',
    ])
      expect((await fetch(`${origin}/${page}`)).status, page).toBe(401)
  })

  it('opens the password-protected pages from the addresses it prints and puts in the QR code', async () => {
    const printed = [
      ...log.matchAll(/(presenter mode|slides overview|remote control)\s+>\s+(\S+)/g),
    ]
      .map(([, label, url]) => ({ label: label!, url: url! }))
    expect(printed.map(p => p.label)).toEqual(expect.arrayContaining(['presenter mode', 'slides overview']))
    for (const { label, url } of printed) {
      // localhost is printed for this machine; the test reaches the same server on 127.0.0.1.
      const address = url.replace('//localhost:', '//127.0.0.1:')
      const expected = label === 'presenter mode'
        ? 'presenter'
        : label === 'slides overview'
          ? 'overview'
          : 'entry'
      const context = await newContext()
      const page = await context.newPage()
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      const response = await page.goto(address).catch(() => null)
      if (label === 'remote control' && !response) {
        // A network interface this machine cannot reach itself on; nothing to check.
        await context.close()
        continue
      }
      // The page itself renders, not only its address (Slidev's own guard can abort in place).
      const proof = expected === 'presenter'
        ? '#slide-content'
        : expected === 'overview'
          ? '.slidev-page-2'
          : 'a[href*="presenter"], button'
      await page.waitForSelector(proof, { timeout: 120_000 })
      await page.waitForTimeout(1000)
      expect(new URL(page.url()).pathname, `${label}: ${url}`).toMatch(new RegExp(`^/${expected}(?:/|$)`))
      expect(dialogs, `${label}: ${url}`).toEqual([])
      await context.close()
    }
  })
})
