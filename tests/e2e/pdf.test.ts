// Runs the real export and reads the real PDF, as a reader of the handout would.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { references } from '../../lib/references.ts'
import { loadDeck, ROOT } from '../../scripts/deck.ts'
import { pdfLinks } from './pdf-links.ts'

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
    const doc = await getDocument({
      data: bytes.slice(),
      useSystemFonts: false,
    }).promise
    const empty: number[] = []
    for (let i = 1; i <= doc.numPages; i++) {
      const text = await (await doc.getPage(i)).getTextContent()
      const words = text.items.map(item => ('str' in item
        ? item.str
        : '')).join(' ').trim()
      if (words.length < 10)
        empty.push(i)
    }
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
