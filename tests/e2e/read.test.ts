// The reading view (/read) and the phone offer, on the hosted build under a non-root base
// path, in Chromium emulating a Pixel 7 (412x915, touch): every slide once with its
// headline, notes and figure titles; nothing wider than the screen but a figure's own
// scroll box; figure labels >= 11 CSS px; deep links and the address following the
// reader; phones sent to the reading view, desktops and presenter pages not; axe-core;
// print (at once, every slide drawn, labels once); offline reload; read.html's own header
// drawn before any script and handed to the app unchanged. Then Firefox ESR (puppeteer-core over WebDriver BiDi) opens
// /read and every slide with no console error.
// E2E_READ_SITE=<dir> reuses a site built with `npm run build:site -- --base /isis-k-briefing/`.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { DeckSlide } from '../../scripts/deck.ts'
import type { StaticServer } from '../../scripts/serve.ts'
import type { HostedSite } from './harness.ts'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { devices } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VIEW_CHOICE_KEY } from '../../lib/reading.ts'
import { PDF_NAME } from '../../scripts/build-site.ts'
import { loadDeck, ROOT } from '../../scripts/deck.ts'
import { slideDocumentTitle } from '../../setup/document-title.ts'
import { axeViolations } from './axe.ts'
import { CANVAS, firstNoteWords, openHostedSite } from './harness.ts'
import { doubledRuns, readPdf } from './pdf-read.ts'

const BASE = '/isis-k-briefing/'
const { defaultBrowserType: _browserType, ...PIXEL_7 } = devices['Pixel 7']!
const work = mkdtempSync(join(tmpdir(), 'briefing-read-'))
const site = process.env.E2E_READ_SITE || join(work, 'site')

let slides: DeckSlide[]
let hosted: HostedSite
let server: StaticServer
let browser: Browser
const problems: string[] = []

async function newContext(kind: 'phone' | 'desktop'): Promise<BrowserContext> {
  const context = await browser.newContext(kind === 'phone'
    ? { ...PIXEL_7 }
    : {
        viewport: { width: 1280, height: 800 },
      })
  context.on('page', (page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error')
        problems.push(`console error on ${page.url()}: ${msg.text()}`)
    })
    page.on('pageerror', err => problems.push(`page error on ${page.url()}: ${err.message}`))
  })
  return context
}

/**
 * Moves as a reader does (a key press, again every half second), and waits until every
 * slide has drawn: past the first screen the view draws the rest only once the reader moves.
 */
async function drawWholeDocument(page: Page, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout
  while (await page.locator('.reading-section[data-rendered]').count() < slides.length) {
    if (Date.now() > deadline)
      throw new Error(`not every slide of /read drew within ${timeout} ms`)
    await page.keyboard.press('Shift')
    await page.waitForTimeout(500)
  }
}

/** Opens /read (plus `hash`) and waits until every slide has drawn and been measured. */
async function openRead(page: Page, hash = ''): Promise<void> {
  await page.goto(`${server.url}read${hash}`)
  await drawWholeDocument(page)
  await page.waitForTimeout(500)
}

beforeAll(async () => {
  slides = (await loadDeck()).slides
  // As a host builds it: vitest's NODE_ENV=test would make Vite's import.meta.env.DEV true.
  hosted = await openHostedSite(site, BASE, {
    env: { NODE_ENV: 'production' },
    built: !!process.env.E2E_READ_SITE,
  })
  ;({ server, browser } = hosted)
}, 600_000)

afterAll(async () => {
  await hosted?.close()
  rmSync(work, { recursive: true, force: true })
})

describe('the reading view on a phone (Pixel 7, Chromium)', () => {
  let context: BrowserContext
  let page: Page
  beforeAll(async () => {
    context = await newContext('phone')
    page = await context.newPage()
    await openRead(page)
  }, 120_000)
  afterAll(async () => context?.close())

  it('lists every slide once, in order, with its headline, its notes and its figures\' titles', async () => {
    const sections = await page.evaluate(() => [
      ...document.querySelectorAll<HTMLElement>('.reading-section'),
    ].map(s => ({
      no: Number(s.dataset.slideNo),
      heading: s.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      notes: s.querySelector('[data-reading-notes]')?.textContent?.replace(/\s+/g, ' ') ?? '',
      figures: [
        ...s.querySelectorAll('svg[role="img"]'),
      ].map(svg => ({
        title: svg.querySelector(':scope > title')?.textContent?.trim() ?? '',
        desc: svg.querySelector(':scope > desc')?.textContent?.trim() ?? '',
      })),
      sources: s.querySelectorAll('.reading-sources li').length,
      hasSourceLine: !!s.querySelector('[data-source-ids]'),
    })))
    expect(sections.map(s => s.no)).toEqual(slides.map(s => s.no))
    for (const slide of slides) {
      const section = sections[slide.no - 1]!
      expect(section.heading, `slide ${slide.no}`).toContain(slide.title)
      if (slide.note.trim())
        expect(section.notes.replace(/[*_`]/g, ''), `notes of slide ${slide.no}`).toContain(firstNoteWords(slide))
      for (const figure of section.figures) {
        expect(figure.title, `figure title on slide ${slide.no}`).not.toBe('')
        expect(figure.desc, `figure description on slide ${slide.no}`).not.toBe('')
      }
      if (section.hasSourceLine)
        expect(section.sources, `citations under slide ${slide.no}`).toBeGreaterThan(0)
    }
    expect(sections.flatMap(s => s.figures).length).toBeGreaterThan(3)
  })

  it('shows each headline once, to sighted readers and to screen readers, the heading a real h2', async () => {
    const copies = await page.evaluate(() => [
      ...document.querySelectorAll<HTMLElement>('.reading-section'),
    ].map((section) => {
      const title = section.querySelector('h2')!.textContent!.replace(/^\s*\d+\.\s*/, '').replace(/\s+/g, ' ').trim()
      const inSlide = section.querySelector('.slidev-layout.default > h1')
      const copiesOf = (accept: (el: Element) => boolean): number => [
        ...section.querySelectorAll('h1, h2'),
      ].filter(el => el.textContent!.replace(/\u2019/g, '\'').replace(/\s+/g, ' ').includes(title.replace(/\u2019/g, '\'')) && accept(el)).length
      // Seen: rendered, and not cut off the slide's picture (its box clips what is above it).
      const seen = (el: Element): boolean => {
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
          return false
        const clip = el.closest('.reading-slide')?.getBoundingClientRect()
        return !clip || el.getBoundingClientRect().bottom > clip.top + 1
      }
      return {
        no: Number(section.dataset.slideNo),
        // Markdown turns the source's ' into a typographic one on the slide.
        defaultLayout: !!inSlide,
        withHeadline: !!inSlide && inSlide.textContent!.replace(/\u2019/g, '\'').replace(/\s+/g, ' ').trim() === title.replace(/\u2019/g, '\''),
        seen: copiesOf(seen),
        heard: copiesOf(el => !el.closest('[aria-hidden="true"]')),
        heading: section.querySelector('h2')?.getAttribute('aria-hidden') !== 'true',
      }
    }))
    const checked = copies.filter(c => c.withHeadline)
    expect(checked.length, 'slides with a headline at the top (default layout)').toBe(copies.filter(c => c.defaultLayout).length)
    expect(checked.length).toBeGreaterThan(20)
    expect(checked.filter(c => c.seen !== 1 || c.heard !== 1 || !c.heading)).toEqual([])
  })

  it('starts slide 2\'s map box where its evidence is: the largest attack discs in view', async () => {
    const view = await page.locator('#slide-2 .reading-figure').evaluate((box) => {
      const frame = box.getBoundingClientRect()
      const discs = [
        ...box.querySelectorAll('.bf-map .markers circle'),
      ].map(c => c.getBoundingClientRect()).sort((a, b) => b.width - a.width).slice(0, 2)
      return {
        scrolls: box.scrollWidth > box.clientWidth,
        out: discs.filter(d => d.left < frame.left - 1 || d.right > frame.right + 1).length,
        discs: discs.length,
      }
    })
    expect(view.scrolls, 'slide 2 drawn wider than the phone, in its scroll box').toBe(true)
    expect(view.discs).toBe(2)
    expect(view.out, 'of the two largest discs, cut off at first').toBe(0)
  })

  it('starts slide 5\'s timeline box on its dense years: most event dots in view', async () => {
    await page.locator('#slide-5').scrollIntoViewIfNeeded()
    await page.waitForSelector('#slide-5 [data-event] circle')
    const view = await page.locator('#slide-5 .reading-figure').evaluate((box) => {
      const frame = box.getBoundingClientRect()
      const dots = [
        ...box.querySelectorAll('[data-event] > circle'),
      ].map(c => c.getBoundingClientRect())
      return {
        scrolls: box.scrollWidth > box.clientWidth,
        dots: dots.length,
        inView: dots.filter(d => d.left >= frame.left - 1 && d.right <= frame.right + 1).length,
      }
    })
    expect(view.scrolls, 'slide 5 drawn wider than the phone, in its scroll box').toBe(true)
    expect(view.dots).toBeGreaterThan(10)
    expect(view.inView / view.dots, 'share of event dots in view at first').toBeGreaterThan(0.6)
  })

  it('has nothing wider than the screen except a figure\'s own scroll box', async () => {
    const result = await page.evaluate(() => {
      const width = window.innerWidth
      const out: string[] = []
      for (const el of document.querySelectorAll('body *')) {
        if (el.closest('.reading-figure .reading-slide') || !el.checkVisibility())
          continue
        const r = el.getBoundingClientRect()
        if (r.width > 0 && (r.right > width + 1 || r.left < -1))
          out.push(`${el.tagName.toLowerCase()}.${el.className}: ${Math.round(r.left)}..${Math.round(r.right)}`)
      }
      return {
        scrollWidth: document.documentElement.scrollWidth,
        width,
        out: out.slice(0, 10),
      }
    })
    expect(result.out).toEqual([])
    expect(result.scrollWidth).toBeLessThanOrEqual(result.width)
  })

  it('draws every chart and map at least screen-wide with no label under 11 CSS px', async () => {
    const result = await page.evaluate(() => {
      const small: string[] = []
      const narrow: string[] = []
      let min = Infinity
      let labels = 0
      for (const svg of document.querySelectorAll<SVGSVGElement>('.reading-figure svg[role="img"]')) {
        const no = svg.closest<HTMLElement>('.reading-section')?.dataset.slideNo
        // The box the figure may scroll in is as wide as the text column.
        const column = svg.closest('.reading-figure')!.getBoundingClientRect().width
        const w = svg.getBoundingClientRect().width
        if (w < column - 1)
          narrow.push(`slide ${no}: ${Math.round(w)} px < ${Math.round(column)} px`)
        for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
          if (!text.textContent?.trim() || !text.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
            continue
          const m = text.getScreenCTM()!
          const px = Number.parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b)
          labels++
          min = Math.min(min, px)
          if (px < 11 - 0.05)
            small.push(`slide ${no}: "${text.textContent.trim().slice(0, 30)}" ${px.toFixed(1)} px`)
        }
      }
      return {
        small: small.slice(0, 10),
        narrow,
        min,
        labels,
      }
    })
    console.log(`Reading view on a Pixel 7: ${result.labels} figure labels, smallest ${result.min.toFixed(1)} CSS px`)
    expect(result.labels).toBeGreaterThan(20)
    expect(result.small).toEqual([])
    expect(result.narrow).toEqual([])
  })

  it('scrolls to a deep link (#7 or the route alias) and the address follows the reader', async () => {
    const seven = slides.find(s => s.no === 7)!
    for (const hash of [
      '#7',
      ...(seven.routeAlias
        ? [`#${seven.routeAlias}`]
        : []),
    ]) {
      await openRead(page, hash)
      const top = await page.locator('#slide-7').evaluate(el => el.getBoundingClientRect().top)
      expect(top, `slide 7 from ${hash}`).toBeGreaterThanOrEqual(-2)
      expect(top, `slide 7 from ${hash}`).toBeLessThan(PIXEL_7.viewport.height / 3)
    }
    await page.locator('#slide-12').evaluate(el => el.scrollIntoView())
    await page.waitForFunction(() => window.location.hash === '#12', null, { timeout: 5000 })
    const twelve = slides.find(s => s.no === 12)!
    await expect.poll(() => page.locator('[data-slideshow-link]').getAttribute('href')).toBe(`${BASE}${twelve.routeAlias ?? 12}`)
    // The tab and history name the slide being read.
    await expect.poll(() => page.title()).toBe(slideDocumentTitle({ no: 12, slideTitle: twelve.title, reading: true }))
  })

  it('links to the PDF', async () => {
    const href = await page.locator('[data-pdf-link]').getAttribute('href')
    expect(href).toBe(`${BASE}${PDF_NAME}`)
    const response = await page.request.get(new URL(href!, server.url).href)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/pdf')
  })

  it('has no serious or critical axe-core violation (WCAG 2.1 A/AA)', async () => {
    const violations = await axeViolations(page)
    expect(violations).toEqual([])
  })

  it('fits every slide on the printed page', async () => {
    await page.emulateMedia({ media: 'print' })
    await page.waitForTimeout(500)
    const widths = await page.locator('.reading-slide').evaluateAll(els => els.map(el => el.getBoundingClientRect().width))
    await page.emulateMedia({ media: 'screen' })
    expect(widths).toHaveLength(slides.length)
    expect(Math.max(...widths)).toBeLessThanOrEqual(680)
  })
})

describe('printing the reading view from the browser (Ctrl+P)', () => {
  it('prints every slide with its figure right after opening, before any move, and each map label once', async () => {
    const context = await newContext('desktop')
    const page = await context.newPage()
    await page.goto(`${server.url}read`)
    // No key, tap or wheel: only the first screen is drawn; every slide's code comes in idle time.
    await page.waitForSelector('.reading-page[data-print-ready]', { state: 'attached', timeout: 60_000 })
    const drawnBefore = await page.locator('.reading-section .slidev-page').count()
    await page.emulateMedia({ media: 'print' })
    const file = join(work, 'read-print.pdf')
    writeFileSync(file, await page.pdf({ format: 'A4', tagged: true }))
    // What each slide must show in print: its longest lines of figure labels or slide text.
    const probes = await page.evaluate(() => [
      ...document.querySelectorAll<HTMLElement>('.reading-section'),
    ].map((section) => {
      const slide = section.querySelector('.slidev-page')
      const labels = [
        ...slide?.querySelectorAll('svg text tspan, svg text:not(:has(tspan))') ?? [],
      ]
      const leaves = labels.length
        ? labels
        : [
            ...slide?.querySelectorAll('p, li, td, th, span') ?? [],
          ].filter(el => !el.closest('h1, [data-source-line]') && !el.children.length)
      return {
        no: Number(section.dataset.slideNo),
        lines: [
          ...new Set(leaves.map(el => (el.textContent ?? '').replace(/\s+/g, ' ').trim())),
        ].filter(t => t.length >= 6).sort((a, b) => b.length - a.length).slice(0, 3),
      }
    }))
    await context.close()
    const facts = await readPdf(file)
    // Compared without spaces: some Chromium builds print a ligature ("fi") as a run of its
    // own, which a join puts a space into.
    const squeeze = (t: string): string => t.replace(/\s+/g, '')
    const text = squeeze(facts.pages.flatMap(p => p.runs.map(r => r.text)).join(''))
    const missing = probes.flatMap(p => p.lines.filter(line => !text.includes(squeeze(line))).map(line => `slide ${p.no}: "${line}"`))
    console.log(`Reading view printed at once: ${facts.pages.length} pages, ${drawnBefore} of ${slides.length} slides drawn before the print`)
    expect(drawnBefore, 'slides drawn before the print (the print must draw the rest)').toBeLessThan(slides.length)
    expect(probes.filter(p => p.lines.length).length, 'slides with text to look for').toBeGreaterThan(slides.length - 3)
    expect(missing.slice(0, 10)).toEqual([])
    expect(facts.pages.flatMap(doubledRuns)).toEqual([])
  })
})

describe('who is offered the reading view', () => {
  it('sends a phone in portrait from /3 to the reading view at slide 3, and remembers "slideshow"', async () => {
    const context = await newContext('phone')
    const page = await context.newPage()
    await page.goto(`${server.url}3`)
    await page.waitForURL(`${server.url}read#3`)
    await page.waitForSelector('#slide-3[data-rendered]')
    await page.waitForTimeout(1500)
    const top = await page.locator('#slide-3').evaluate(el => el.getBoundingClientRect().top)
    expect(top).toBeLessThan(PIXEL_7.viewport.height / 3)
    // Choosing the slideshow is remembered: the next slide link opens as slides.
    await page.locator('[data-slideshow-link]').click()
    await page.waitForSelector('#slideshow')
    const three = slides.find(s => s.no === 3)!
    expect(new URL(page.url()).pathname).toBe(`${BASE}${three.routeAlias ?? 3}`)
    await page.goto(`${server.url}5`)
    await page.waitForSelector('#slideshow .slidev-page-5')
    expect(page.url()).toBe(`${server.url}5`)
    await context.close()
  })

  it('leaves the presenter page on a phone, and every page on a desktop, where they are', async () => {
    const phone = await newContext('phone')
    const presenter = await phone.newPage()
    await presenter.goto(`${server.url}presenter/`)
    await presenter.waitForURL(/\/presenter\/1$/)
    await presenter.waitForTimeout(800)
    expect(new URL(presenter.url()).pathname).toBe(`${BASE}presenter/1`)
    await phone.close()

    const desktop = await newContext('desktop')
    const page = await desktop.newPage()
    await page.goto(`${server.url}3`)
    await page.waitForSelector('#slideshow .slidev-page-3')
    await page.waitForTimeout(800)
    expect(page.url()).toBe(`${server.url}3`)
    await desktop.close()
  })

  it('offers the reading view on the overview page on a phone, not on a desktop', async () => {
    const phone = await newContext('phone')
    const page = await phone.newPage()
    await page.goto(`${server.url}overview`)
    const offer = page.locator('[data-reading-offer] a')
    await offer.waitFor()
    expect(await offer.getAttribute('href')).toBe(`${BASE}read`)
    await phone.close()

    const desktop = await newContext('desktop')
    const wide = await desktop.newPage()
    await wide.goto(`${server.url}overview`)
    await wide.waitForSelector('.overview-slide-block')
    await wide.waitForTimeout(800)
    expect(await wide.locator('[data-reading-offer]').count()).toBe(0)
    await desktop.close()
  })
})

/** Names of the components that draw an SVG chart or map, in their own `<svg>` or a `<ChartFrame>` (their chunks carry `__name`). */
function chartComponents(): string[] {
  const dir = resolve(ROOT, 'components')
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.vue') && /<svg|<ChartFrame/.test(readFileSync(join(dir, f), 'utf8')))
    .map(f => f.replace(/^.*\//, '').replace(/\.vue$/, ''))
}

/**
 * Script files the page fetched before the slide `selector` names was first shown (in
 * the DOM, laid out, loaded, with text), from Resource Timing. An init script notes
 * the moment on every DOM change, so it is never late.
 */
async function scriptsBefore(page: Page, url: string, selector: string): Promise<string[]> {
  await page.addInitScript((sel) => {
    const w = window as unknown as { __shownAt?: number }
    const check = (): void => {
      const slide = document.querySelector<HTMLElement>(sel)
      const shown = slide && slide.offsetWidth > 0 && !slide.querySelector('.slidev-slide-loading') && slide.textContent?.trim()
      if (w.__shownAt === undefined && shown)
        w.__shownAt = performance.now()
    }
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true })
  }, selector)
  await page.goto(url)
  await page.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt !== undefined, null, { timeout: 60_000 })
  await page.waitForTimeout(1500)
  return page.evaluate(() => {
    const shownAt = (window as unknown as { __shownAt: number }).__shownAt
    return performance.getEntriesByType('resource')
      .filter(e => e.startTime < shownAt && new URL(e.name).pathname.endsWith('.js'))
      .map(e => new URL(e.name).pathname)
  })
}

/** Which chart or map components (or world-atlas data) the given built scripts hold. */
function chartCodeIn(paths: string[]): string[] {
  const names = chartComponents()
  const found: string[] = []
  for (const path of paths) {
    const text = readFileSync(join(site, path.slice(BASE.length)), 'utf8')
    for (const name of names) {
      if (new RegExp(`__name:\\s*[\`"']${name}[\`"']`).test(text))
        found.push(`${name} in ${path}`)
    }
    if (/type:\s*[`"']Topology/.test(text))
      found.push(`world-atlas data in ${path}`)
  }
  return found
}

describe('what the first screen costs', () => {
  it('fetches no chart or map code before slide 1 shows: a phone in the reading view, a desktop in the slideshow', async () => {
    expect(chartComponents().length, 'chart components found by their <svg>').toBeGreaterThan(5)
    const phone = await newContext('phone')
    const read = await scriptsBefore(await phone.newPage(), `${server.url}read#1`, '#slide-1 .slidev-page')
    await phone.close()
    const desktop = await newContext('desktop')
    const show = await scriptsBefore(await desktop.newPage(), `${server.url}1`, '#slideshow .slidev-page-1')
    await desktop.close()
    expect(read.length, 'scripts seen before slide 1 in the reading view').toBeGreaterThan(3)
    expect(chartCodeIn(read), 'reading view').toEqual([])
    expect(chartCodeIn(show), 'slideshow').toEqual([])
  })

  it('draws the reading view\'s title from read.html before any script, and the app takes over with the same header', async () => {
    // What a reader sees of the header: each element's text, link and box.
    const header = (page: Page): Promise<string[]> => page.evaluate(() => [
      ...document.querySelectorAll<HTMLElement>('.skip-link, .reading-bar, .reading-title, .reading-bar a, .reading-h1, .reading-intro'),
    ].map((el) => {
      const box = el.getBoundingClientRect()
      return `${el.className} "${el.textContent?.trim()}" ${el.getAttribute('href') ?? ''} ${[box.x, box.y, box.width, box.height].map(n => n.toFixed(1)).join(',')}`
    }))
    // No script at all: what the HTML alone draws (its failed requests are the point, so this
    // context's console is not watched).
    const bare = await browser.newContext({ ...PIXEL_7 })
    const barePage = await bare.newPage()
    await barePage.route(/\.js$/, route => route.abort())
    await barePage.goto(`${server.url}read`, { waitUntil: 'load' })
    const staticHeader = await header(barePage)
    // A scrollbar that appears when the app's long page arrives must not narrow the header.
    const gutter = await barePage.evaluate(() => getComputedStyle(document.documentElement).scrollbarGutter)
    // Its slideshow link remembers the choice, as the app's does: the phone stays there.
    await barePage.locator('#reading-shell [data-slideshow-link]').click()
    await barePage.waitForURL(/\/title$/)
    const choice = await barePage.evaluate(key => localStorage.getItem(key), VIEW_CHOICE_KEY)
    await bare.close()
    const phone = await newContext('phone')
    const page = await phone.newPage()
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: { time: number, h1: boolean }[], __appH1?: number }
      w.__lcp = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { element?: Element })[])
          w.__lcp.push({ time: e.startTime, h1: !!e.element?.matches('.reading-h1') })
      }).observe({ type: 'largest-contentful-paint', buffered: true })
      new MutationObserver(() => {
        w.__appH1 ??= document.querySelector('#app .reading-h1')
          ? performance.now()
          : undefined
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto(`${server.url}read`)
    await page.waitForSelector('#slide-1[data-rendered]')
    await page.waitForTimeout(300)
    const appHeader = await header(page)
    const found = await page.evaluate(() => {
      const w = window as unknown as { __lcp: { time: number, h1: boolean }[], __appH1?: number }
      const files = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      const css = files.filter(e => /\/index-[^/]*\.css$/.test(e.name))
      const scripts = files.filter(e => e.name.endsWith('.js'))
      return {
        lcp: w.__lcp,
        appH1: w.__appH1,
        shells: document.querySelectorAll('#reading-shell').length,
        titles: document.querySelectorAll('.reading-h1').length,
        mains: document.querySelectorAll('#reading-main').length,
        cssEnd: Math.max(...css.map(e => e.responseEnd)),
        firstScript: Math.min(...scripts.map(e => e.fetchStart)),
      }
    })
    await phone.close()
    const deckTitle = String((await loadDeck()).headmatter.title)
    expect(staticHeader.find(line => line.startsWith('reading-h1 ')) ?? 'no h1', 'the h1 without scripts').toContain(`"${deckTitle}"`)
    expect(staticHeader.some(line => / "PDF" \S+\.pdf /.test(line)), 'the PDF link without scripts').toBe(true)
    expect(appHeader, 'the app\'s header against the HTML\'s: text, links, boxes').toEqual(staticHeader)
    expect(gutter, 'scrollbar-gutter of the reading view').toBe('stable')
    expect(choice, 'the choice stored by the HTML\'s slideshow link').toBe('slides')
    expect(found.shells, 'the static header left in the page').toBe(0)
    expect([found.titles, found.mains], 'h1 and main once each').toEqual([1, 1])
    // The largest paint is the h1 as the HTML drew it, before the app had drawn its own.
    expect(found.lcp.length, 'LCP entries').toBeGreaterThan(0)
    expect(found.lcp.at(-1)!.h1, 'the LCP element is the title').toBe(true)
    expect(found.appH1, 'the app drew its header').toBeGreaterThan(0)
    expect(found.lcp.at(-1)!.time, 'LCP time against the app\'s header').toBeLessThan(found.appH1!)
    expect(found.firstScript, 'the first script requested after the stylesheet arrived').toBeGreaterThanOrEqual(found.cssEnd)
  })

  it('keeps keyboard focus on the same link when the app takes over read.html\'s header', async () => {
    const desktop = await newContext('desktop')
    const page = await desktop.newPage()
    let release!: () => void
    const held = new Promise<void>(resolve => release = resolve)
    await page.route(/\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(`${server.url}read`, { waitUntil: 'domcontentloaded' })
    await page.locator('#reading-shell .reading-h1').waitFor({ state: 'visible' })
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const before = await page.evaluate(() => document.activeElement?.closest('#reading-shell')
      ? document.activeElement.textContent
      : null)
    release()
    await page.waitForSelector('#slide-1[data-rendered]')
    const after = await page.evaluate(() => document.activeElement?.closest('#app')
      ? document.activeElement.textContent
      : null)
    await desktop.close()
    expect(before, 'focus in the HTML\'s header after two Tabs').toBe('Slideshow at slide 1')
    expect(after, 'focus after the app drew its header').toBe(before)
  })

  it('a phone sent from /1 to the reading view draws slide 1 alone until the reader moves', async () => {
    const phone = await newContext('phone')
    const page = await phone.newPage()
    await scriptsBefore(page, `${server.url}1`, '#slide-1 .slidev-page')
    expect(new URL(page.url()).hash, 'the redirect keeps the slide').toBe('#1')
    // Less than the reading view's 6 s of quiet before it prefetches the other slides.
    await page.waitForTimeout(2000)
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource')
      .map(e => new URL(e.name).pathname)
      .filter(path => path.endsWith('.js')))
    const drawn = await page.locator('.reading-section[data-rendered]').count()
    await phone.close()
    expect(chartCodeIn(scripts), 'chart or map code fetched with no move').toEqual([])
    expect(drawn, 'slides drawn with no move').toBe(1)
  })

  it('preloads the page and the slide the address draws, with the entry, not one import at a time', async () => {
    const preloadsAt = async (view: 'phone' | 'desktop', url: string, selector: string): Promise<{ preloads: string[], fetchedTwice: string[] }> => {
      const context = await newContext(view)
      const page = await context.newPage()
      await scriptsBefore(page, url, selector)
      const found = await page.evaluate(() => {
        const names = performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(name => /\.(?:js|css)$/.test(name))
        return {
          // Vite adds modulepreload links of its own as each import runs; these are index.html's.
          preloads: [
            ...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"][data-first-screen]'),
          ].map(link => new URL(link.href).pathname),
          fetchedTwice: names.filter((name, i) => names.indexOf(name) !== i),
        }
      })
      await context.close()
      return found
    }
    const chunkOf = (paths: string[], pattern: RegExp): string[] => paths.filter(path => pattern.test(path.slice(path.lastIndexOf('/') + 1)))
    const show = await preloadsAt('desktop', `${server.url}1`, '#slideshow .slidev-page-1')
    expect(chunkOf(show.preloads, /^play-/), 'slideshow page preloaded on a desktop').toHaveLength(1)
    expect(chunkOf(show.preloads, /^ReadingView-/), 'reading view on a desktop').toEqual([])
    expect(show.fetchedTwice, 'scripts or styles fetched twice').toEqual([])
    const phone = await preloadsAt('phone', `${server.url}1`, '#slide-1 .slidev-page')
    expect(chunkOf(phone.preloads, /^ReadingView-/), 'reading view preloaded on a phone sent to it').toHaveLength(1)
    expect(chunkOf(phone.preloads, /^play-/), 'slideshow page on a phone').toEqual([])
    expect(phone.fetchedTwice, 'scripts or styles fetched twice').toEqual([])
  })

  it('sends a phone from a slideshow address, by number or routeAlias, to the reading view before the slideshow page\'s code is requested', async () => {
    const slide = slides.find(s => s.no > 2 && s.routeAlias)!
    for (const path of [
      String(slide.no),
      slide.routeAlias!,
    ]) {
      const context = await newContext('phone')
      const page = await context.newPage()
      const fetched: string[] = []
      page.on('request', request => fetched.push(new URL(request.url()).pathname))
      await page.goto(`${server.url}${path}`)
      await page.waitForURL(`${server.url}read#${path}`)
      await page.waitForSelector(`#slide-${slide.no}[data-rendered]`)
      const scripts = fetched.filter(name => name.endsWith('.js')).map(name => name.slice(name.lastIndexOf('/') + 1))
      // location.replace: Back leaves the deck rather than landing on the slideshow address.
      const entries = await page.evaluate(() => history.length)
      await context.close()
      const reading = fetched.indexOf(`${BASE}read`)
      expect(fetched[0], `/${path}: the address asked for`).toBe(`${BASE}${path}`)
      expect(reading, `/${path}: read.html asked for`).toBeGreaterThan(0)
      // Whatever the browser's preload scanner asked for before the script left is what the
      // reading view asks for too: nothing for the slideshow alone.
      const after = fetched.slice(reading + 1)
      expect(fetched.slice(1, reading).filter(name => !after.includes(name)), `/${path}: fetched for the slideshow alone`).toEqual([])
      expect(scripts.filter(name => name.startsWith('play-')), `/${path}: the slideshow page's code`).toEqual([])
      expect(scripts.filter(name => name.startsWith('ReadingView-')), `/${path}: reading view`).toHaveLength(1)
      expect(entries, `/${path}: history entries (the blank tab and the reading view)`).toBeLessThanOrEqual(2)
    }
  })

  it('links the slideshow at the slide a phone was sent from, in read.html\'s header, before the app runs', async () => {
    const slide = slides.find(s => s.no > 2 && s.routeAlias)!
    // No script file at all: what index.html's and read.html's inline scripts do alone.
    const bare = await browser.newContext({ ...PIXEL_7 })
    const page = await bare.newPage()
    await page.route(/\.js$/, route => route.abort())
    await page.goto(`${server.url}${slide.no}`)
    await page.waitForURL(`${server.url}read#${slide.no}`)
    const link = page.locator('#reading-shell [data-slideshow-link]')
    await link.waitFor({ state: 'visible' })
    const shown = [await link.textContent(), await link.getAttribute('href')]
    await bare.close()
    expect(shown).toEqual([`Slideshow at slide ${slide.no}`, `${BASE}${slide.routeAlias}`])
  })

  it('preloads the same at a slide\'s routeAlias address (what the slideshow shows and people share) as at its number', async () => {
    const slide = slides.find(s => s.no > 2 && s.routeAlias)!
    // index.html's script runs as the page is parsed: its links are there once the document is.
    const preloadsAt = async (view: 'phone' | 'desktop', url: string): Promise<string[]> => {
      const context = await newContext(view)
      const page = await context.newPage()
      await page.goto(url, { waitUntil: 'domcontentloaded' })
      const links = await page.evaluate(() => [
        ...document.querySelectorAll<HTMLLinkElement>('link[data-first-screen]'),
      ].map(link => new URL(link.href).pathname))
      await context.close()
      return links
    }
    for (const [view, path, byNumber] of [
      [
        'desktop',
        slide.routeAlias,
        String(slide.no),
      ],
      ['desktop', `read#${slide.routeAlias}`, `read#${slide.no}`],
      ['phone', `read#${slide.routeAlias}`, `read#${slide.no}`],
    ] as const) {
      const expected = await preloadsAt(view, `${server.url}${byNumber}`)
      expect(expected.length, `${view} /${byNumber} preloads its slide`).toBeGreaterThan(0)
      expect(await preloadsAt(view, `${server.url}${path}`), `${view} /${path}`).toEqual(expected)
    }
  })

  it('preloads the fonts slide 1 draws, and only those', async () => {
    const fontsOf = async (view: 'phone' | 'desktop', url: string, selector: string): Promise<{ preloaded: string[], drawn: string[] }> => {
      const context = await newContext(view)
      const page = await context.newPage()
      await scriptsBefore(page, url, selector)
      await page.evaluate(() => document.fonts.ready)
      const found = await page.evaluate(() => ({
        preloaded: [
          ...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]'),
        ].map(link => new URL(link.href).pathname),
        drawn: performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(path => path.endsWith('.woff2')),
      }))
      await context.close()
      return {
        preloaded: [
          ...new Set(found.preloaded),
        ].sort(),
        drawn: [
          ...new Set(found.drawn),
        ].sort(),
      }
    }
    const show = await fontsOf('desktop', `${server.url}1`, '#slideshow .slidev-page-1')
    expect(show.preloaded.length, 'font preloads in the built index.html').toBeGreaterThan(0)
    // A font slide 1 draws without a preload waits for the CSS and scripts (a later LCP);
    // a preload slide 1 does not use competes with it for the connection.
    expect(show.preloaded, 'preloaded fonts against the fonts slide 1 of the slideshow loads').toEqual(show.drawn)
    const read = await fontsOf('phone', `${server.url}read#1`, '#slide-1 .slidev-page')
    expect(read.drawn, 'the reading view loads every preloaded font for slide 1').toEqual(expect.arrayContaining(read.preloaded))
  })

  it('draws the addressed slide first and the rest of the document later, on its own', async () => {
    const phone = await newContext('phone')
    const page = await phone.newPage()
    // Counted at the DOM change that marks slide 20 drawn, not when a poll next looks: a
    // busy machine would otherwise also count the neighbours drawn a moment later.
    await page.addInitScript(() => {
      const w = window as unknown as { __drawnWith20?: number }
      new MutationObserver(() => {
        if (w.__drawnWith20 === undefined && document.querySelector('#slide-20[data-rendered]'))
          w.__drawnWith20 = document.querySelectorAll('.reading-section[data-rendered]').length
      }).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-rendered'],
      })
    })
    await page.goto(`${server.url}read#20`)
    await page.waitForSelector('#slide-20[data-rendered]')
    const early = await page.evaluate(() => (window as unknown as { __drawnWith20?: number }).__drawnWith20)
    expect(early, 'slides drawn when slide 20 first shows').toBeLessThanOrEqual(3)
    // A visitor who does not move (a performance audit) costs only the slides near the screen.
    await page.waitForTimeout(4000)
    const still = await page.locator('.reading-section[data-rendered]').count()
    expect(still, 'slides drawn after 4 s without a move').toBeLessThanOrEqual(6)
    await drawWholeDocument(page)
    await phone.close()
  })

  it('draws the slideshow\'s next slide once the audience moves, and not on a scroll', async () => {
    // Slide 1 (no slide change yet): only a first move draws slide 2, hidden, ahead of time.
    const desktop = await newContext('desktop')
    const page = await desktop.newPage()
    await page.goto(`${server.url}1`)
    await page.locator('#slideshow .slidev-page-1').first().waitFor({ state: 'visible' })
    const nextDrawn = (): Promise<boolean> => page.evaluate(() => !!document.querySelector('#slideshow .slidev-page-2'))
    await page.evaluate(() => window.dispatchEvent(new Event('scroll')))
    await page.waitForTimeout(1500)
    expect(await nextDrawn(), 'slide 2 drawn before any move').toBe(false)
    await page.mouse.click(5, 5)
    await expect.poll(nextDrawn, { timeout: 10_000 }).toBe(true)
    expect(page.url(), 'the click did not change slide').toMatch(/\/1$/)
    await desktop.close()
  })
})

describe('the reading view offline', () => {
  it('reloads with the network gone after one visit', async () => {
    const context = await newContext('phone')
    const page = await context.newPage()
    await openRead(page)
    await page.evaluate(() => navigator.serviceWorker.ready)
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 60_000 })
    await context.setOffline(true)
    await page.reload()
    await drawWholeDocument(page)
    await context.close()
  })
})

describe('no console errors in Chromium', () => {
  it('printed none on any page above', () => {
    expect(problems).toEqual([])
  })
})

/** Debian's Firefox ESR (or FIREFOX_PATH); undefined when there is none. */
function findFirefox(): string | undefined {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p))
}
const firefox = findFirefox()
if (!firefox)
  console.warn('Firefox test skipped: no Firefox ESR found (set FIREFOX_PATH, or as root: apt-get install -y firefox-esr; .ci/run does this).')

describe.skipIf(!firefox)('firefox ESR (puppeteer-core over WebDriver BiDi)', () => {
  it('opens /read and every slide of the slideshow with no console error', async () => {
    const { default: puppeteer } = await import('puppeteer-core')
    const ff = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefox,
      headless: true,
      protocol: 'webDriverBiDi',
    })
    const errors: string[] = []
    try {
      const page = await ff.newPage()
      // puppeteer sets the viewport, then the screen orientation, which Firefox ESR 140 does
      // not know (UnknownCommandError); the viewport is set by then.
      await page.setViewport({ ...CANVAS }).catch((error: Error) => {
        if (!/setScreenOrientationOverride/.test(error.message))
          throw error
      })
      page.on('console', (msg) => {
        if (msg.type() === 'error')
          errors.push(`${page.url()}: ${msg.text()}`)
      })
      page.on('pageerror', err => errors.push(`${page.url()}: ${String(err)}`))
      await page.goto(`${server.url}read`)
      // The rest of the document draws once the reader moves.
      for (let waited = 0; await page.$$eval('.reading-section[data-rendered]', els => els.length) < slides.length; waited += 500) {
        if (waited > 120_000)
          throw new Error('not every slide of /read drew in Firefox within 120 s')
        await page.keyboard.press('Shift')
        await new Promise(resolve => setTimeout(resolve, 500))
      }
      // Every slide in its final state, moving inside the app as a viewer does (no reloads).
      await page.goto(`${server.url}1?clicks=999`)
      for (const slide of slides) {
        await page.evaluate(n => (document.querySelector('#app') as any).__vue_app__.config.globalProperties.$router.push(`/${n}?clicks=999`), slide.no)
        await page.waitForSelector(`#slideshow .slidev-page-${slide.no}`, { timeout: 20_000 })
        await page.waitForFunction(() => !document.querySelector('.slidev-slide-loading'), { timeout: 20_000 })
      }
    }
    finally {
      await ff.close()
    }
    expect(errors).toEqual([])
  }, 400_000)
})
