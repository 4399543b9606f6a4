// The speaker-notes handout: every slide as a picture with its speaker notes under it,
// on A4 or Letter, printed by the deck's own browser (scripts/browser.ts).
// Slidev's `export-notes` launches Playwright's downloaded browser and prints the notes
// without the slides (and its /presenter/print page exists only in a build with
// `download` on), so we print our own page: pictures of the built deck's slides in their
// final click state from its print page, and each slide's notes as the reading view
// (/read) of the same build renders them, all read in one page load each.
import type { Page } from 'playwright-chromium'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { PDFDocument } from 'pdf-lib'
import { loadDeck } from './deck.ts'
import { builtBase } from './print-build.ts'
import { openPrintPage, printPictures } from './print.ts'
import { serveStatic } from './serve.ts'
import { CANVAS, deckContext, launchChromium } from './slide-page.ts'
import { timed } from './timings.ts'

export type Paper = 'a4' | 'letter'

export interface HandoutOptions {
  /** A built deck (slidev build) to print from. */
  dist: string
  /** Where to write the PDF. */
  out: string
  paper?: Paper
  /** A fault planted by the e2e tests: leave this slide's notes out. */
  dropNotesOf?: number
  /** Called after each slide's picture, for progress output. */
  onSlide?: (done: number, total: number) => void
}

const require = createRequire(import.meta.url)

function fontFace(family: string, weight: number, file: string): string {
  const data = readFileSync(require.resolve(file)).toString('base64')
  return `@font-face { font-family: '${family}'; font-weight: ${weight}; font-style: normal; src: url(data:font/woff2;base64,${data}) format('woff2'); }`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * Every slide's notes as the reading view of the same build (`<base>read`) renders them:
 * Slidev's own HTML of the notes, [click] markers included, by slide number, in one page
 * load (the handout and the reading view show the same notes). `slides`: how many to wait for.
 */
async function readingNotes(page: Page, url: string, slides: number): Promise<Map<number, string>> {
  await page.goto(`${url}read`, { timeout: 90_000 })
  await page.waitForFunction(n => document.querySelectorAll('section[data-slide-no]').length >= n, slides, { timeout: 60_000 })
  const pairs = await page.$$eval('section[data-slide-no]', sections => sections.map(section => [
    Number((section as HTMLElement).dataset.slideNo),
    section.querySelector('[data-reading-notes]')?.innerHTML ?? '',
  ] as [number, string]))
  return new Map(pairs)
}

export function handoutHtml(options: {
  title: string
  author: string
  paper: Paper
  slides: { no: number, title: string, image: string, notesHtml: string }[]
}): string {
  const fonts = [
    fontFace('Inter', 400, '@fontsource/inter/files/inter-latin-400-normal.woff2'),
    fontFace('Inter', 600, '@fontsource/inter/files/inter-latin-600-normal.woff2'),
    fontFace('Source Serif 4', 600, '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2'),
  ].join('\n')
  const total = options.slides.length
  const sections = options.slides.map(slide => `
<section>
  <h2><span class="no">Slide ${slide.no} of ${total}</span> ${escapeHtml(slide.title)}</h2>
  <img src="${slide.image}" alt="Slide ${slide.no}: ${escapeHtml(slide.title)}">
  <div class="notes">${slide.notesHtml || '<p class="none">No speaker notes for this slide.</p>'}</div>
</section>`).join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(options.title)} (speaker notes)</title>
<style>
${fonts}
@page { size: ${options.paper === 'letter'
  ? 'Letter'
  : 'A4'}; margin: 14mm 16mm 16mm; }
* { box-sizing: border-box; }
html { font-family: Inter, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1d23; }
body { margin: 0; }
header { margin-bottom: 5mm; border-bottom: 0.5pt solid #9aa0a8; padding-bottom: 3mm; }
header h1 { font-family: 'Source Serif 4', serif; font-weight: 600; font-size: 16pt; line-height: 1.25; margin: 0 0 1mm; }
header p { margin: 0; color: #4a5059; }
section { break-before: page; }
header + section { break-before: avoid; }
h2 { font-family: 'Source Serif 4', serif; font-weight: 600; font-size: 13pt; line-height: 1.3; margin: 0 0 3mm; }
h2 .no { font-family: Inter, sans-serif; font-weight: 600; font-size: 9pt; color: #4a5059; display: block; letter-spacing: 0.02em; }
img { display: block; width: 100%; aspect-ratio: ${CANVAS.width} / ${CANVAS.height}; border: 1px solid #6b7280; break-inside: avoid; margin-bottom: 4mm; }
.notes p { margin: 0 0 2.5mm; orphans: 3; widows: 3; }
.notes ul, .notes ol { margin: 0 0 2.5mm; padding-left: 6mm; }
.notes strong, .notes b { font-weight: 600; }
.notes .none { color: #4a5059; font-style: italic; }
.notes .slidev-note-click-mark::before { content: 'click ' attr(data-clicks); font-size: 7.5pt; color: #4a5059; border: 0.5pt solid #9aa0a8; border-radius: 2pt; padding: 0 1mm; margin-right: 1mm; }
</style>
</head>
<body>
<header>
  <h1>${escapeHtml(options.title)}</h1>
  <p>Speaker notes handout · ${escapeHtml(options.author)} · ${total} slides</p>
</header>
${sections}
</body>
</html>`
}

export async function exportHandout(options: HandoutOptions): Promise<{ pages: number }> {
  const deck = await loadDeck()
  const server = await serveStatic(options.dist, builtBase(options.dist))
  const browser = await launchChromium()
  try {
    const context = await deckContext(browser, server.origin, { scale: 1.5 })
    // Notes are read in a second browser context while the first takes the pictures. Not a
    // second tab: Slidev syncs the current slide between tabs, and they would pull each other along.
    const notesContext = await deckContext(browser, server.origin)
    const notes = timed('handout: notes from the reading view', notesContext.newPage().then(page => readingNotes(page, server.url, deck.slides.length)))
    // Pictures from the print page of the same build (scripts/print.ts), each slide in
    // its final click state, in one page load.
    const session = await openPrintPage({
      dist: options.dist,
      base: builtBase(options.dist),
      scale: 1.5,
      browser,
    })
    const pictures = (await timed('handout: slide pictures', printPictures(session.page, 'jpeg', 85))).map(jpeg => `data:image/jpeg;base64,${jpeg.toString('base64')}`)
    await session.close()
    options.onSlide?.(deck.slides.length, deck.slides.length)
    const notesByNo = await notes
    const slides = deck.slides.map((slide, i) => ({
      no: slide.no,
      title: slide.title.replace(/<[^>]+>/g, '') || `Slide ${slide.no}`,
      image: pictures[i]!,
      notesHtml: slide.no === options.dropNotesOf
        ? ''
        : notesByNo.get(slide.no) ?? '',
    }))
    const title = String(deck.headmatter.title ?? 'Briefing')
    const author = String(deck.headmatter.author ?? '')
    const print = await context.newPage()
    await print.setContent(handoutHtml({
      title,
      author,
      paper: options.paper ?? 'a4',
      slides,
    }), { waitUntil: 'load', timeout: 180_000 })
    await print.evaluate(() => document.fonts.ready)
    const bytes = await print.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="width:100%;font-size:8px;color:#4a5059;font-family:sans-serif;padding:0 16mm;display:flex;justify-content:space-between"><span>${escapeHtml(title)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    })
    const pdf = await PDFDocument.load(bytes)
    pdf.setTitle(`${title} (speaker notes)`)
    pdf.setAuthor(author)
    pdf.setSubject('Speaker notes handout: every slide with its notes')
    writeFileSync(options.out, await pdf.save())
    return {
      pages: pdf.getPageCount(),
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
}
