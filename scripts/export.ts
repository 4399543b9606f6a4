// Exports the deck with the browser from scripts/browser.ts.
//   npm run export                 -> exports/isis-k-briefing.pdf        one page per slide, with outline
//   npm run export:steps           -> exports/isis-k-briefing-steps.pdf  one page per click (--with-clicks)
//   npm run export:notes           -> exports/isis-k-briefing-notes.pdf  each slide with its speaker notes, A4
//   npm run export:notes -- --paper letter  -> exports/isis-k-briefing-notes-letter.pdf
//   npm run export:pptx            -> exports/isis-k-briefing.pptx       one slide per slide, notes included
//   npm run export:png             -> exports/isis-k-briefing-png/01.png ... one image per slide
//   npm run export -- --out my.pdf -> another path (any format)
// Every export is written to a temporary file (or folder) beside the target and renamed
// over it only when it succeeded, so a failed export never deletes the previous one.
import type { Paper } from './handout.ts'
import { spawn } from 'node:child_process'
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { requireBrowser } from './browser.ts'
import { ROOT } from './deck.ts'
import { exportHandout } from './handout.ts'

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
  /** Notes handout only: print from this built deck instead of building one. */
  dist?: string
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
  const dir = dirname(target)
  try {
    mkdirSync(dir, { recursive: true })
    accessSync(dir, constants.W_OK)
  }
  catch (error) {
    fail(`cannot write to ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'}). Choose another path with --out.`)
  }
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

const SLIDEV = resolve(ROOT, 'node_modules/.bin/slidev')

/** Slidev names PNGs 1.png, 2.png (or 3-1.png per click): pad them so they sort. */
function padPngNames(folder: string): void {
  for (const file of readdirSync(folder)) {
    const padded = file.replace(/^(\d+)(?=[-.])/, n => n.padStart(2, '0'))
    if (padded !== file)
      renameSync(join(folder, file), join(folder, padded))
  }
}

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
  args.push(withClicks
    ? '--with-clicks'
    : '--no-with-clicks')
  const code = await run(SLIDEV, args, `exporting ${LABEL[format]}`)
  return code === 0
    ? undefined
    : `slidev export exited with code ${code}`
}

async function notesExport(temp: string, options: ExportOptions): Promise<string | undefined> {
  let dist = options.dist && resolve(options.dist)
  const scratch = dist
    ? undefined
    : mkdtempSync(join(tmpdir(), 'briefing-handout-'))
  try {
    if (!dist) {
      dist = join(scratch!, 'site')
      console.log('Building the deck to print the handout from...')
      const code = await run(SLIDEV, ['build', 'slides.md', '--out', dist], 'building the deck')
      if (code !== 0)
        return `slidev build exited with code ${code}`
    }
    console.log(`Printing the handout (${options.paper === 'letter'
      ? 'Letter'
      : 'A4'}) from ${relative(ROOT, dist) || dist}...`)
    const { pages } = await exportHandout({
      dist,
      out: temp,
      paper: options.paper,
      onSlide: (done, total) => console.log(`  slide ${done}/${total}`),
    })
    console.log(`  ${pages} pages`)
    return undefined
  }
  catch (error) {
    return `printing the handout failed (${(error as Error).message.split('\n')[0]})`
  }
  finally {
    if (scratch)
      rmSync(scratch, { recursive: true, force: true })
  }
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
  checkWritable(target, folder)
  const executablePath = await requireBrowser()
  const ext = folder
    ? ''
    : extname(target) || (format === 'pptx'
      ? '.pptx'
      : '.pdf')
  const temp = join(dirname(target), `.${basename(target, extname(target))}.partial-${process.pid}${ext}`)
  const started = Date.now()
  console.log(`Exporting ${LABEL[format]}${options.withClicks ? ' (one per click)' : ''} to ${target} ...`)

  const error = format === 'notes'
    ? await notesExport(temp, options)
    : await slidevExport(format, temp, executablePath, options.withClicks ?? false)
  const made = existsSync(temp) && (folder
    ? readdirSync(temp).some(f => f.endsWith('.png'))
    : statSync(temp).size > 0)
  if (error || !made) {
    rmSync(temp, { recursive: true, force: true })
    fail(`${error ?? 'nothing was written'}; ${existsSync(target)
      ? 'the previous file is kept'
      : 'no file was written'}.`)
  }
  if (folder)
    padPngNames(temp)
  swapInto(temp, target)

  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const kb = Math.round(sizeOf(target) / 1024)
  const count = folder
    ? `${readdirSync(target).length} images, `
    : ''
  console.log(`\n${LABEL[format]} written: ${target}${folder ? '/' : ''} (${count}${kb} KB, ${seconds} s)`)
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
  })
}
