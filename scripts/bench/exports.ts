// The exports in `npm run bench`: `npm run export` end to end with its build, from no cached
// build; then seconds per page of the deck's PDF, PNG and PPTX printed from the build it
// left (.cache/print-dist, as every later export prints, scripts/print.ts); each against
// Slidev's own `slidev export` of the floor deck in the same format, runs alternated,
// medians; and the PDF's size per page.
// Targets (issue: exports from the built site): print step <= 0.5x the floor's
// `slidev export` per page; end to end <= 1.0x; PDF < 150 KB a page.
import type { BenchRow } from './stats.ts'
import { spawnSync } from 'node:child_process'
import { rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ROOT } from '../deck.ts'
import { PRINT_DIST } from '../print-build.ts'
import { median } from './stats.ts'

const NODE = resolve(ROOT, 'node_modules/.bin/node')
const SLIDEV = resolve(ROOT, 'node_modules/.bin/slidev')
const FORMATS = ['pdf', 'png', 'pptx'] as const

/** The phase timings (BRIEFING_TIMINGS, scripts/timings.ts) of the last run of each deck export, by label. */
const phases = new Map<string, string>()

/** Runs a command and returns its wall-clock seconds; a deck export's phase timings are kept under `label`. */
function seconds(command: string, args: string[], label?: string): number {
  const start = performance.now()
  // execFileSync returns stdout only; the timings are on stderr.
  const run = spawnSync(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, BRIEFING_TIMINGS: '1' },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  })
  if (run.error || run.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${run.error?.message ?? `exit ${run.status}`}):\n${run.stderr}`)
  const stderr = run.stderr
  if (label)
    phases.set(label, stderr.split('\n').filter(line => line.startsWith('[timing]')).join('\n'))
  return (performance.now() - start) / 1000
}

/** Tries a floor export before it is given up (see floorPdfSeconds). */
const FLOOR_ATTEMPTS = 3

/**
 * Pages of a PDF that carry no text, by Poppler's pdftotext; undefined where Poppler is
 * missing (then nothing is checked).
 */
function pagesWithoutText(pdf: string, pages: number): number[] | undefined {
  const run = spawnSync('pdftotext', ['-q', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  if (run.error)
    return undefined
  const texts = (run.stdout ?? '').split('\f').slice(0, pages)
  return Array.from({ length: pages }, (_, i) => i + 1).filter(no => !texts[no - 1]?.trim())
}

/**
 * Seconds of one of the floor's `slidev export` PDF runs that printed every page. Both decks
 * print in the same browser (the one found as for every export); Slidev's exporter sometimes
 * prints every page blank in Chromium's headless-only build and still exits 0, and a blank
 * run would be timed as a fast one. Such a run is said, and run again (FLOOR_ATTEMPTS).
 */
function floorPdfSeconds(args: string[], out: string, pages: number): number {
  for (let attempt = 1; ; attempt++) {
    const time = seconds(SLIDEV, args)
    const blank = pagesWithoutText(out, pages)
    if (!blank?.length)
      return time
    console.log(`  the floor's slidev export printed ${blank.length} of ${pages} pages blank (attempt ${attempt}): not timed${attempt < FLOOR_ATTEMPTS
      ? ', run again'
      : ''}`)
    if (attempt >= FLOOR_ATTEMPTS)
      throw new Error(`the floor's slidev export printed blank pages ${FLOOR_ATTEMPTS} times in a row`)
  }
}

/**
 * Measures the exports of this deck (the print build in .cache/print-dist, built again at the
 * start of each run) and the floor's. `floorEntry`: the floor deck's
 * slides.md; `pages`: slides per deck (both the same). Returns rows for the bench table.
 */
export function benchExports(options: { floorEntry: string, pages: number, runs: number, work: string, executablePath: string }): BenchRow[] {
  const { pages, work } = options
  const deck: Record<string, number[]> = { pdf: [], png: [], pptx: [], e2e: [] }
  const floor: Record<string, number[]> = { pdf: [], png: [], pptx: [] }
  const deckPdf = join(work, 'print.pdf')
  for (let run = 0; run < options.runs; run++) {
    // As a user runs it first: no cached build, so the build is included. The print steps
    // below then print from the build it left, as every later `npm run export` does.
    rmSync(PRINT_DIST, { recursive: true, force: true })
    deck.e2e!.push(seconds(NODE, [
      'scripts/export.ts',
      '--out',
      join(work, 'e2e.pdf'),
    ], 'npm run export end to end, build included') / pages)
    for (const format of FORMATS) {
      const out = join(work, `print-${format}${format === 'png'
        ? ''
        : `.${format}`}`)
      deck[format]!.push(seconds(NODE, [
        'scripts/export.ts',
        '--format',
        format,
        '--out',
        format === 'pdf'
          ? deckPdf
          : out,
      ], `print ${format.toUpperCase()} from the cached print build`) / pages)
      const floorOut = join(work, `floor-${format}${format === 'png'
        ? ''
        : `.${format}`}`)
      const floorArgs = [
        'export',
        options.floorEntry,
        '--format',
        format,
        '--output',
        floorOut,
        '--executable-path',
        options.executablePath,
        '--timeout',
        '90000',
        ...(format === 'pptx'
          ? ['--no-with-clicks']
          : []),
      ]
      floor[format]!.push((format === 'pdf'
        ? floorPdfSeconds(floorArgs, floorOut, pages)
        : seconds(SLIDEV, floorArgs)) / pages)
    }
    console.log(`  run ${run + 1} exports: print PDF ${(deck.pdf!.at(-1)! * pages).toFixed(1)} s, PNG ${(deck.png!.at(-1)! * pages).toFixed(1)} s, PPTX ${(deck.pptx!.at(-1)! * pages).toFixed(1)} s; floor PDF ${(floor.pdf!.at(-1)! * pages).toFixed(1)} s; npm run export end to end ${(deck.e2e!.at(-1)! * pages).toFixed(1)} s`)
  }
  // Where the time went in the last run (seconds since each export started; phases overlap).
  for (const [label, lines] of phases)
    console.log(`  phases of the last run, ${label}:\n${lines.replace(/^/gm, '    ')}`)
  const row = (metric: string, d: number[], f: number[], factor?: number): BenchRow => ({
    metric,
    unit: 's',
    deck: median(d),
    floor: median(f),
    target: factor === undefined
      ? '-'
      : `<= ${factor}x floor`,
    met: factor === undefined
      ? undefined
      : median(d) <= factor * median(f),
  })
  const kbPerPage = statSync(deckPdf).size / 1024 / pages
  return [
    row('PDF print step per page (from the print build)', deck.pdf!, floor.pdf!, 0.5),
    row('PNG print step per page (from the print build)', deck.png!, floor.png!),
    row('PPTX print step per page (from the print build)', deck.pptx!, floor.pptx!),
    row('npm run export per page, build included', deck.e2e!, floor.pdf!, 1.0),
    {
      metric: 'printed PDF size per page',
      unit: 'KB',
      deck: kbPerPage,
      floor: Number.NaN,
      target: '< 150 KB/page',
      met: kbPerPage < 150,
    },
  ]
}
