// The one way every script and test opens a slide of a built deck in a browser: a
// context the size of the canvas, and the slide in its final click state, drawn and settled.
// Used by scripts/slide-images.ts, scripts/screenshots.ts, scripts/bench.ts and the e2e
// harness (tests/e2e/harness.ts). The print page (scripts/print.ts) shows every slide at
// once and has its own wait; it shares the canvas from here.
//
// Functions handed to the browser (waitForFunction, evaluate) stay anonymous and inline:
// a runner that compiles with esbuild's keepNames (tsx does) would wrap a named one in
// `__name()`, which does not exist in the page.
import type { Browser, BrowserContext, BrowserContextOptions, Page, Route } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { CANVAS } from '../styles/tokens.ts'
import { PLAYWRIGHT_CHROMIUM_ARGS, resolveBrowser } from './browser.ts'

export { CANVAS }

/** Slidev clamps `clicks` to the slide's last click: this query opens any slide in its final state. */
export const FINAL_CLICKS = '?clicks=999'

/** Browser-context options for the 980x552 canvas; `scale` is the device pixel ratio. */
export function canvasContext(scale = 1): BrowserContextOptions {
  return {
    viewport: { ...CANVAS },
    deviceScaleFactor: scale,
  }
}

/**
 * Chromium found by scripts/browser.ts (CHROME_PATH, Playwright's own, system Chromium),
 * launched with the deck's flags, without the browser UI it would never show (PLAYWRIGHT_CHROMIUM_ARGS). Throws with the lookup's advice when none is found.
 */
export async function launchChromium(executablePath?: string): Promise<Browser> {
  let path = executablePath
  if (!path) {
    const found = await resolveBrowser()
    if (!found.ok)
      throw new Error(found.message)
    path = found.path
  }
  return chromium.launch({
    executablePath: path,
    args: [...PLAYWRIGHT_CHROMIUM_ARGS],
  })
}

export interface DeckContextOptions {
  /** Device pixel ratio: pictures are CANVAS.width * scale px wide. */
  scale?: number
  /** 'block' (default): no offline cache in a camera or a printer. */
  serviceWorkers?: 'allow' | 'block'
  /** Told of every refused request (its URL). */
  onRefused?: (url: string) => void
}

/**
 * The URLs a deck context refuses: every URL but those of `origin` (`http://127.0.0.1:<port>`)
 * and data: or blob: ones; with no origin yet, every URL but data: and blob:. A RegExp, not
 * a function, so that Playwright matches it in its own server and lets the deck's own
 * requests through there, without a round trip to this process for each one.
 */
export function refusedUrls(origin?: string): RegExp {
  const own = origin
    ? `${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/|`
    : ''
  return new RegExp(`^(?!${own}data:|blob:)`)
}

/**
 * A canvas-sized browser context for the deck served at `origin`: every request to any
 * other origin (data: and blob: aside) is refused (refusedUrls), so nothing leaves the
 * machine and nothing hangs on the network. With no origin (a context opened before its
 * server is known, DeckTab), every request is refused until `allowOrigin` is called.
 */
export async function deckContext(browser: Browser, origin: string | undefined, options: DeckContextOptions = {}): Promise<BrowserContext & { allowOrigin: (origin: string) => Promise<void> }> {
  const context = await browser.newContext({
    ...canvasContext(options.scale),
    serviceWorkers: options.serviceWorkers ?? 'block',
  })
  const refuse = (route: Route): Promise<void> => {
    options.onRefused?.(route.request().url())
    return route.abort()
  }
  let refused = refusedUrls(origin)
  await context.route(refused, refuse)
  return Object.assign(context, {
    allowOrigin: async (served: string): Promise<void> => {
      const next = refusedUrls(served)
      await context.route(next, refuse)
      await context.unroute(refused, refuse)
      refused = next
    },
  })
}

export interface SlideWaitOptions {
  /** Where the slide is mounted: '#slideshow' (play mode) or a presenter pane. */
  inside?: string
  /** Milliseconds for each wait; Playwright's default when not given. */
  timeout?: number
}

/**
 * Waits until slide `no` is drawn in `page`: mounted, no lazy slide still loading, the
 * deck's fonts loaded, and every finite CSS transition or animation (v-click reveals,
 * the slide transition) finished. Throws Playwright's TimeoutError otherwise.
 */
export async function waitForSlide(page: Page, no: number, options: SlideWaitOptions = {}): Promise<void> {
  const { inside = '#slideshow', timeout } = options
  await page.waitForSelector(`${inside} .slidev-page-${no}`, { timeout })
  await page.waitForFunction(() => !document.querySelector('.slidev-slide-loading'), undefined, { timeout })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  // A reveal starts a frame after the slide mounts: give it that frame, then wait it out.
  await page.waitForTimeout(100)
  await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running'
    || a.effect?.getComputedTiming().endTime === Infinity), undefined, { timeout })
}

export interface OpenSlideOptions extends SlideWaitOptions {
  /** Query string of the slide's address; FINAL_CLICKS by default, '' for click 0. */
  query?: string
}

/**
 * Opens slide `no` (1-based) of the deck served at `baseUrl` (the site's URL with its base
 * path, ending in /) in its final click state, and waits until it is drawn (waitForSlide).
 */
export async function openSlide(page: Page, baseUrl: string, no: number, options: OpenSlideOptions = {}): Promise<void> {
  await page.goto(`${baseUrl}${no}${options.query ?? FINAL_CLICKS}`, { timeout: options.timeout })
  await waitForSlide(page, no, options)
}

/**
 * Elements of slide `no` that a click would still reveal (Slidev's `.slidev-vclick-hidden`):
 * none when the slide is in its final click state (the deck uses no v-click-hide).
 * Returns the first words of each.
 */
export async function hiddenByClicks(page: Page, no: number, inside = '#slideshow'): Promise<string[]> {
  return page.locator(`${inside} .slidev-page-${no} .slidev-vclick-hidden`).evaluateAll(els =>
    els.map(el => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40) || `<${el.tagName.toLowerCase()}>`))
}

/** A deck context and its page, opened before the deck's server is known (see openDeckTab). */
export interface DeckTab {
  browser: Browser
  context: BrowserContext
  page: Page
  /** Lets the page load from this origin (`http://127.0.0.1:<port>`), and only from it. */
  serve: (origin: string) => Promise<void>
}

/**
 * Opens a deck context and its page ahead of time, with light colours and screen media:
 * Chromium's first page (a renderer process) takes about a second, which an export spends
 * while it loads its modules or builds the deck. Requests are refused until `serve(origin)`.
 */
export async function openDeckTab(browser: Browser | Promise<Browser>, options: Omit<DeckContextOptions, 'onRefused'> = {}): Promise<DeckTab> {
  const launched = await browser
  const context = await deckContext(launched, undefined, options)
  try {
    const page = await context.newPage()
    await page.emulateMedia({ colorScheme: 'light', media: 'screen' })
    return {
      browser: launched,
      context,
      page,
      serve: served => context.allowOrigin(served),
    }
  }
  catch (error) {
    await context.close().catch(() => undefined)
    throw error
  }
}
