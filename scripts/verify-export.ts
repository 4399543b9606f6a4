import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
// Checks an export before it replaces the previous file: a tool that says "written" is
// not trusted. Each check returns a list of problems, empty when the file is complete.
//   PDF:   page count, text on every page, no blank page (pixel check on a small render
//          by Poppler, or pdf.js where Poppler is not installed), only the deck's own fonts, all embedded, an outline entry per
//          slide that reads as its headline;
//   PNG:   image count, no blank image;
//   PPTX:  slide count, each slide's title, picture alt text, speaker notes;
//   notes: every slide's notes are in the handout.
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import JSZip from 'jszip'
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { timed } from './timings.ts'

/** The deck's own font families, as PDF base font names (subset prefix and style removed). */
export const DECK_FONTS = ['Inter', 'SourceSerif4'] as const

/**
 * Standard deviation of the grey levels of pixels: about 0 for a blank picture. `channels`:
 * 4 for RGBA (the grey of R, G and B), 1 for grey levels.
 */
export function greySpread(rgba: Uint8ClampedArray | Uint8Array, channels: 1 | 4 = 4): number {
  let sum = 0
  let squares = 0
  const n = rgba.length / channels
  for (let i = 0; i < rgba.length; i += channels) {
    const grey = channels === 1
      ? rgba[i]!
      : (rgba[i]! + rgba[i + 1]! + rgba[i + 2]!) / 3
    sum += grey
    squares += grey * grey
  }
  const mean = sum / n
  return Math.sqrt(Math.max(0, squares / n - mean * mean))
}

/** Below this spread (0-255 grey levels) a picture counts as blank. A slide with one headline measures about 20. */
export const BLANK_SPREAD = 2

/** Font names of a PDF (subset prefix removed), and fonts without an embedded program. */
export function pdfFonts(pdf: PDFDocument): { names: string[], type3: number, notEmbedded: string[] } {
  const names = new Set<string>()
  const notEmbedded: string[] = []
  let type3 = 0
  const seen = new Set<string>()
  for (const page of pdf.getPages()) {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict)
    for (const [, ref] of fonts?.entries() ?? []) {
      if (seen.has(String(ref)))
        continue
      seen.add(String(ref))
      let font = pdf.context.lookup(ref, PDFDict)
      if (String(font.get(PDFName.of('Subtype'))) === '/Type3') {
        type3++
        continue
      }
      const base = String(font.get(PDFName.of('BaseFont')) ?? '').replace(/^\/([A-Z]{6}\+)?/, '')
      names.add(base)
      const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)
      if (descendants)
        font = descendants.lookup(0, PDFDict)
      const descriptor = font.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict)
      if (!descriptor || !['FontFile', 'FontFile2', 'FontFile3'].some(key => descriptor.has(PDFName.of(key))))
        notEmbedded.push(base)
    }
  }
  return {
    names: [...names].sort(),
    type3,
    notEmbedded,
  }
}

/** One bookmark of a PDF's outline, in reading order. */
export interface OutlineEntry {
  title: string
  /** 0 for a top-level entry, 1 for its children... */
  depth: number
  /** The entry's dictionary, to change its title in place. */
  dict: PDFDict
}

/** Every outline entry (bookmark) of a PDF, depth first, as a viewer lists them. */
export function outlineEntries(pdf: PDFDocument): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  const seen = new Set<PDFDict>()
  const walk = (first: PDFDict | undefined, depth: number): void => {
    for (let item = first; item && !seen.has(item); item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      seen.add(item)
      const title = item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)
      entries.push({ title: title?.decodeText() ?? '', depth, dict: item })
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1)
    }
  }
  walk(pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict), 0)
  return entries
}

/** Text compared as a reader sees it: runs of white space as one space, curly apostrophes straight. */
export function normalText(text: string): string {
  return text.replace(/[\u2018\u2019]/g, '\'').replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim()
}

/**
 * Outline problems: the top-level entries must read exactly `titles` (each slide's headline,
 * white space normalised). Chromium builds each title from the heading's drawn lines and
 * drops the space where a headline wraps ("ran fromKabul"); print.ts puts it back.
 */
export function outlineProblems(pdf: PDFDocument, titles: readonly string[]): string[] {
  const top = outlineEntries(pdf).filter(entry => entry.depth === 0).map(entry => entry.title)
  if (!top.length)
    return ['it has no outline (bookmarks)']
  const problems: string[] = []
  if (top.length !== titles.length)
    problems.push(`its outline has ${top.length} top-level entries, expected ${titles.length}`)
  const wrong = top.flatMap((title, i) => titles[i] !== undefined && normalText(title) !== normalText(titles[i]!)
    ? [`outline entry ${i + 1} reads "${title}", the slide's headline is "${titles[i]}"`]
    : [])
  problems.push(...wrong.slice(0, 3))
  if (wrong.length > 3)
    problems.push(`and ${wrong.length - 3} more outline entries that differ from their headlines`)
  return problems
}

/** @napi-rs/canvas, a native module (about 0.2 s to load): only the PNG check and pdf.js's render need it. */
function loadCanvas(): Promise<typeof import('@napi-rs/canvas')> {
  return import('@napi-rs/canvas')
}

let pdfReader: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined

/**
 * Loads pdf.js once (about 0.3 s of CPU). An export starts it while the browser works, so
 * the check does not wait for it after the PDF is printed.
 */
export function loadPdfReader(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  pdfReader ??= import('pdfjs-dist/legacy/build/pdf.mjs')
  return pdfReader
}

/** A PDF opened with pdf.js (on a copy: pdf.js takes ownership of the buffer it is given). */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const { getDocument } = await loadPdfReader()
  return getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    verbosity: 0,
  }).promise
}

/** The text of each page of a PDF, read with pdf.js. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  return (await readPdfPages(bytes, { render: false })).map(page => page.text)
}

/** What the checks read of one PDF page. */
export interface PdfPageReading {
  /** The page's text, runs joined by spaces, whitespace collapsed. */
  text: string
  /** The page renders blank at about 100 px wide (grey spread below BLANK_SPREAD); false when not rendered. */
  blank: boolean
}

/**
 * Each page's text and, with `render` (the default), a pixel check of a render about
 * 100 px wide. Read with Poppler (pdftotext, pdftoppm) when it is installed: the same
 * readings for about an eighth of pdf.js's CPU time (38 slides: 0.3 s against 2.8 s);
 * else, or when Poppler fails, with pdf.js (readPdfPagesPdfjs). BRIEFING_PDF_READER=pdfjs
 * forces pdf.js.
 */
export async function readPdfPages(bytes: Uint8Array, options: { render?: boolean } = {}): Promise<PdfPageReading[]> {
  if (process.env.BRIEFING_PDF_READER !== 'pdfjs' && hasPoppler()) {
    const pages = await readPdfPagesPoppler(bytes, options).catch(() => undefined)
    if (pages)
      return pages
  }
  return readPdfPagesPdfjs(bytes, options)
}

let poppler: boolean | undefined

/**
 * Whether Poppler's command-line tools (poppler-utils) are on the PATH: looked up as
 * files, since running them (spawnSync) would block the export's event loop, and its page
 * server with it, for about 0.2 s.
 */
export function hasPoppler(): boolean {
  poppler ??= ['pdftotext', 'pdftoppm'].every(tool => (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, tool), constants.X_OK)
      return true
    }
    catch {
      return false
    }
  }))
  return poppler
}

/** Runs a tool with `input` on stdin; resolves to its stdout, rejects on a non-zero exit. */
function pipeThrough(command: string, args: string[], input: Uint8Array): Promise<Buffer> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      stdio: ['pipe', 'pipe', 'ignore'],
    })
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.on('error', fail)
    child.on('close', code => code === 0
      ? done(Buffer.concat(chunks))
      : fail(new Error(`${command} exited with code ${code}`)))
    child.stdin.on('error', () => undefined)
    child.stdin.end(input)
  })
}

/**
 * Splits pdftoppm's stdout (one binary PGM, `P5`, per page, one after the other) into
 * the pages' grey levels. Throws on anything else.
 */
export function splitPgm(data: Uint8Array): { width: number, height: number, grey: Uint8Array }[] {
  const images: { width: number, height: number, grey: Uint8Array }[] = []
  let at = 0
  const token = (): string => {
    // White space and `#` comments separate the header's fields.
    for (;;) {
      while (at < data.length && /\s/.test(String.fromCharCode(data[at]!)))
        at++
      if (data[at] !== 0x23)
        break
      while (at < data.length && data[at] !== 0x0A)
        at++
    }
    const start = at
    while (at < data.length && !/\s/.test(String.fromCharCode(data[at]!)))
      at++
    return String.fromCharCode(...data.subarray(start, at))
  }
  while (at < data.length) {
    if (token() !== 'P5')
      throw new Error('pdftoppm did not write a binary PGM')
    const width = Number(token())
    const height = Number(token())
    if (Number(token()) !== 255 || !(width > 0) || !(height > 0))
      throw new Error('unexpected PGM header')
    at++ // the single white-space byte before the pixels
    images.push({
      width,
      height,
      grey: data.subarray(at, at + width * height),
    })
    at += width * height
  }
  return images
}

/** readPdfPages with Poppler: pdftotext for the text, pdftoppm at 100 px wide in grey, side by side. */
async function readPdfPagesPoppler(bytes: Uint8Array, options: { render?: boolean } = {}): Promise<PdfPageReading[]> {
  const [text, pixels] = await Promise.all([
    pipeThrough('pdftotext', ['-q', '-enc', 'UTF-8', 'fd://0', '-'], bytes),
    options.render === false
      ? undefined
      : pipeThrough('pdftoppm', [
          '-q',
          '-gray',
          '-scale-to-x',
          '100',
          '-scale-to-y',
          '-1',
          'fd://0',
        ], bytes),
  ])
  // pdftotext ends every page with a form feed.
  const texts = text.toString('utf8').split('\f').slice(0, -1).map(page => page.replace(/\s+/g, ' ').trim())
  const renders = pixels
    ? splitPgm(pixels)
    : undefined
  if (renders && renders.length !== texts.length)
    throw new Error(`pdftotext read ${texts.length} pages, pdftoppm ${renders.length}`)
  return texts.map((page, i) => ({
    text: page,
    blank: renders
      ? greySpread(renders[i]!.grey, 1) < BLANK_SPREAD
      : false,
  }))
}

/** readPdfPages with pdf.js: one pass over one document, so each page and its fonts are parsed once. */
export async function readPdfPagesPdfjs(bytes: Uint8Array, options: { render?: boolean } = {}): Promise<PdfPageReading[]> {
  const doc = await openPdf(bytes)
  const pages: PdfPageReading[] = []
  try {
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i)
      const content = await page.getTextContent()
      const text = content.items.map(item => ('str' in item
        ? item.str
        : '')).join(' ').replace(/\s+/g, ' ').trim()
      let blank = false
      if (options.render !== false) {
        const viewport = page.getViewport({ scale: 100 / page.getViewport({ scale: 1 }).width })
        const canvas = (await loadCanvas()).createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
        const context = canvas.getContext('2d')
        await page.render({ canvas: canvas as any, canvasContext: context as any, viewport }).promise
        blank = greySpread(context.getImageData(0, 0, canvas.width, canvas.height).data) < BLANK_SPREAD
      }
      pages.push({ text, blank })
      page.cleanup()
    }
  }
  finally {
    await doc.destroy()
  }
  return pages
}

/** Problems of a PDF with `pages` pages expected (one per slide, or per click). */
export async function checkPdf(bytes: Uint8Array, expected: { pages: number, fonts?: readonly string[], outline?: readonly string[] }): Promise<string[]> {
  const problems: string[] = []
  // The text and pixel reading (Poppler's own processes, where installed) runs while pdf-lib parses.
  const reading = timed('check: text + blank render', readPdfPages(bytes))
  reading.catch(() => undefined)
  let pdf: PDFDocument
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })
  }
  catch (error) {
    return [`the PDF cannot be read (${(error as Error).message})`]
  }
  if (pdf.getPageCount() !== expected.pages)
    problems.push(`it has ${pdf.getPageCount()} pages, expected ${expected.pages}`)
  if (pdf.getPageCount() === 0)
    return problems
  const read = await reading
  const empty = read.flatMap((page, i) => page.text
    ? []
    : [i + 1])
  if (empty.length) {
    problems.push(`page${empty.length > 1
      ? 's'
      : ''} ${empty.join(', ')} carr${empty.length > 1
      ? 'y'
      : 'ies'} no text`)
  }
  const blank = read.flatMap((page, i) => page.blank
    ? [i + 1]
    : [])
  if (blank.length) {
    problems.push(`page${blank.length > 1
      ? 's'
      : ''} ${blank.join(', ')} render${blank.length > 1
      ? ''
      : 's'} blank`)
  }
  const fonts = pdfFonts(pdf)
  const allowed = expected.fonts ?? DECK_FONTS
  const foreign = fonts.names.filter(name => !allowed.some(family => name === family || name.startsWith(`${family}-`)))
  if (foreign.length)
    problems.push(`it uses fonts that are not the deck's own: ${foreign.join(', ')} (the deck's fonts did not load)`)
  if (fonts.type3)
    problems.push(`it has ${fonts.type3} Type 3 font(s): text drawn as outlines (a stroked label?) is doubled in the text layer`)
  if (fonts.notEmbedded.length)
    problems.push(`fonts not embedded: ${fonts.notEmbedded.join(', ')}`)
  if (expected.outline)
    problems.push(...outlineProblems(pdf, expected.outline))
  return problems
}

/** Problems of a folder of PNG images with `count` expected. */
export async function checkPngFolder(folder: string, count: number): Promise<string[]> {
  const files = readdirSync(folder).filter(file => file.endsWith('.png')).sort()
  const problems: string[] = []
  if (files.length !== count)
    problems.push(`it holds ${files.length} images, expected ${count}`)
  const blank: string[] = []
  for (const file of files) {
    const { createCanvas, loadImage } = await loadCanvas()
    const image = await loadImage(readFileSync(join(folder, file)))
    const canvas = createCanvas(98, 55)
    const context = canvas.getContext('2d')
    context.drawImage(image, 0, 0, 98, 55)
    if (greySpread(context.getImageData(0, 0, 98, 55).data) < BLANK_SPREAD)
      blank.push(file)
  }
  if (blank.length) {
    problems.push(`blank image${blank.length > 1
      ? 's'
      : ''}: ${blank.join(', ')}`)
  }
  return problems
}

/** Text of the `<a:t>` runs of a slide part of a PPTX. */
function runsOf(xml: string): string {
  return [
    ...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g),
  ].map(m => m[1]).join(' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'')
}

export interface PptxSlideFacts {
  title: string
  alt: string
  notes: string
  /** The title is in a title placeholder. */
  titlePlaceholder: boolean
}

/** Each slide of a PPTX, in order: title, picture alt text, notes. */
export async function readPptx(bytes: Uint8Array): Promise<PptxSlideFacts[]> {
  const zip = await JSZip.loadAsync(bytes)
  const slideFiles = Object.keys(zip.files)
    .filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
  const facts: PptxSlideFacts[] = []
  for (const file of slideFiles) {
    const xml = await zip.file(file)!.async('string')
    const titleShape = [
      ...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g),
    ].map(m => m[0]).find(shape => /<p:ph\s[^>]*type="title"/.test(shape)) ?? ''
    const alt = xml.match(/<p:pic>[\s\S]*?<p:cNvPr [^>]*descr="([^"]*)"/)?.[1] ?? ''
    const rels = await zip.file(file.replace('slides/', 'slides/_rels/').replace('.xml', '.xml.rels'))?.async('string') ?? ''
    const notesTarget = rels.match(/Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/)?.[1]
    const notesXml = notesTarget
      ? await zip.file(`ppt/notesSlides/${notesTarget}`)?.async('string') ?? ''
      : ''
    facts.push({
      title: runsOf(titleShape),
      alt: alt.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, '\''),
      notes: runsOf(notesXml),
      titlePlaceholder: Boolean(titleShape),
    })
  }
  return facts
}

/** Letters and digits only, lower case, to compare text across line breaks and markup. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z\d]/g, '')
}

/** Problems of a PPTX that should hold these slides (title and notes each). */
export async function checkPptx(bytes: Uint8Array, expected: { title: string, notes: string }[]): Promise<string[]> {
  let facts: PptxSlideFacts[]
  try {
    facts = await readPptx(bytes)
  }
  catch (error) {
    return [`the PPTX cannot be read (${(error as Error).message})`]
  }
  const problems: string[] = []
  if (facts.length !== expected.length)
    problems.push(`it has ${facts.length} slides, expected ${expected.length}`)
  facts.forEach((slide, i) => {
    const want = expected[i]
    if (!want)
      return
    if (want.title && squash(slide.title) !== squash(want.title))
      problems.push(`slide ${i + 1}: title "${slide.title}", expected "${want.title}"`)
    if (!slide.alt)
      problems.push(`slide ${i + 1}: the picture has no alt text`)
    if (want.notes && !squash(slide.notes).includes(squash(want.notes).slice(0, 60)))
      problems.push(`slide ${i + 1}: speaker notes missing`)
  })
  return problems
}

/** Problems of a notes handout: each slide's notes (their first words) must be in it. */
export async function checkHandout(bytes: Uint8Array, notes: { no: number, text: string }[]): Promise<string[]> {
  const text = squash((await pdfPageTexts(bytes)).join(' '))
  const missing = notes.filter(note => note.text && !text.includes(squash(note.text).slice(0, 60))).map(note => note.no)
  return missing.length
    ? [`the notes of slide${missing.length > 1
        ? 's'
        : ''} ${missing.join(', ')} are missing`]
    : []
}
