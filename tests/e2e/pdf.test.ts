import type { PdfFacts } from './pdf-read.ts'
// Runs the real export and reads the real PDF, as a reader of the handout would.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { argumentSteps } from '../../data/argument.ts'
import { references } from '../../lib/references.ts'
import { loadDeck, ROOT } from '../../scripts/deck.ts'
import { builtBase, PRINT_DIST } from '../../scripts/print-build.ts'
import { openPrintPage } from '../../scripts/print.ts'
import { normalText, pdfPageTexts } from '../../scripts/verify-export.ts'
import { pdfLinks } from './pdf-links.ts'
import { doubledRuns, markdownHeadings, readPdf } from './pdf-read.ts'

const out = join(mkdtempSync(join(tmpdir(), 'briefing-pdf-')), 'deck.pdf')
let bytes: Uint8Array
let deck: Awaited<ReturnType<typeof loadDeck>>

beforeAll(() => {
  execFileSync(resolve(ROOT, 'node_modules/.bin/node'), ['scripts/export.ts', '--out', out], { cwd: ROOT, stdio: 'inherit' })
  bytes = new Uint8Array(readFileSync(out))
}, 600_000)

beforeAll(async () => {
  deck = await loadDeck()
})

/** Names of fonts on every page that carry no embedded font program. */
function fontsNotEmbedded(pdf: PDFDocument): string[] {
  const missing: string[] = []
  for (const page of pdf.getPages()) {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict)
    if (!fonts)
      continue
    for (const [name, ref] of fonts.entries()) {
      let font = pdf.context.lookup(ref, PDFDict)
      // Type0 (CID) fonts keep their descriptor on the first descendant font.
      const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)
      if (descendants)
        font = descendants.lookup(0, PDFDict)
      const descriptor = font.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict)
      // Type 3 fonts (Chromium's outlined SVG text) carry their glyphs as CharProcs.
      const embedded = font.has(PDFName.of('CharProcs'))
        || (descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some(key => descriptor.has(PDFName.of(key))))
      if (!embedded)
        missing.push(`${String(font.get(PDFName.of('BaseFont')) ?? name)} on page ${pdf.getPages().indexOf(page) + 1}`)
    }
  }
  return missing
}

/** Named (non-Type 3) fonts in the PDF, without their subset prefix. */
function namedFonts(pdf: PDFDocument): Set<string> {
  const names = new Set<string>()
  for (const page of pdf.getPages()) {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict)
    for (const [, ref] of fonts?.entries() ?? []) {
      const base = pdf.context.lookup(ref, PDFDict).get(PDFName.of('BaseFont'))
      if (base)
        names.add(String(base).replace(/^\/([A-Z]{6}\+)?/, ''))
    }
  }
  return names
}

describe('the exported PDF', () => {
  it('has one page per visible slide', async () => {
    const pdf = await PDFDocument.load(bytes)
    expect(pdf.getPageCount()).toBe(deck.slides.length)
  })

  it('embeds every font it uses', async () => {
    const pdf = await PDFDocument.load(bytes)
    expect(fontsNotEmbedded(pdf)).toEqual([])
  })

  it('uses the deck\'s own fonts, not a fallback such as DejaVu', async () => {
    const pdf = await PDFDocument.load(bytes)
    const names = [
      ...namedFonts(pdf),
    ]
    expect(names).toEqual(expect.arrayContaining(['Inter-Regular', 'SourceSerif4-SemiBold']))
    expect(names.filter(name => !/^(?:Inter|SourceSerif4)-/.test(name))).toEqual([])
  })

  it('has extractable text on every page', async () => {
    const empty = (await pdfPageTexts(bytes)).flatMap((text, i) => text.length < 10
      ? [i + 1]
      : [])
    expect(empty).toEqual([])
  })

  it('carries the deck\'s title as its title metadata, and an outline', async () => {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
    expect(pdf.getTitle()).toBe(deck.headmatter.title)
    expect(pdf.catalog.has(PDFName.of('Outlines'))).toBe(true)
  })

  it('links every source: each reference entry\'s URL is a clickable link, and source lines jump to their entries', async () => {
    const links = await pdfLinks(bytes)
    const urls = new Set(links.flatMap(l => l.url
      ? [new URL(l.url).href]
      : []))
    expect(references.filter(r => !urls.has(new URL(r.url).href)).map(r => `${r.n} ${r.id}: ${r.url}`)).toEqual([])
    // Outlets and reference numbers on the slides link inside the document, not to a web address.
    expect(links.filter(l => l.internal).length).toBeGreaterThan(20)
    expect(links.filter(l => l.url && !l.url.startsWith('https://')).map(l => `page ${l.page}: ${l.url}`)).toEqual([])
  })
})

describe('the PDF for screen readers, search and navigation', () => {
  let facts: PdfFacts
  beforeAll(async () => {
    facts = await readPdf(out)
  })

  it('is tagged, in English, and the viewer shows its title', async () => {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
    expect(pdf.catalog.has(PDFName.of('StructTreeRoot'))).toBe(true)
    expect(String(pdf.catalog.get(PDFName.of('Lang')))).toBe('(en)')
    const prefs = pdf.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict)
    expect(prefs?.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True)
  })

  it('has one H1 heading per slide, the slide\'s headline, in the structure tree', () => {
    const headings = facts.pages.map(p => p.roles.filter(r => r === 'H1').length)
    expect(headings).toEqual(deck.slides.map(() => 1))
  })

  it('tags the charts and maps as figures with their title and description as alt text', () => {
    const figures = facts.pages.flatMap(p => p.figures)
    expect(figures.length).toBeGreaterThanOrEqual(3)
    expect(figures.filter(alt => alt.trim().length < 20)).toEqual([])
    const mapPage = facts.pages[deck.slides.findIndex(s => s.content.includes('<AttackMap'))]!
    expect(mapPage.figures.join(' ')).toMatch(/linked to ISIS-K/)
  })

  it('links each roadmap node to the first page of its section', () => {
    const aliasNo = new Map(deck.slides.map(s => [s.routeAlias, s.no]))
    const expected = argumentSteps.map(step => aliasNo.get(step.alias)).sort((a, b) => a! - b!)
    const roadmaps = deck.slides.filter(s => s.content.includes('<ArgumentMap'))
    expect(roadmaps.length).toBeGreaterThan(0)
    for (const slide of roadmaps) {
      const targets = facts.pages[slide.no - 1]!.links.flatMap(l => l.page
        ? [l.page]
        : []).sort((a, b) => a - b)
      expect(targets, `roadmap on slide ${slide.no}`).toEqual(expected)
    }
  })

  it('keeps every web link of the slides (source lines, reference list) as a link annotation', async () => {
    // The build the export printed from.
    const session = await openPrintPage({
      dist: PRINT_DIST,
      base: builtBase(PRINT_DIST),
    })
    const hrefs = await session.page.evaluate(() => [
      ...document.querySelectorAll<HTMLAnchorElement>('#print-content a[href^="http"]'),
    ].map(a => a.href))
    await session.close()
    const urls = new Set(facts.pages.flatMap(p => p.links.flatMap(l => l.url
      ? [l.url]
      : [])))
    expect([
      ...new Set(hrefs),
    ].filter(href => !urls.has(href))).toEqual([])
    console.log(`[pdf] ${urls.size} web links in the PDF, ${new Set(hrefs).size} on the slides`)
  })

  it('opens each outline entry on its slide\'s page', () => {
    expect(facts.outline.map(o => o.page)).toEqual(deck.slides.map(s => s.no))
  })

  it('titles each outline entry with its slide\'s headline, word for word, with the spaces where the headline wraps', () => {
    // Chromium wrote "ran fromKabul to Moscow" for a headline wrapped after "from".
    const got = facts.outline.map(o => [o.title, ...o.children].map(normalText))
    const expected = deck.slides.map(s => markdownHeadings(s.content).map(normalText))
    expect(got).toEqual(expected)
  })

  it('holds each map label once in the text layer (no halo printed as a second copy)', () => {
    expect(facts.pages.flatMap(doubledRuns)).toEqual([])
  })

  it('holds each map label once in pdftotext -bbox as well (when poppler is installed)', () => {
    if (spawnSync('pdftotext', ['-v']).error) {
      console.log('[pdf] pdftotext not installed: -bbox check skipped')
      return
    }
    const html = execFileSync('pdftotext', ['-bbox', out, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
    const doubled: string[] = []
    html.split('<page').forEach((page, n) => {
      const seen = new Set<string>()
      for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
        const key = `${m[3]}@${Math.round(Number(m[1]))},${Math.round(Number(m[2]))}`
        if (seen.has(key))
          doubled.push(`page ${n}: ${m[3]}`)
        seen.add(key)
      }
    })
    expect(doubled).toEqual([])
  })

  it('has pages the size of the 980x552 slide (735x414 pt) within 1 pt', async () => {
    const pdf = await PDFDocument.load(bytes)
    for (const page of pdf.getPages()) {
      const { width, height } = page.getSize()
      expect(Math.abs(width - 735)).toBeLessThanOrEqual(1)
      expect(Math.abs(height - 414)).toBeLessThanOrEqual(1)
    }
  })
})
