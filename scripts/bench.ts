// npm run bench: this deck against a floor deck (same slide count, plain text, same
// Slidev), runs alternated A B A B, medians and ratios printed. Figures, not a pass/fail test.
import type { BenchRow } from './bench/stats.ts'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { jsGzipBytes, wireSize } from './bench/bytes.ts'
import { benchExports } from './bench/exports.ts'
import { lighthouseRows } from './bench/lighthouse.ts'
import { formatBenchTable, median } from './bench/stats.ts'
import { browserForSlidevExport, requireBrowser } from './browser.ts'
import { loadDeck, ROOT } from './deck.ts'
import { serveStatic } from './serve.ts'
import { canvasContext, launchChromium } from './slide-page.ts'

// Three runs by default: the least that has a median (of two, the median is their mean,
// and one cold first run pulls it up).
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const SLIDEV = resolve(ROOT, 'node_modules/.bin/slidev')
const work = mkdtempSync(join(tmpdir(), 'briefing-bench-'))
const floorDir = resolve(ROOT, 'scratch/bench-floor')

const { slides } = await loadDeck()
writeFloorDeck(slides.length)
const executablePath = await requireBrowser()

const decks = {
  deck: {
    entry: resolve(ROOT, 'slides.md'),
    dist: join(work, 'deck-dist'),
    pdf: join(work, 'deck.pdf'),
  },
  floor: {
    entry: join(floorDir, 'slides.md'),
    dist: join(work, 'floor-dist'),
    pdf: join(work, 'floor.pdf'),
  },
} as const
type Name = keyof typeof decks
const order: Name[] = ['deck', 'floor']
const times: Record<Name, { build: number[], exportPerPage: number[], firstVisible: number[] }> = {
  deck: { build: [], exportPerPage: [], firstVisible: [] },
  floor: { build: [], exportPerPage: [], firstVisible: [] },
}

function writeFloorDeck(count: number): void {
  mkdirSync(floorDir, { recursive: true })
  const head = '---\ntheme: default\ntitle: Floor deck\nfonts:\n  provider: none\nfavicon: /favicon.svg\ncolorSchema: light\n---\n'
  const body = Array.from({ length: count }, (_, i) => `# Plain slide ${i + 1}\n\nA plain paragraph of text that stands in for a slide of the briefing, number ${i + 1}.\n`)
  writeFileSync(join(floorDir, 'slides.md'), head + body.join('\n---\n\n'))
}

function timed(fn: () => void): number {
  const start = performance.now()
  fn()
  return (performance.now() - start) / 1000
}

/** Bytes a visitor downloads before slide 1 shows, gzip as a static host serves text. */
async function firstLoad(name: Name): Promise<{ bytes: number, seconds: number }> {
  const server = await serveStatic(decks[name].dist)
  const browser = await launchChromium(executablePath)
  const context = await browser.newContext(canvasContext())
  const page = await context.newPage()
  const files = new Set<string>()
  page.on('requestfinished', (request) => {
    const url = new URL(request.url())
    if (url.origin === server.origin)
      files.add(url.pathname)
  })
  const start = performance.now()
  await page.goto(`${server.url}1`)
  await page.locator('#slideshow .slidev-page-1 h1').first().waitFor({ state: 'visible' })
  const seconds = (performance.now() - start) / 1000
  await browser.close()
  await server.close()
  let bytes = 0
  for (const path of files) {
    let file = join(decks[name].dist, path)
    try {
      if (statSync(file).isDirectory())
        file = join(file, 'index.html')
    }
    catch {
      file = join(decks[name].dist, 'index.html') // SPA fallback
    }
    bytes += wireSize(file)
  }
  return { bytes, seconds }
}

console.log(`Benchmark: ${slides.length} slides each, ${RUNS} runs alternated A B A B (work dir ${work})\n`)
for (let run = 0; run < RUNS; run++) {
  for (const name of order) {
    const d = decks[name]
    rmSync(d.dist, { recursive: true, force: true })
    const build = timed(() => execFileSync(SLIDEV, ['build', d.entry, '--out', d.dist], { cwd: ROOT, stdio: 'ignore' }))
    times[name].build.push(build)
    const exportSeconds = timed(() => execFileSync(SLIDEV, [
      'export',
      d.entry,
      '--output',
      d.pdf,
      '--executable-path',
      // Both decks through Slidev's exporter, in the browser it prints reliably in (scripts/browser.ts).
      browserForSlidevExport(executablePath),
      '--timeout',
      '90000',
    ], { cwd: ROOT, stdio: 'ignore' }))
    times[name].exportPerPage.push(exportSeconds / slides.length)
    console.log(`  run ${run + 1} ${name.padEnd(5)}: build ${build.toFixed(1)} s, export ${exportSeconds.toFixed(1)} s`)
  }
}
const load: Record<Name, { bytes: number, seconds: number }[]> = { deck: [], floor: [] }
for (let run = 0; run < RUNS + 1; run++) {
  for (const name of order)
    load[name].push(await firstLoad(name))
}

const deckBytes = median(load.deck.map(l => l.bytes)) / 1024
const floorBytes = median(load.floor.map(l => l.bytes)) / 1024
const pdfKbPerPage = (name: Name) => statSync(decks[name].pdf).size / 1024 / slides.length
// The hosted bundle's JavaScript (gzip), the same for every run of a build: the last one.
const jsKb = (name: Name) => jsGzipBytes(decks[name].dist) / 1024
const rows: BenchRow[] = [
  {
    metric: 'build time',
    unit: 's',
    deck: median(times.deck.build),
    floor: median(times.floor.build),
    target: '<= 1.5x floor',
    met: median(times.deck.build) <= 1.5 * median(times.floor.build),
  },
  {
    metric: 'PDF export per page',
    unit: 's',
    deck: median(times.deck.exportPerPage),
    floor: median(times.floor.exportPerPage),
    target: '<= 1.2x floor',
    met: median(times.deck.exportPerPage) <= 1.2 * median(times.floor.exportPerPage),
  },
  {
    metric: 'first load before slide 1 (gzip)',
    unit: 'KB',
    deck: deckBytes,
    floor: floorBytes,
    target: '<= floor + 100 KB',
    met: deckBytes - floorBytes <= 100,
  },
  {
    // Issue 12: no growth beyond what the d3 modules add; compare with main's figure.
    metric: 'hosted bundle, all JS (gzip)',
    unit: 'KB',
    deck: jsKb('deck'),
    floor: jsKb('floor'),
    target: '-',
  },
  {
    metric: 'time to slide 1 visible',
    unit: 's',
    deck: median(load.deck.map(l => l.seconds)),
    floor: median(load.floor.map(l => l.seconds)),
    target: '-',
  },
  {
    metric: 'PDF size per page',
    unit: 'KB',
    deck: pdfKbPerPage('deck'),
    floor: pdfKbPerPage('floor'),
    target: '<= 150 KB/page',
    met: pdfKbPerPage('deck') <= 150,
  },
]
rows.push(...benchExports({
  floorEntry: decks.floor.entry,
  pages: slides.length,
  runs: RUNS,
  work,
  executablePath,
}))
// Lighthouse's default mobile run, /1 and /read against the floor; medians of >= 3 runs.
rows.push(...await lighthouseRows({
  deckDist: decks.deck.dist,
  floorDist: decks.floor.dist,
  runs: Math.max(3, RUNS),
  executablePath,
  // The hosted build carries the PDF that `npm run export` writes (benchExports above).
  pdfBytes: statSync(join(work, 'print.pdf')).size,
}))
console.log(`\n${formatBenchTable(rows)}`)
console.log(`\nFirst-load extra over the floor: ${(deckBytes - floorBytes).toFixed(1)} KB gzip.`)
console.log(`PDF: deck ${(statSync(decks.deck.pdf).size / 1024).toFixed(0)} KB, floor ${(statSync(decks.floor.pdf).size / 1024).toFixed(0)} KB.`)
console.log(`Largest assets of the deck build:`)
const assets = readdirSync(join(decks.deck.dist, 'assets'), { recursive: true }) as string[]
const sized = assets.filter(f => f.endsWith('.js')).map(f => ({ f, kb: wireSize(join(decks.deck.dist, 'assets', f)) / 1024 })).sort((a, b) => b.kb - a.kb).slice(0, 6)
for (const { f, kb } of sized)
  console.log(`  ${kb.toFixed(1).padStart(6)} KB gzip  assets/${f}`)
rmSync(work, { recursive: true, force: true })
