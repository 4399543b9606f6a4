// Lighthouse (npm `lighthouse` 12, default mobile settings: Moto G Power emulation,
// simulated slow 4G) on the built deck and the floor deck, served with gzip from loopback.
// For the slideshow at /1 and the reading view at /read: performance score, FCP, LCP, TBT,
// main-thread work and the bytes fetched before the largest paint; plus every byte of a first visit,
// service worker precache included, counted at the server. Medians of `runs` runs,
// alternated deck / floor. Used by scripts/bench.ts; alone:
//   node scripts/bench/lighthouse.ts <deck-dist> <floor-dist> [runs]
import type { AddressInfo } from 'node:net'
import type { BenchRow } from './stats.ts'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, normalize, resolve } from 'node:path'
import lighthouse from 'lighthouse'
import puppeteer from 'puppeteer-core'
import { VIEW_CHOICE_KEY } from '../../lib/reading.ts'
import { CHROMIUM_ARGS, requireBrowser } from '../browser.ts'
import { contentType, isCompressible, wireBody } from './bytes.ts'
import { formatBenchTable, median } from './stats.ts'

interface GzipServer {
  url: string
  /** Bytes sent (gzip where the client accepts it) since the last reset. */
  sent: () => { bytes: number, requests: number }
  reset: () => void
  close: () => Promise<void>
}

/**
 * A page on the server's origin that is not the deck (no SPA fallback, not counted in
 * `sent`): a run that sets localStorage first must not warm the HTTP cache with the deck.
 */
export const BLANK_PATH = '/__blank__'

/** A static host as the deck meets it: `<path>.html` for `<path>`, SPA fallback, gzip for text, under `base`; BLANK_PATH is an empty page. */
export async function serveGzip(dir: string, base = '/'): Promise<GzipServer> {
  const root = resolve(dir)
  const cache = new Map<string, Uint8Array>()
  let bytes = 0
  let requests = 0
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    if (path === BLANK_PATH) {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>blank</title>')
      return
    }
    if (!path.startsWith(base)) {
      res.writeHead(404).end('Not found')
      return
    }
    let file = join(root, normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, ''))
    // As static hosts do: `/read` is read.html, a folder its index.html, anything else the app.
    if (!existsSync(file) || statSync(file).isDirectory()) {
      file = existsSync(`${file}.html`) && !file.endsWith('/')
        ? `${file}.html`
        : existsSync(join(file, 'index.html'))
          ? join(file, 'index.html')
          : join(root, 'index.html')
    }
    const gzip = isCompressible(file) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    let body: Uint8Array = readFileSync(file)
    if (gzip) {
      body = cache.get(file) ?? wireBody(file, body)
      cache.set(file, body)
    }
    res.writeHead(200, {
      'content-type': contentType(file),
      'content-length': body.length,
      ...(gzip
        ? { 'content-encoding': 'gzip' }
        : {}),
    })
    res.end(body)
    bytes += body.length
    requests++
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    sent: () => ({ bytes, requests }),
    reset: () => {
      bytes = 0
      requests = 0
    },
    close: () => new Promise(done => server.close(() => done())),
  }
}

export interface LighthouseRun {
  score: number
  fcpMs: number
  lcpMs: number
  tbtMs: number
  /**
   * Main-thread work of the whole load, ms, as Lighthouse reports it (its mobile CPU
   * slowdown applied): unlike TBT, it does not depend on where the tasks fall around FCP.
   */
  mainThreadMs: number
  /** Transfer bytes of requests that ended before the observed LCP. */
  bytesBeforePaint: number
  /** What kept the main thread busy: Lighthouse's long tasks and script boot-up, worst first. */
  blocking: string[]
}

interface NetworkItem { transferSize?: number, networkEndTime?: number }

/** One Lighthouse run in a fresh browser; tried twice, as a busy machine can miss the first paint's deadline. */
async function runLighthouse(url: string, executablePath: string, choice?: string): Promise<LighthouseRun> {
  try {
    return await runLighthouseOnce(url, executablePath, choice)
  }
  catch (error) {
    console.log(`  (retrying: ${(error as Error).message})`)
  }
  try {
    return await runLighthouseOnce(url, executablePath, choice)
  }
  catch (error) {
    // A failed run counts as "no figure" (NaN), not as a crash of the whole benchmark.
    console.log(`  (no figure: ${(error as Error).message})`)
    return {
      score: Number.NaN,
      fcpMs: Number.NaN,
      lcpMs: Number.NaN,
      tbtMs: Number.NaN,
      mainThreadMs: Number.NaN,
      bytesBeforePaint: Number.NaN,
      blocking: [],
    }
  }
}

/** A fresh headless Chromium for Lighthouse (which drives puppeteer), with the deck's flags. */
function launchPuppeteer(executablePath: string): ReturnType<typeof puppeteer.launch> {
  return puppeteer.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
    headless: true,
  })
}

/**
 * One Lighthouse run in a fresh browser (empty cache, no service worker). `choice`: the
 * view a phone visitor chose before (localStorage VIEW_CHOICE_KEY), set on the origin
 * before the run; Lighthouse then keeps storage, and the cache is still empty.
 */
async function runLighthouseOnce(url: string, executablePath: string, choice?: string): Promise<LighthouseRun> {
  const browser = await launchPuppeteer(executablePath)
  try {
    const page = await browser.newPage()
    if (choice) {
      // The origin, without loading the deck (with base '/', any other path is the deck).
      await page.goto(new URL(BLANK_PATH, url).href)
      await page.evaluate(([key, value]) => window.localStorage.setItem(key!, value!), [VIEW_CHOICE_KEY, choice])
    }
    const result = await lighthouse(url, {
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance'],
      disableStorageReset: !!choice,
    }, undefined, page)
    if (!result)
      throw new Error(`Lighthouse returned nothing for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError)
      throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const audit = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN
    const metrics = (lhr.audits.metrics?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0] ?? {}
    const observedLcp = metrics.observedLargestContentfulPaint ?? Number.POSITIVE_INFINITY
    const network = (lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? []
    const bytesBeforePaint = network
      .filter(r => (r.networkEndTime ?? Number.POSITIVE_INFINITY) <= observedLcp)
      .reduce((sum, r) => sum + (r.transferSize ?? 0), 0)
    const items = (id: string): Record<string, unknown>[] => (lhr.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []
    const short = (url: unknown): string => String(url).replace(/^https?:\/\/[^/]+/, '')
    const blocking = [
      ...items('long-tasks').slice(0, 5).map(t => `long task ${Number(t.duration).toFixed(0)} ms at ${Number(t.startTime).toFixed(0)} ms: ${short(t.url)}`),
      ...items('bootup-time').slice(0, 4).map(t => `script ${Number(t.total).toFixed(0)} ms (eval ${Number(t.scripting).toFixed(0)}, parse ${Number(t.scriptParseCompile).toFixed(0)}): ${short(t.url)}`),
      ...items('mainthread-work-breakdown').slice(0, 4).map(t => `${String(t.groupLabel ?? t.group)} ${Number(t.duration).toFixed(0)} ms`),
    ]
    return {
      blocking,
      score: (lhr.categories.performance?.score ?? Number.NaN) * 100,
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      mainThreadMs: audit('mainthread-work-breakdown'),
      bytesBeforePaint,
    }
  }
  finally {
    await browser.close()
  }
}

/** Every byte the server sends on a first visit to /1, until the service worker has precached (or 60 s). */
async function firstVisitBytes(server: GzipServer, executablePath: string): Promise<{ bytes: number, requests: number }> {
  const browser = await launchPuppeteer(executablePath)
  try {
    const page = await browser.newPage()
    server.reset()
    await page.goto(`${server.url}1`, { waitUntil: 'load' })
    await page.evaluate(async () => {
      if (!('serviceWorker' in navigator))
        return
      const deadline = Date.now() + 60_000
      // The worker registers after `load`, then precaches; wait for it to take control.
      while (!navigator.serviceWorker.controller && Date.now() < deadline)
        await new Promise(r => setTimeout(r, 250))
    }).catch(() => {})
    await new Promise(r => setTimeout(r, 2000))
    return server.sent()
  }
  finally {
    await browser.close()
  }
}

const kb = (bytes: number): number => bytes / 1024

/** Lighthouse rows for the bench table, medians of `runs`; also prints the raw runs. */
/**
 * `pdfBytes`: the size of the PDF the hosted build carries (and precaches); read from
 * `deckDist` when not given (0 for a build with no PDF).
 */
export async function lighthouseRows(options: { deckDist: string, floorDist: string, runs?: number, executablePath?: string, deckBase?: string, pdfBytes?: number }): Promise<BenchRow[]> {
  const runs = Math.max(1, options.runs ?? 3)
  const executablePath = options.executablePath ?? await requireBrowser()
  const deck = await serveGzip(options.deckDist, options.deckBase)
  const floor = await serveGzip(options.floorDist)
  // phone: /1 as a phone opens it (sent on to the reading view); slides: /1 for a phone
  // that chose the slideshow; read: /read; floor: the floor deck's /1.
  const results = {
    phone: [] as LighthouseRun[],
    slides: [] as LighthouseRun[],
    read: [] as LighthouseRun[],
    floor: [] as LighthouseRun[],
  }
  const visits = { deck: [] as number[], floor: [] as number[] }
  try {
    for (let run = 0; run < runs; run++) {
      results.phone.push(await runLighthouse(`${deck.url}1`, executablePath))
      results.slides.push(await runLighthouse(`${deck.url}1`, executablePath, 'slides'))
      results.floor.push(await runLighthouse(`${floor.url}1`, executablePath))
      results.read.push(await runLighthouse(`${deck.url}read`, executablePath))
      visits.deck.push((await firstVisitBytes(deck, executablePath)).bytes)
      visits.floor.push((await firstVisitBytes(floor, executablePath)).bytes)
      const show = (r: LighthouseRun): string => `${r.score.toFixed(0)} / TBT ${r.tbtMs.toFixed(0)} ms / LCP ${(r.lcpMs / 1000).toFixed(2)} s`
      console.log(`  Lighthouse run ${run + 1}: /1 phone ${show(results.phone[run]!)}; /1 slideshow ${show(results.slides[run]!)}; floor ${show(results.floor[run]!)}; /read ${show(results.read[run]!)}`)
    }
  }
  finally {
    await deck.close()
    await floor.close()
  }
  // Lighthouse's trace engine logs a LanternError for this one: it models a single document.
  console.log('  /1 phone leaves for /read from index.html\'s first script (a client-side redirect):'
    + ' Lighthouse logs "LanternError: missing metric scores" for it, and its TBT counts the'
    + ' reading view\'s app start, which runs after read.html\'s first paint.')
  for (const [name, list] of [
    ['deck /1 phone', results.phone],
    ['deck /1 slideshow', results.slides],
    ['deck /read', results.read],
    ['floor /1', results.floor],
  ] as const)
    console.log(`  Main thread on the first run, ${name}:\n${list[0]!.blocking.map(b => `    ${b}`).join('\n')}`)
  type Metric = Exclude<keyof LighthouseRun, 'blocking'>
  const m = (list: LighthouseRun[], key: Metric): number => median(list.map(r => r[key]))
  const rows: BenchRow[] = []
  for (const [view, list] of [
    ['/1 (phone: to /read)', results.phone],
    ['/1 slideshow', results.slides],
    ['/read', results.read],
  ] as const) {
    const first = view !== '/read'
    rows.push(
      {
        metric: `Lighthouse performance ${view}`,
        unit: '',
        deck: m(list, 'score'),
        floor: m(results.floor, 'score'),
        target: first
          ? '>= floor'
          : '-',
        met: first
          ? m(list, 'score') >= m(results.floor, 'score')
          : undefined,
      },
      {
        metric: `Lighthouse FCP ${view}`,
        unit: 'ms',
        deck: m(list, 'fcpMs'),
        floor: m(results.floor, 'fcpMs'),
        target: '-',
      },
      {
        metric: `Lighthouse LCP ${view}`,
        unit: 'ms',
        deck: m(list, 'lcpMs'),
        floor: m(results.floor, 'lcpMs'),
        target: view === '/read'
          ? '<= deck /1 slideshow'
          : '-',
        met: view === '/read'
          ? m(list, 'lcpMs') <= m(results.slides, 'lcpMs')
          : undefined,
      },
      {
        metric: `Lighthouse TBT ${view}`,
        unit: 'ms',
        deck: m(list, 'tbtMs'),
        floor: m(results.floor, 'tbtMs'),
        target: first
          ? '<= floor + 50 ms'
          : '-',
        met: first
          ? m(list, 'tbtMs') <= m(results.floor, 'tbtMs') + 50
          : undefined,
      },
      {
        metric: `main-thread work ${view}`,
        unit: 'ms',
        deck: m(list, 'mainThreadMs'),
        floor: m(results.floor, 'mainThreadMs'),
        target: '-',
      },
      {
        metric: `bytes before LCP ${view}`,
        unit: 'KB',
        deck: kb(m(list, 'bytesBeforePaint')),
        floor: kb(m(results.floor, 'bytesBeforePaint')),
        target: '-',
      },
    )
  }
  rows.push({
    metric: 'first visit, all bytes (SW included)',
    unit: 'KB',
    deck: kb(median(visits.deck)),
    floor: kb(median(visits.floor)),
    target: '<= 2x floor + PDF',
    met: median(visits.deck) <= 2 * median(visits.floor) + (options.pdfBytes ?? pdfBytes(options.deckDist)),
  })
  return rows
}

/** Size of the PDF in a hosted build (0 when the build has none). */
function pdfBytes(dist: string): number {
  const pdf = join(dist, 'isis-k-briefing.pdf')
  return existsSync(pdf)
    ? statSync(pdf).size
    : 0
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [deckDist, floorDist, runs, deckBase] = process.argv.slice(2)
  if (!deckDist || !floorDist) {
    console.error('Usage: node scripts/bench/lighthouse.ts <deck-dist> <floor-dist> [runs] [deck-base-path]')
    process.exit(2)
  }
  const rows = await lighthouseRows({
    deckDist,
    floorDist,
    runs: Number(runs ?? 3),
    deckBase,
  })
  console.log(`\n${formatBenchTable(rows)}`)
}
