import type { Browser } from 'playwright-chromium'
// Exports the deck with the browser from scripts/browser.ts.
//   npm run export                 -> exports/isis-k-briefing.pdf        one page per slide, tagged, with outline
//   npm run export:steps           -> exports/isis-k-briefing-steps.pdf  one page per click (--with-clicks)
//   npm run export:notes           -> exports/isis-k-briefing-notes.pdf  each slide with its speaker notes, A4
//   npm run export:notes -- --paper letter  -> exports/isis-k-briefing-notes-letter.pdf
//   npm run export:pptx            -> exports/isis-k-briefing.pptx       one slide per slide: title, picture, notes
//   npm run export:png             -> exports/isis-k-briefing-png/01.png ... one image per slide
//   npm run export -- --out my.pdf -> another path (any format)
//   npm run export -- --dist dist  -> print from that build instead of .cache/print-dist
//   npm run export -- --slidev     -> Slidev's own `slidev export` (the fallback; PDF, PNG, PPTX)
// Every format is printed from a built site (scripts/print.ts): built once into
// .cache/print-dist and reused while the sources are unchanged. Every export is written
// to a temporary file (or folder) beside the target, checked (scripts/verify-export.ts),
// and renamed over the target only when the check passed, so a failed or incomplete
// export never replaces the previous one.
import type { loadDeck } from './deck.ts'
import type { Paper } from './handout.ts'
import type { DeckMeta } from './print.ts'
import type { DeckTab } from './slide-page.ts'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { browserForSlidevExport, requireBrowser } from './browser.ts'
import { makeWritableDir } from './out-dir.ts'
import { ensurePrintBuild, SLIDEV } from './print-build.ts'
import { sinceStart, timed } from './timings.ts'

/** The project folder (as scripts/deck.ts's ROOT, without loading the Slidev parser). */
const ROOT = resolve(import.meta.dirname, '..')

let deckModule: typeof import('./deck.ts')
let handout: typeof import('./handout.ts')
let pptx: typeof import('./pptx.ts')
let print: typeof import('./print.ts')
let verify: typeof import('./verify-export.ts')

/**
 * The export's other modules (pdf-lib, the Slidev parser, pptxgenjs, JSZip...): loaded
 * once the browser is launching, so the two overlap. Only Playwright is loaded up front,
 * and only what `format` uses is loaded at all (every module costs CPU the browser needs).
 */
async function loadModules(format: Format): Promise<void> {
  [deckModule, handout, pptx, print, verify] = await Promise.all([
    import('./deck.ts'),
    format === 'notes'
      ? import('./handout.ts')
      : undefined as never,
    format === 'notes' || format === 'pptx'
      ? import('./pptx.ts')
      : undefined as never,
    import('./print.ts'),
    import('./verify-export.ts'),
  ])
}

export const FORMATS = ['pdf', 'pptx', 'png', 'notes'] as const
export type Format = typeof FORMATS[number]
export const PAPERS = ['a4', 'letter'] as const

const NAME = 'isis-k-briefing'
export const DEFAULT_PDF = resolve(ROOT, `exports/${NAME}.pdf`)

export interface ExportOptions {
  out?: string
  format?: Format
  /** PDF, PPTX, PNG: one page / slide / image per click instead of per slide. */
  withClicks?: boolean
  /** Notes handout only. */
  paper?: Paper
  /** Print from this built deck instead of .cache/print-dist (built or reused). */
  dist?: string
  /** Use Slidev's own `slidev export` (PDF, PNG, PPTX) instead of printing the built site. */
  slidev?: boolean
}

export function defaultOut(options: ExportOptions): string {
  const steps = options.withClicks
    ? '-steps'
    : ''
  switch (options.format ?? 'pdf') {
    case 'pptx': return resolve(ROOT, `exports/${NAME}${steps}.pptx`)
    case 'png': return resolve(ROOT, `exports/${NAME}${steps}-png`)
    case 'notes': return resolve(ROOT, `exports/${NAME}-notes${options.paper === 'letter'
      ? '-letter'
      : ''}.pdf`)
    default: return resolve(ROOT, `exports/${NAME}${steps}.pdf`)
  }
}

const LABEL: Record<Format, string> = {
  pdf: 'PDF',
  pptx: 'PPTX',
  png: 'PNG images',
  notes: 'Notes handout',
}

function fail(message: string): never {
  console.error(`\nExport failed: ${message}\n`)
  process.exit(1)
}

/** Makes sure the target's folder exists and can be written, before any work is done. */
function checkWritable(target: string, folder: boolean): void {
  const problem = makeWritableDir(dirname(target))
  if (problem)
    fail(`${problem}. Choose another path with --out.`)
  if (existsSync(target) && statSync(target).isDirectory() !== folder)
    fail(`${target} is a ${folder ? 'file, not a folder' : 'folder, not a file path'}.`)
}

/** Runs a command; on a terminal Slidev draws its own progress bar, elsewhere we say it is still going. */
function run(command: string, args: string[], what: string): Promise<number> {
  const started = Date.now()
  const ticker = process.stdout.isTTY
    ? undefined
    : setInterval(() => console.log(`  ... ${what}, ${Math.round((Date.now() - started) / 1000)} s so far`), 15_000)
  return new Promise<number>((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' })
    child.on('close', c => done(c ?? 1))
    child.on('error', () => done(1))
  }).finally(() => clearInterval(ticker))
}

/** Slidev names PNGs 1.png, 2.png (or 3-1.png per click): pad them so they sort. */
function padPngNames(folder: string): void {
  for (const file of readdirSync(folder)) {
    const padded = file.replace(/^(\d+)(?=[-.])/, n => n.padStart(2, '0'))
    if (padded !== file)
      renameSync(join(folder, file), join(folder, padded))
  }
}

/** The fallback: Slidev's own `slidev export` (a dev server, Vite compiling on demand). */
async function slidevExport(format: Exclude<Format, 'notes'>, temp: string, executablePath: string, withClicks: boolean): Promise<string | undefined> {
  const args = [
    'export',
    'slides.md',
    '--output',
    temp,
    '--format',
    format,
    '--executable-path',
    executablePath,
    '--timeout',
    '90000',
  ]
  if (format === 'pdf')
    args.push('--with-toc')
  // PPTX defaults to one slide per click in Slidev; we keep it one slide per slide unless asked.
  args.push(withClicks ? '--with-clicks' : '--no-with-clicks')
  const code = await run(SLIDEV, args, `exporting ${LABEL[format]}`)
  if (code !== 0)
    return `slidev export exited with code ${code}`
  if (format === 'png' && existsSync(temp))
    padPngNames(temp)
  return undefined
}

type PrintBuild = Awaited<ReturnType<typeof ensurePrintBuild>>

async function printExport(format: Exclude<Format, 'notes'>, temp: string, options: ExportOptions, deck: Awaited<ReturnType<typeof loadDeck>>, meta: DeckMeta, built: Promise<PrintBuild>, browser: Promise<Browser>, tab: Promise<DeckTab>): Promise<string[]> {
  let build: PrintBuild
  try {
    build = await built
  }
  catch (error) {
    await browser.then(b => b.close(), () => undefined)
    throw error
  }
  const aliases = print.deckAliases(deck.slides)
  if (format === 'pdf') {
    const { bytes, problems } = await print.printCheckedPdf({
      ...build,
      withClicks: options.withClicks,
      slides: deck.slides.length,
      aliases,
      meta,
      browser,
      tab,
    })
    await timed('export: write', () => writeFileSync(temp, bytes))
    return problems
  }
  const session = await print.openPrintPage({
    dist: build.dist,
    base: build.base,
    withClicks: options.withClicks,
    scale: 2,
    aliases,
    browser,
    tab,
    closeBrowser: true,
  })
  try {
    await print.plantFault(session.page)
    const printed = print.FAULT === 'zero'
      ? []
      : session.pages
    const expectedPages = options.withClicks
      ? Math.max(session.pages.length, deck.slides.length)
      : deck.slides.length
    if (format === 'png') {
      const pictures = await print.printPictures(session.page, 'png')
      mkdirSync(temp, { recursive: true })
      printed.forEach((p, i) => {
        const name = options.withClicks
          ? `${String(p.no).padStart(2, '0')}-${Number(p.id.split('-')[1])}`
          : String(p.no).padStart(2, '0')
        if (pictures[i])
          writeFileSync(join(temp, `${name}.png`), pictures[i]!)
      })
      return verify.checkPngFolder(temp, expectedPages)
    }
    const pictures = await print.printPictures(session.page, 'jpeg', 88)
    const notesByNo = new Map(deck.slides.map(s => [
      s.no,
      pptx.plainNotes(s.note),
    ]))
    const titleByNo = new Map(deck.slides.map(s => [
      s.no,
      s.title.replace(/<[^>]+>/g, '').trim(),
    ]))
    const slides = printed.map((p, i) => ({
      title: p.title || titleByNo.get(p.no) || `Slide ${p.no}`,
      alt: p.alt || `Slide ${p.no}: ${titleByNo.get(p.no) ?? ''}`,
      notes: notesByNo.get(p.no) ?? '',
      image: pictures[i]!,
      type: 'jpeg' as const,
    })).filter(s => s.image)
    const bytes = await pptx.writePptx(slides, meta)
    writeFileSync(temp, bytes)
    // Every printed slide (every click, with --with-clicks) with its rendered headline and notes.
    const expected = session.pages.map(p => ({ title: p.title || titleByNo.get(p.no) || `Slide ${p.no}`, notes: notesByNo.get(p.no) ?? '' }))
    if (!options.withClicks && expected.length !== deck.slides.length)
      expected.length = deck.slides.length
    return verify.checkPptx(bytes, expected)
  }
  finally {
    await session.close()
  }
}

async function notesExport(temp: string, options: ExportOptions, deck: Awaited<ReturnType<typeof loadDeck>>, built: Promise<PrintBuild>): Promise<string[]> {
  const build = await built
  console.log(`Printing the handout (${options.paper === 'letter'
    ? 'Letter'
    : 'A4'})...`)
  const { pages } = await handout.exportHandout({
    dist: build.dist,
    out: temp,
    paper: options.paper,
    dropNotesOf: print.FAULT === 'blank'
      ? 3
      : undefined,
    onSlide: (done, total) => {
      if (done === total || done % 8 === 0)
        console.log(`  slide ${done}/${total}`)
    },
  })
  console.log(`  ${pages} pages`)
  return verify.checkHandout(new Uint8Array(readFileSync(temp)), deck.slides.map(s => ({
    no: s.no,
    text: pptx.plainNotes(s.note),
  })))
}

function sizeOf(path: string): number {
  if (!statSync(path).isDirectory())
    return statSync(path).size
  return readdirSync(path).reduce((sum, file) => sum + statSync(join(path, file)).size, 0)
}

/** Replaces target with temp; the previous target stays until the new one is in place. */
function swapInto(temp: string, target: string): void {
  if (!statSync(temp).isDirectory()) {
    renameSync(temp, target)
    return
  }
  const old = `${temp}.old`
  if (existsSync(target))
    renameSync(target, old)
  renameSync(temp, target)
  rmSync(old, { recursive: true, force: true })
}

export async function exportDeck(options: ExportOptions): Promise<string> {
  const format = options.format ?? 'pdf'
  const folder = format === 'png'
  const target = resolve(options.out ?? defaultOut(options))
  sinceStart('export: modules loaded')
  checkWritable(target, folder)
  const ext = folder
    ? ''
    : extname(target) || (format === 'pptx'
      ? '.pptx'
      : '.pdf')
  const temp = join(dirname(target), `.${basename(target, extname(target))}.partial-${process.pid}${ext}`)
  const started = Date.now()
  console.log(`Exporting ${LABEL[format]}${options.withClicks ? ' (one per click)' : ''} to ${target} ...`)
  // The build (when no up-to-date one exists) starts first: the longest step, and nothing
  // else here waits on it until the page is printed. Playwright (about a second to load),
  // the browser, the printing page and the deck's parser all load while it runs.
  const build = options.slidev
    ? undefined
    : ensurePrintBuild(options.dist)
  build?.catch(() => undefined)
  const executablePath = await timed('export: find browser', requireBrowser())
  const { launchChromium, openDeckTab } = await import('./slide-page.ts')
  const browser = format === 'notes' || options.slidev
    ? undefined
    : launchChromium(executablePath)
  browser?.catch(() => undefined)
  // PNG: twice the canvas (1960x1104) as Slidev's export; PPTX pictures at the same size, as JPEG.
  const tab = browser?.then(b => openDeckTab(b, {
    scale: format === 'pdf'
      ? 1
      : 2,
  }))
  tab?.catch(() => undefined)
  await timed('export: load modules', loadModules(format))
  const deck = await timed('export: load deck (parser)', deckModule.loadDeck())
  const meta = print.deckMeta(deck.headmatter)

  let problems: string[]
  try {
    if (format === 'notes') {
      problems = await notesExport(temp, options, deck, build!)
    }
    else if (options.slidev) {
      const error = await slidevExport(format, temp, browserForSlidevExport(executablePath), options.withClicks ?? false)
      problems = error
        ? [error]
        : []
      if (!error && format === 'pdf') {
        problems = await verify.checkPdf(new Uint8Array(readFileSync(temp)), { pages: deck.slides.length, fonts: undefined }).then(p => options.withClicks
          ? p.filter(x => !x.startsWith('it has '))
          : p)
      }
      else if (!error && format === 'pptx' && !options.withClicks) {
        problems = await verify.readPptx(new Uint8Array(readFileSync(temp))).then(slides => slides.length === deck.slides.length
          ? []
          : [`it has ${slides.length} slides, expected ${deck.slides.length}`])
      }
      else if (!error && format === 'png') {
        problems = await verify.checkPngFolder(temp, deck.slides.length).then(p => options.withClicks
          ? p.filter(x => !x.startsWith('it holds '))
          : p)
      }
    }
    else {
      problems = await printExport(format, temp, options, deck, meta, build!, browser!, tab!)
    }
  }
  catch (error) {
    problems = [
      (error as Error).message.split('\n').slice(0, 3).join('\n  '),
    ]
  }
  if (!problems.length && !existsSync(temp))
    problems = ['nothing was written']
  if (problems.length) {
    rmSync(temp, { recursive: true, force: true })
    fail(`the ${LABEL[format]} is incomplete or failed, so it was not written:\n  - ${problems.join('\n  - ')}\n${existsSync(target)
      ? 'Nothing was replaced: the previous file is kept.'
      : 'No file was written.'}`)
  }
  swapInto(temp, target)
  sinceStart('export: done')

  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const kb = Math.round(sizeOf(target) / 1024)
  const count = folder
    ? `${readdirSync(target).length} images, `
    : ''
  console.log(`\n${LABEL[format]} written and checked: ${target}${folder ? '/' : ''} (${count}${kb} KB, ${seconds} s)`)
  return target
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let values
  try {
    values = parseArgs({
      options: {
        'out': { type: 'string' },
        'format': { type: 'string', default: 'pdf' },
        'with-clicks': { type: 'boolean', default: false },
        'paper': { type: 'string', default: 'a4' },
        'dist': { type: 'string' },
        'slidev': { type: 'boolean', default: false },
      },
    }).values
  }
  catch (error) {
    fail((error as Error).message)
  }
  const format = values.format as Format
  const paper = values.paper?.toLowerCase() as Paper
  if (!FORMATS.includes(format))
    fail(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}".`)
  if (!PAPERS.includes(paper))
    fail(`--paper must be a4 or letter, not "${values.paper}".`)
  await exportDeck({
    out: values.out,
    format,
    withClicks: values['with-clicks'],
    paper,
    dist: values.dist,
    slidev: values.slidev,
  })
}
