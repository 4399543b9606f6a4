// The other exports, each run once through scripts/export.ts as a user would run it:
// step-by-step PDF, speaker-notes handout, PPTX and PNG.
// (The plain PDF is tested in pdf.test.ts; it has one page per visible slide.)
import type { DeckSlide } from '../../scripts/deck.ts'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { argumentSteps } from '../../data/argument.ts'
import { loadDeck, ROOT } from '../../scripts/deck.ts'
import { plainNotes } from '../../scripts/pptx.ts'
import { CANVAS } from '../../scripts/slide-page.ts'
import { normalText, pdfPageTexts, readPptx, squash } from '../../scripts/verify-export.ts'
import { markdownHeadings, readPdf } from './pdf-read.ts'

const work = mkdtempSync(join(tmpdir(), 'briefing-exports-'))
const files = {
  steps: join(work, 'steps.pdf'),
  notes: join(work, 'notes.pdf'),
  pptx: join(work, 'deck.pptx'),
  png: join(work, 'png'),
}
let slides: DeckSlide[]

function exportWith(args: string[]): void {
  const started = Date.now()
  execFileSync(resolve(ROOT, 'node_modules/.bin/node'), ['scripts/export.ts', ...args], { cwd: ROOT, stdio: 'inherit' })
  console.log(`[exports] ${args.join(' ')}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/** The text of every page of a PDF file, pages joined. */
async function pdfText(file: string): Promise<string> {
  return (await pdfPageTexts(new Uint8Array(readFileSync(file)))).join(' ')
}

/** The words of a note as the reader sees them: no [click] markers, no Markdown syntax. */
function noteWords(note: string): string[] {
  return note
    .replace(/\[click(?::\d+)?\]/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(word => /[a-z\d]/i.test(word))
}

/** File names in a zip, read from its central directory. */
function zipEntries(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = bytes.length - 22
  while (end >= 0 && view.getUint32(end, true) !== 0x06054B50)
    end--
  if (end < 0)
    throw new Error('no zip end-of-central-directory record')
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const names: string[] = []
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014B50)
      throw new Error(`bad central directory entry ${i}`)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    names.push(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)))
    at += 46 + nameLength + extraLength + commentLength
  }
  return names
}

beforeAll(async () => {
  slides = (await loadDeck()).slides
  const dist = resolve(ROOT, 'dist')
  exportWith([
    '--with-clicks',
    '--dist',
    dist,
    '--out',
    files.steps,
  ])
  // The handout prints from the deck built for the e2e tests (tests/e2e/global-setup.ts).
  exportWith([
    '--format',
    'notes',
    '--dist',
    resolve(ROOT, 'dist'),
    '--out',
    files.notes,
  ])
  exportWith([
    '--format',
    'pptx',
    '--dist',
    dist,
    '--out',
    files.pptx,
  ])
  exportWith([
    '--format',
    'png',
    '--dist',
    dist,
    '--out',
    files.png,
  ])
  for (const file of Object.values(files)) {
    const size = statSync(file).isDirectory()
      ? readdirSync(file).reduce((sum, f) => sum + statSync(join(file, f)).size, 0)
      : statSync(file).size
    console.log(`[exports] ${file}: ${Math.round(size / 1024)} KB`)
  }
}, 900_000)

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

describe('the step-by-step PDF', () => {
  it('has a page per click, so more pages than the one-per-slide PDF', async () => {
    const pdf = await PDFDocument.load(readFileSync(files.steps))
    expect(slides.some(s => s.clicks)).toBe(true)
    expect(pdf.getPageCount()).toBeGreaterThan(slides.length)
  })
})

describe('navigation in the step-by-step PDF', () => {
  it('opens every outline entry on its slide\'s FIRST step, and only slide starts carry an H1', async () => {
    const facts = await readPdf(files.steps)
    // A slide's first step is the only page of that slide with its headline as H1.
    const starts = facts.pages.filter(p => p.roles.includes('H1')).map(p => p.page)
    expect(starts).toHaveLength(slides.length)
    expect(facts.outline.map(o => o.page)).toEqual(starts)
  })

  it('titles each outline entry with its slide\'s headline, spaces kept where the headline wraps', async () => {
    const facts = await readPdf(files.steps)
    expect(facts.outline.map(o => [o.title, ...o.children].map(normalText)))
      .toEqual(slides.map(s => markdownHeadings(s.content).map(normalText)))
  })

  it('links each roadmap node to the first step of its section', async () => {
    const facts = await readPdf(files.steps)
    const starts = facts.pages.filter(p => p.roles.includes('H1')).map(p => p.page)
    const aliasNo = new Map(slides.map(s => [s.routeAlias, s.no]))
    const expected = argumentSteps.map(step => starts[aliasNo.get(step.alias)! - 1]).sort((a, b) => a! - b!)
    // Source lines link to the reference list too: those links are not the roadmap's.
    const referencePages = new Set(slides.filter(s => (s.routeAlias ?? '').startsWith('references-')).map(s => starts[s.no - 1]))
    const roadmapPages = slides.filter(s => s.content.includes('<ArgumentMap')).map(s => facts.pages.find(p => p.page === starts[s.no - 1])!)
    expect(roadmapPages.length).toBeGreaterThan(0)
    for (const page of roadmapPages) {
      expect(page.links.flatMap(l => l.page && !referencePages.has(l.page)
        ? [l.page]
        : []).sort((a, b) => a - b), `page ${page.page}`).toEqual(expected)
    }
  })
})

describe('the speaker-notes handout', () => {
  it('has every slide\'s notes in it, word for word', async () => {
    // The handout marks each [click] in the notes with a "click N" label: not the note's words.
    const text = squash((await pdfText(files.notes)).replace(/\bclick \d+\b/g, ' '))
    const missing: string[] = []
    for (const slide of slides) {
      const words = noteWords(slide.note)
      if (!words.length)
        continue
      // The start and the end of each note, so a note cut short is caught too.
      for (const part of [
        words.slice(0, 8),
        words.slice(-8),
      ]) {
        if (!text.includes(squash(part.join(' '))))
          missing.push(`slide ${slide.no}: "${part.join(' ')}"`)
      }
    }
    expect(slides.filter(s => s.note.trim()).length).toBeGreaterThan(0)
    expect(missing).toEqual([])
  })

  it('shows every slide, on A4 pages', async () => {
    const pdf = await PDFDocument.load(readFileSync(files.notes))
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(slides.length)
    const { width, height } = pdf.getPage(0).getSize()
    expect([
      Math.round(width),
      Math.round(height),
    ]).toEqual([595, 842])
    const text = squash(await pdfText(files.notes))
    for (const slide of slides)
      expect(text).toContain(squash(`Slide ${slide.no} of ${slides.length}`))
  })
})

describe('the PPTX', () => {
  it('is a valid zip with one slide per visible slide', () => {
    const bytes = new Uint8Array(readFileSync(files.pptx))
    expect(String.fromCharCode(...bytes.subarray(0, 2))).toBe('PK')
    const names = zipEntries(bytes)
    expect(names).toContain('[Content_Types].xml')
    expect(names).toContain('ppt/presentation.xml')
    expect(names.filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(slides.length)
  })
})

describe('the PPTX for a PowerPoint user', () => {
  it('has each slide\'s headline in the title placeholder, alt text on the picture, and the notes', async () => {
    const facts = await readPptx(new Uint8Array(readFileSync(files.pptx)))
    expect(facts).toHaveLength(slides.length)
    expect(facts.every(f => f.titlePlaceholder)).toBe(true)
    // The headline as the slide shows it (slide 1: its own heading, not the document title).
    facts.slice(1).forEach((f, i) => expect(squash(f.title), `slide ${i + 2}`).toBe(squash(slides[i + 1]!.title)))
    expect(facts.filter(f => f.alt.length < 10).map((_, i) => i + 1)).toEqual([])
    const map = facts[slides.findIndex(s => s.content.includes('<AttackMap'))]!
    expect(map.alt).toMatch(/linked to ISIS-K/)
    for (const [i, slide] of slides.entries()) {
      if (slide.note.trim())
        expect(squash(facts[i]!.notes), `notes of slide ${i + 1}`).toContain(squash(plainNotes(slide.note)).slice(0, 80))
    }
  })

  it('opens in LibreOffice Impress, one page per slide (skipped when soffice is not installed)', () => {
    if (spawnSync('soffice', ['--version']).error) {
      console.log('[exports] soffice not installed: LibreOffice conversion skipped')
      return
    }
    const outDir = join(work, 'libreoffice')
    execFileSync('soffice', [
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      files.pptx,
    ], { stdio: 'inherit', timeout: 600_000 })
    const converted = join(outDir, 'deck.pdf')
    return PDFDocument.load(readFileSync(converted)).then(pdf => expect(pdf.getPageCount()).toBe(slides.length))
  }, 600_000)
})

describe('the PNG export', () => {
  it('has one image per visible slide, named in slide order', () => {
    const pngs = readdirSync(files.png).filter(f => f.endsWith('.png')).sort()
    expect(pngs).toEqual(slides.map(s => `${String(s.no).padStart(2, '0')}.png`))
    const first = readFileSync(join(files.png, pngs[0]!))
    // IHDR: twice the 980x552 canvas (Slidev's default --scale 2).
    expect([
      first.readUInt32BE(16),
      first.readUInt32BE(20),
    ]).toEqual([CANVAS.width * 2, CANVAS.height * 2])
    expect(readdirSync(work).filter(f => f.includes('.partial'))).toEqual([])
  })
})
