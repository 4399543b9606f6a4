// The hosted site (npm run build:site) under a non-root base path, as a visitor meets it:
// deep links, refresh, overview, presenter mode, the 404 fallback, the download button's
// PDF, the link-preview tags and image, and a reload with the network gone.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { DeckSlide } from '../../scripts/deck.ts'
import type { StaticServer } from '../../scripts/serve.ts'
import type { HostedSite } from './harness.ts'
import { Buffer } from 'node:buffer'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, PDFName } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NAV_ICONS_CLASS } from '../../lib/nav-icons.ts'
import { OG_IMAGE, PDF_NAME } from '../../scripts/build-site.ts'
import { loadDeck } from '../../scripts/deck.ts'
import { canvasContext, firstNoteWords, openHostedSite, waitForSlide } from './harness.ts'

const BASE = '/isis-k-briefing/'
/** Slidev's nav-bar icons (UnoCSS icon classes), as styles/layout.css's gate picks them. */
const NAV_ICONS = '#page-root nav [class^="i-"], #page-root nav [class*=" i-"]'
const work = mkdtempSync(join(tmpdir(), 'briefing-site-'))
const out = join(work, 'site')

let slides: DeckSlide[]
let site: HostedSite
let server: StaticServer
let browser: Browser
const problems: string[] = []
const external: string[] = []

async function newVisitor(): Promise<{ context: BrowserContext, page: Page }> {
  const context = await browser.newContext({
    ...canvasContext(),
    acceptDownloads: true,
  })
  const page = await context.newPage()
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      problems.push(`console error on ${page.url()}: ${msg.text()}`)
  })
  page.on('pageerror', err => problems.push(`page error on ${page.url()}: ${err.message}`))
  page.on('request', (request) => {
    if (!request.url().startsWith(server.origin) && /^https?:/.test(request.url()))
      external.push(request.url())
  })
  return { context, page }
}

async function showsSlide(page: Page, n: number): Promise<void> {
  await waitForSlide(page, n)
  expect(await page.locator(`#slideshow .slidev-page-${n}`).isVisible()).toBe(true)
}

beforeAll(async () => {
  slides = (await loadDeck()).slides
  site = await openHostedSite(out, BASE)
  ;({ server, browser } = site)
}, 600_000)

afterAll(async () => {
  await site?.close()
  rmSync(work, { recursive: true, force: true })
})

describe(`the hosted site under ${BASE}`, () => {
  it('opens slide N from a deep link, and stays there on refresh', async () => {
    const n = Math.min(7, slides.length)
    const { context, page } = await newVisitor()
    await page.goto(`${server.url}${n}`)
    await showsSlide(page, n)
    await page.reload()
    await showsSlide(page, n)
    expect(new URL(page.url()).pathname).toBe(`${BASE}${n}`)
    // Moving on keeps the base path in the address bar, and a refresh there works too.
    // Slidev writes a slide's routeAlias, if it has one, in place of its number.
    const next = slides[n]!
    await page.keyboard.press('ArrowDown')
    await page.waitForURL(url => url.pathname === `${BASE}${next.routeAlias ?? next.no}`)
    await page.reload()
    await showsSlide(page, n + 1)
    await context.close()
  })

  it('draws the nav bar\'s icons once slide 1 is up, with no hover (they wait for it)', async () => {
    const { context, page } = await newVisitor()
    await page.goto(`${server.url}1`)
    await showsSlide(page, 1)
    // Each icon is a CSS mask from an SVG image: drawn when its mask-image is a url().
    const icons = page.locator(NAV_ICONS)
    expect(await icons.count()).toBeGreaterThan(3)
    await page.waitForFunction(selector => [
      ...document.querySelectorAll(selector),
    ]
      .every(icon => getComputedStyle(icon).maskImage.startsWith('url(')), NAV_ICONS, { timeout: 10_000 })
    // They come from one SVG file's <view> regions (build/icon-views.ts), served under the
    // base path as an SVG (not the single-page app's fallback page), each view in it.
    const urls = await icons.evaluateAll(list => list.map(icon => /url\("([^"]*)"\)/.exec(getComputedStyle(icon).maskImage)?.[1] ?? ''))
    const files = new Set(urls.map(url => url.split('#')[0]))
    expect([...files]).toHaveLength(1)
    const [file] = [...files] as [string]
    expect(new URL(file).pathname).toMatch(new RegExp(`^${BASE}assets/icons-[0-9a-f]{8}\\.svg$`))
    const svg = await page.evaluate(async (url) => {
      const response = await fetch(url)
      return {
        type: response.headers.get('content-type'),
        text: await response.text(),
      }
    }, file)
    expect(svg.type).toMatch(/^image\/svg\+xml/)
    for (const url of urls)
      expect(svg.text, url).toContain(`<view id='${url.split('#')[1]}'`)
    await context.close()
  })

  it('leaves the nav bar\'s buttons blank while its icons wait, never solid squares', async () => {
    // A phone held upright that chose the slideshow shows the bar from the start, so the
    // waiting state is on screen there: an icon without its mask would paint its whole box.
    const { context, page } = await newVisitor()
    await page.goto(`${server.url}1`)
    await showsSlide(page, 1)
    await page.evaluate(name => document.documentElement.classList.remove(name), NAV_ICONS_CLASS)
    const looks = await page.$$eval(NAV_ICONS, icons => icons.map((icon) => {
      const style = getComputedStyle(icon)
      return `${icon.className}: mask ${style.maskImage}, background ${style.backgroundColor} ${style.backgroundImage}`
    }))
    expect(looks.length).toBeGreaterThan(3)
    expect(looks.filter(look => !look.endsWith(': mask none, background rgba(0, 0, 0, 0) none'))).toEqual([])
    await context.close()
  })

  it('opens the quick overview and the go-to dialog from the keyboard as soon as slide 1 shows (they load after it)', async () => {
    // Slidev's hidden controls mount after slide 1 (build/deferred-controls.ts); a key
    // pressed before that must still open what it asks for.
    const { context, page } = await newVisitor()
    await page.goto(`${server.url}1`)
    await showsSlide(page, 1)
    await page.keyboard.press('o')
    await page.locator('.z-modal .slidev-slide-container').first().waitFor({ timeout: 10_000 })
    expect(await page.locator('.z-modal .slidev-slide-container').count()).toBe(slides.length)
    await page.keyboard.press('Escape')
    await page.keyboard.press('g')
    await expect.poll(() => page.locator('#slidev-goto-input').isVisible(), { timeout: 5_000 }).toBe(true)
    await context.close()
  })

  it('shows the overview with every slide', async () => {
    const { context, page } = await newVisitor()
    await page.goto(`${server.url}overview`)
    await page.waitForSelector('.slidev-page-1')
    expect(await page.locator('.slidev-page').count()).toBe(slides.length)
    await context.close()
  })

  it('opens presenter mode with the slide\'s notes', async () => {
    const { context, page } = await newVisitor()
    await page.goto(`${server.url}presenter/2`)
    const note = page.locator('.slidev-note').first()
    await note.waitFor()
    expect(await note.textContent()).toContain(firstNoteWords(slides[1]!))
    await context.close()
  })

  it('falls back to the app for an unknown path, which shows its 404 page', async () => {
    expect(readFileSync(join(out, '404.html'), 'utf8')).toBe(readFileSync(join(out, 'index.html'), 'utf8'))
    expect(readFileSync(join(out, '_redirects'), 'utf8')).toContain(`${BASE}*`)
    const { context, page } = await newVisitor()
    await page.goto(`${server.url}no/such/page`)
    await page.getByText('not found').waitFor()
    expect(await page.locator('a', { hasText: 'Go Home' }).getAttribute('href')).toBe(BASE)
    await context.close()
  })

  it('serves the PDF behind the download button, under the base path, from presenter mode too', async () => {
    const { context, page } = await newVisitor()
    await page.goto(`${server.url}presenter/3`)
    const button = page.locator('button[title="Download as PDF"]').first()
    await button.waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button.click(),
    ])
    expect(new URL(download.url()).pathname).toBe(`${BASE}${PDF_NAME}`)
    const file = join(work, 'downloaded.pdf')
    await download.saveAs(file)
    const bytes = readFileSync(file)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
    expect(pdf.getPageCount()).toBe(slides.length)
    expect(pdf.catalog.has(PDFName.of('Outlines'))).toBe(true)
    await context.close()
  })

  it('has link-preview tags whose image resolves under the base path', async () => {
    const html = await (await fetch(server.url)).text()
    const meta = (property: string) => html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`))?.[1]
    expect(meta('og:title')).toMatch(/ISIS-K/)
    expect(meta('og:description')?.length).toBeGreaterThan(40)
    expect(meta('og:description')).not.toMatch(/^&quot;|\\n/)
    expect(meta('description')).toBe(meta('og:description'))
    expect(meta('og:image')).toBe(`${BASE}${OG_IMAGE}`)
    expect(meta('twitter:image')).toBe(`${BASE}${OG_IMAGE}`)
    expect(meta('twitter:card')).toBe('summary_large_image')
    expect(html).toMatch(new RegExp(`<link rel="icon" href="${BASE}favicon.svg"`))
    const image = await fetch(`${server.origin}${meta('og:image')}`)
    expect(image.headers.get('content-type')).toBe('image/png')
    const png = Buffer.from(await image.arrayBuffer())
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    // IHDR: width and height of the slide-1 picture.
    expect([
      png.readUInt32BE(16),
      png.readUInt32BE(20),
    ]).toEqual([1200, 676])
  })

  it('keeps working offline after the first visit: reload, other slides, overview, presenter, PDF', async () => {
    const { context, page } = await newVisitor()
    await page.goto(`${server.url}3`)
    await showsSlide(page, 3)
    // The service worker has precached the site once it controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready)
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 60_000 })
    await context.setOffline(true)
    await page.reload()
    await showsSlide(page, 3)
    await page.goto(`${server.url}${slides.length}`)
    await showsSlide(page, slides.length)
    await page.goto(`${server.url}overview`)
    await page.waitForSelector('.slidev-page-1')
    await page.goto(`${server.url}presenter/2`)
    await page.locator('.slidev-note').first().waitFor()
    const head = await page.evaluate(async url => new TextDecoder().decode((await (await fetch(url)).arrayBuffer()).slice(0, 5)), `${server.url}${PDF_NAME}`)
    expect(head).toBe('%PDF-')
    await context.close()
  })

  it('logged no errors and sent no request off the machine', () => {
    expect(problems).toEqual([])
    expect(external).toEqual([])
  })
})

describe('the hosted build', () => {
  it('wrote the site, its PDF and its preview image', () => {
    for (const file of [
      'index.html',
      '404.html',
      'sw.js',
      'manifest.webmanifest',
      PDF_NAME,
      OG_IMAGE,
    ])
      expect(existsSync(join(out, file)), file).toBe(true)
  })
})
