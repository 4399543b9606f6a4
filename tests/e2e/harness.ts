// Opens the built deck in real Chromium on a loopback server, and records what a
// user would notice: console errors, page errors and requests that leave the machine.
import type { Browser, Page } from 'playwright-chromium'
import type { StaticServer } from '../../scripts/serve.ts'
import { execFileSync, spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { ROOT } from '../../scripts/deck.ts'
import { serveStatic } from '../../scripts/serve.ts'
import { CANVAS, canvasContext, deckContext, hiddenByClicks, launchChromium, openSlide, waitForSlide } from '../../scripts/slide-page.ts'

export { CANVAS, canvasContext, hiddenByClicks, waitForSlide }

/** The project's Node (22: runs the .ts scripts). */
export const NODE = resolve(ROOT, 'node_modules/.bin/node')

/**
 * Runs a command in the project, as a user would in a shell, with `env` added to this
 * process's; resolves to its exit code (null on a timeout) and its stdout and stderr together.
 */
export function runCommand(command: string, args: string[], env: Record<string, string> = {}): { code: number | null, output: string } {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
    },
    encoding: 'utf8',
    timeout: 240_000,
  })
  return { code: result.status, output: `${result.stdout}${result.stderr}` }
}

/** Builds the hosted site (npm run build:site) under `base` into `out`; throws when the build fails. */
export function buildSite(out: string, base: string, env: Record<string, string> = {}): void {
  execFileSync(NODE, [
    'scripts/build-site.ts',
    '--base',
    base,
    '--out',
    out,
  ], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      SITE_ORIGIN: '',
      ...env,
    },
  })
}

export interface HostedSite {
  server: StaticServer
  browser: Browser
  /** Closes the browser and the server. */
  close: () => Promise<void>
}

/**
 * The hosted site in `dir` under `base`, built first (buildSite, with `env`) unless `built`
 * says it already holds one; served on loopback, with Chromium launched to visit it.
 */
export async function openHostedSite(dir: string, base: string, options: { env?: Record<string, string>, built?: boolean } = {}): Promise<HostedSite> {
  if (!options.built)
    buildSite(dir, base, options.env)
  const server = await serveStatic(dir, base)
  const browser = await launchChromium()
  return {
    server,
    browser,
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}

export interface DeckSession {
  server: StaticServer
  browser: Browser
  page: Page
  problems: string[]
  externalRequests: string[]
  close: () => Promise<void>
}

/** Chromium as every script finds it (scripts/slide-page.ts); throws when there is none. */
export const launchBrowser = (): Promise<Browser> => launchChromium()

export async function openDeck(options: { dist?: string, base?: string } = {}): Promise<DeckSession> {
  const server = await serveStatic(options.dist ?? resolve(ROOT, 'dist'), options.base ?? '/')
  const browser = await launchBrowser()
  const problems: string[] = []
  const externalRequests: string[] = []
  // Anything not on the loopback server is recorded and refused, so nothing can hang on it.
  const context = await deckContext(browser, server.origin, {
    serviceWorkers: 'allow',
    onRefused: url => externalRequests.push(url),
  })
  const page = await context.newPage()
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      problems.push(`console error: ${msg.text()}`)
  })
  page.on('pageerror', err => problems.push(`page error: ${err.message}`))
  return {
    server,
    browser,
    page,
    problems,
    externalRequests,
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}

/** Opens slide n in its final click state (or at `query`) and waits until it is drawn (scripts/slide-page.ts). */
export async function gotoSlide(session: DeckSession, n: number, query?: string): Promise<void> {
  await openSlide(session.page, session.server.url, n, { query })
}

/** The first `count` words of a slide's notes as the presenter view shows them: no [click] markers, no Markdown emphasis. */
export function firstNoteWords(slide: { note: string }, count = 4): string {
  return slide.note.replace(/\[click(?::\d+)?\]/g, '').replace(/[*_`]/g, '').split(/\s+/).filter(Boolean).slice(0, count).join(' ')
}

export interface OutsideElement {
  tag: string
  text: string
  box: [number, number, number, number]
}

/** Visible elements of slide n whose box leaves the 980x552 canvas. */
export async function elementsOutsideCanvas(page: Page, n: number): Promise<OutsideElement[]> {
  return page.evaluate(({ n, width, height }) => {
    const slide = document.querySelector(`#slideshow .slidev-page-${n}`)
    if (!slide) {
      return [
        {
          tag: 'missing',
          text: `slide ${n} not rendered`,
          box: [0, 0, 0, 0] as [number, number, number, number],
        },
      ]
    }
    const origin = slide.getBoundingClientRect()
    const scale = origin.width / width
    const out = []
    for (const el of slide.querySelectorAll('*')) {
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0)
        continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0)
        continue
      const x = (r.left - origin.left) / scale
      const y = (r.top - origin.top) / scale
      const w = r.width / scale
      const h = r.height / scale
      const tolerance = 1
      if (x < -tolerance || y < -tolerance || x + w > width + tolerance || y + h > height + tolerance) {
        out.push({
          tag: el.tagName.toLowerCase(),
          text: (el.textContent ?? '').trim().slice(0, 60),
          box: [
            Math.round(x),
            Math.round(y),
            Math.round(w),
            Math.round(h),
          ] as [number, number, number, number],
        })
      }
    }
    return out
  }, { n, ...CANVAS })
}
