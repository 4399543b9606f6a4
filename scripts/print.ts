// The one export pipeline: print PDF, PNG and PPTX from a built site.
//
// A built deck (reused when its sources have not changed since) is served on a free
// loopback port and opened at Slidev's print page (`<base>print`, every slide one after
// the other; setup/routes.ts adds it to every build). From that one page we take
//   - a tagged PDF (Chromium's `page.pdf({ tagged: true, outline: true })`): a heading
//     per slide, figures with their SVG title/description, links kept, roadmap nodes
//     turned into links to their section's first page;
//   - one picture per slide (or per click) for PNG and PPTX.
// What Slidev's `slidev export` gets right is kept: final click state or one page per
// click (`?print=clicks`), waiting for fonts, lazy slides and `[data-waitfor]` elements,
// the outline, `exportFilename` (scripts/export.ts) and the base path (read from the build).
import type { Buffer } from 'node:buffer'
import type { Browser, Page } from 'playwright-chromium'
import type { DeckTab } from './slide-page.ts'
import { ParseSpeeds, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { drawPrintHalos } from '../lib/print-halo.ts'
import { trackRequests } from './network-quiet.ts'
import { serveStatic } from './serve.ts'
import { CANVAS, launchChromium, openDeckTab } from './slide-page.ts'
import { logPhase, timed } from './timings.ts'
import { checkPdf, hasPoppler, loadPdfReader, outlineEntries } from './verify-export.ts'

/**
 * Milliseconds with no request in flight before the print page counts as loaded, once its
 * slides, fonts and waited-for elements are there (Playwright's networkidle waits 500).
 */
const PRINT_QUIET_MS = 100

/** One printed page: a slide at one click. */
export interface PrintedPage {
  /** Slide number, 1-based. */
  no: number
  /** The print page's element id, `NNN-CC`. */
  id: string
  /** The slide's headline (its first h1/h2), '' when it has none. */
  title: string
  /** Alt text: the slide's figures' SVG title and description, else the headline. */
  alt: string
}

export interface PrintSession {
  page: Page
  pages: PrintedPage[]
  /** The text of every heading the PDF's outline is built from, in page order, white space normalised. */
  headings: string[]
  close: () => Promise<void>
}

/**
 * Opens the print page of a built deck in the deck's own browser and waits until it is
 * ready to print. `scale` is the device pixel ratio (pictures are CANVAS.width*scale px wide).
 * `tab`: a page opened ahead of time (openDeckTab, with the same scale), used instead of
 * a new one; `browser` is then ignored. A browser or tab given by the caller is the
 * caller's to close, unless closeBrowser says otherwise.
 */
export async function openPrintPage(options: { dist: string, base: string, withClicks?: boolean, scale?: number, aliases?: Record<string, number>, browser?: Browser | Promise<Browser>, tab?: Promise<DeckTab>, closeBrowser?: boolean }): Promise<PrintSession> {
  const server = await timed('print: server start', serveStatic(options.dist, options.base))
  const ownsBrowser = !(options.browser || options.tab) || options.closeBrowser === true
  let browser: Browser | undefined
  try {
    const tab = await timed('print: browser and page ready', options.tab ?? openDeckTab(options.browser ?? launchChromium(), { scale: options.scale }))
    browser = tab.browser
    await tab.serve(server.origin)
    const { context, page } = tab
    const network = trackRequests(page)
    await timed('print: page load', page.goto(`${server.url}print?print=${options.withClicks ? 'clicks' : 'true'}`, { waitUntil: 'load', timeout: 90_000 }))
    const waits = performance.now() / 1000
    await page.waitForSelector('#print-content .print-slide-container', { timeout: 60_000 })
    await page.waitForFunction(() => !document.querySelector('.slidev-slide-loading'), undefined, { timeout: 60_000 })
    // Elements a slide asks to wait for, as slidev export does.
    for (const holder of await page.locator('[data-waitfor]').all()) {
      const selector = await holder.getAttribute('data-waitfor') ?? undefined
      if (selector)
        await holder.locator(selector).first().waitFor({ state: 'visible', timeout: 30_000 })
    }
    await page.evaluate(() => document.fonts.ready)
    // Nothing drawn is still on its way (a late font, a lazy chunk), and nothing came after.
    await network.quiet(PRINT_QUIET_MS)
    logPhase('print: wait slides/waitfor/fonts', waits)
    const prepare = performance.now() / 1000
    // Map and chart labels: a backdrop behind each line, in place of the stroked halo
    // that Chromium's PDF would write as a second copy of the text (lib/print-halo.ts).
    // Passed whole (Playwright sends its source): it must use nothing outside itself.
    await page.evaluate(drawPrintHalos as () => number)
    // Exactly one page per slide: no page break after the last one (Chromium would add a
    // blank page), nothing outside the canvas.
    await page.addStyleTag({ content: `
      @page { size: ${CANVAS.width}px ${CANVAS.height}px; margin: 0; }
      html.print, html.print body, html.print #app, html.print #page-root { height: auto !important; min-height: 0 !important; }
      #print-content > .print-slide-container:last-child { break-after: auto !important; }
      #twoslash-container { display: none !important; }
    ` })
    const { list: pages, headings } = await page.evaluate((aliases) => {
      const containers = [
        ...document.querySelectorAll<HTMLElement>('#print-content .print-slide-container'),
      ]
      const firstId = new Map<number, string>()
      const list = containers.map((el) => {
        const no = Number(el.id.split('-')[0])
        if (!firstId.has(no))
          firstId.set(no, el.id)
        const heading = el.querySelector('h1, h2')
        const title = (heading?.textContent ?? '').replace(/\s+/g, ' ').trim()
        const figures = [
          ...el.querySelectorAll('svg'),
        ].map((svg) => {
          const parts = [svg.querySelector(':scope > title')?.textContent, svg.querySelector(':scope > desc')?.textContent]
          if (!parts[0] && svg.getAttribute('role') === 'img')
            parts[0] = svg.getAttribute('aria-label') ?? undefined
          return parts.filter(Boolean).join('. ').replace(/\s+/g, ' ').trim()
        }).filter(Boolean)
        return {
          no,
          id: el.id,
          title,
          alt: figures.join(' ') || title,
        }
      })
      // Links between slides (the roadmap nodes: `<Link>` prints `#<alias or number>`) go to
      // the first page of their slide, as internal links of the PDF.
      for (const link of document.querySelectorAll<HTMLAnchorElement>('#print-content a[href^="#"]')) {
        const target = decodeURIComponent(link.getAttribute('href')!.slice(1))
        const no = /^\d+$/.test(target)
          ? Number(target)
          : aliases[target]
        const id = no === undefined
          ? undefined
          : firstId.get(no)
        if (id)
          link.setAttribute('href', `#${id}`)
      }
      // In the one-per-click print, a slide's headline is its heading on its first page
      // only: the outline then opens the first step, and the structure tree has one
      // heading per slide.
      const seen = new Set<number>()
      for (const el of containers) {
        const no = Number(el.id.split('-')[0])
        if (seen.has(no)) {
          for (const heading of el.querySelectorAll('h1, h2, h3, h4, h5, h6'))
            heading.setAttribute('role', 'presentation')
        }
        seen.add(no)
      }
      // The headings Chromium turns into outline entries: those still headings after the
      // step above, as the reader reads them (Chromium's own titles lose the space at a wrap).
      const headings = [
        ...document.querySelectorAll<HTMLElement>('#print-content :is(h1, h2, h3, h4, h5, h6):not([role="presentation"])'),
      ].map(h => (h.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean)
      return { list, headings }
    }, options.aliases ?? {})
    logPhase('print: halos, page CSS, titles, links', prepare)
    return {
      page,
      pages,
      headings,
      close: async () => {
        await context.close()
        if (ownsBrowser)
          await tab.browser.close()
        await server.close()
      },
    }
  }
  catch (error) {
    if (ownsBrowser) {
      const open = browser ?? await Promise.resolve(options.browser).catch(() => undefined)
      await open?.close().catch(() => undefined)
    }
    await server.close()
    throw error
  }
}

/** The print page as a tagged PDF, one page of exactly the canvas (CANVAS) per printed slide. */
export async function printPdf(page: Page): Promise<Buffer> {
  return page.pdf({
    width: `${CANVAS.width}px`,
    height: `${CANVAS.height}px`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    preferCSSPageSize: false,
    tagged: true,
    outline: true,
  })
}

/** One picture per printed slide (PNG, or JPEG with a quality), in print order. */
export async function printPictures(page: Page, type: 'png' | 'jpeg' = 'png', quality = 88): Promise<Buffer[]> {
  const shots: Buffer[] = []
  for (const container of await page.locator('#print-content .print-slide-container').all()) {
    shots.push(await container.screenshot({
      type,
      quality: type === 'jpeg'
        ? quality
        : undefined,
      animations: 'disabled',
    }))
  }
  return shots
}

/**
 * A fault planted on purpose by the e2e tests (BRIEFING_EXPORT_FAULT), to show that the
 * checks catch an export that went wrong silently: `zero` prints no slides at all,
 * `blank` prints slide 3 as an empty page, `outline` keeps Chromium's outline titles
 * (a space lost wherever a headline wraps).
 */
export const FAULT = process.env.BRIEFING_EXPORT_FAULT
const OUTLINE_FAULT = FAULT === 'outline'

export async function plantFault(page: Page): Promise<void> {
  if (FAULT === 'zero')
    await page.evaluate(() => document.querySelectorAll('#print-content .print-slide-container').forEach(el => el.remove()))
  if (FAULT === 'blank') {
    await page.evaluate(() => {
      const third = document.querySelectorAll<HTMLElement>('#print-content .print-slide-container')[2]
      third?.querySelectorAll<HTMLElement>(':scope > *').forEach(el => (el.style.visibility = 'hidden'))
    })
  }
}

export interface DeckMeta {
  title: string
  author: string
  subject: string
  keywords: string[]
}

/**
 * Puts back the spaces Chromium drops from outline titles: it writes a heading's drawn lines
 * one after the other, so "ran from" at a line's end and "Kabul" on the next read "ran
 * fromKabul". Each entry whose letters (white space aside) match the next heading of the
 * page gets that heading's text. `headings` as PrintSession.headings.
 */
export function fixOutlineTitles(pdf: PDFDocument, headings: readonly string[]): void {
  let next = 0
  for (const entry of outlineEntries(pdf)) {
    const bare = entry.title.replace(/\s+/g, '')
    const at = headings.findIndex((heading, i) => i >= next && heading.replace(/\s+/g, '') === bare)
    if (at < 0)
      continue
    if (headings[at] !== entry.title)
      entry.dict.set(PDFName.of('Title'), PDFHexString.fromText(headings[at]!))
    next = at + 1
  }
}

/**
 * Document properties Chromium cannot set: title (shown by the viewer), language, author;
 * and outline titles with their spaces (fixOutlineTitles) when `headings` is given.
 */
export async function finishPdf(bytes: Uint8Array, meta: DeckMeta, headings?: readonly string[]): Promise<Uint8Array> {
  // In one go: pdf-lib parses and writes in slices by default, yielding between them.
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })
  pdf.setTitle(meta.title, { showInWindowTitleBar: true })
  pdf.setAuthor(meta.author)
  pdf.setSubject(meta.subject)
  pdf.setKeywords(meta.keywords)
  pdf.setCreator('Slidev, printed by scripts/export.ts')
  pdf.setLanguage('en')
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of('en'))
  if (headings && !OUTLINE_FAULT)
    fixOutlineTitles(pdf, headings)
  return pdf.save({ objectsPerTick: Number.POSITIVE_INFINITY })
}

/** Document properties of the deck's headmatter. */
export function deckMeta(headmatter: Record<string, any>): DeckMeta {
  return {
    title: String(headmatter.title ?? 'Briefing'),
    author: String(headmatter.author ?? ''),
    subject: String(headmatter.info ?? '').replace(/\s+/g, ' ').trim(),
    keywords: String(headmatter.keywords ?? '').split(',').map(k => k.trim()).filter(Boolean),
  }
}

/** Route aliases of the deck's slides, alias -> slide number. */
export function deckAliases(slides: { no: number, routeAlias?: string }[]): Record<string, number> {
  return Object.fromEntries(slides.filter(s => s.routeAlias).map(s => [s.routeAlias!, s.no]))
}

/**
 * Prints a built deck to a finished, checked PDF: returns its bytes and the problems
 * found (empty when it is complete). `slides` is the number of visible slides.
 */
export async function printCheckedPdf(options: { dist: string, base: string, withClicks?: boolean, slides: number, aliases: Record<string, number>, meta: DeckMeta, browser?: Promise<Browser>, tab?: Promise<DeckTab> }): Promise<{ bytes: Uint8Array, problems: string[] }> {
  // Where Poppler is missing, the check reads with pdf.js: it loads while the browser prints.
  if (!hasPoppler())
    loadPdfReader().catch(() => undefined)
  const session = await openPrintPage({
    dist: options.dist,
    base: options.base,
    withClicks: options.withClicks,
    aliases: options.aliases,
    browser: options.browser,
    tab: options.tab,
    closeBrowser: true,
  })
  let closing: Promise<void> | undefined
  try {
    await plantFault(session.page)
    const printed = await timed('print: page.pdf()', printPdf(session.page))
    // The browser is done: it closes while the PDF is finished and checked.
    closing = timed('print: close browser, server', session.close())
    const bytes = await timed('print: finish (pdf-lib)', finishPdf(printed, options.meta, session.headings))
    const pages = options.withClicks
      ? Math.max(session.pages.length, options.slides)
      : options.slides
    // One top-level bookmark per slide, reading as its headline (as printed).
    const outline = session.pages.filter((p, i, all) => p.title && all.findIndex(q => q.no === p.no) === i).map(p => p.title)
    return { bytes, problems: await timed('print: check', checkPdf(bytes, { pages, outline })) }
  }
  finally {
    await (closing ?? session.close())
  }
}
