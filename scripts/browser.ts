// One way to find a Chromium for export and tests, shared by every script:
// CHROME_PATH first, then Playwright's own download, then a system browser.
import { existsSync } from 'node:fs'

/**
 * System browsers, best first. Debian's headless-only build of Chromium comes first where it is
 * installed: every use here is headless, and it is the build Playwright itself launches for
 * headless work (`chromium-headless-shell`). It has no browser UI to start, so an export prints
 * about 1.5-2 s sooner (7.5 -> 5.7 s for this deck's PDF, on 2 cores), and the same PDF.
 */
export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
] as const

export interface BrowserCandidates {
  env: string | undefined
  playwright: string | undefined
  system: readonly string[]
}

export type BrowserResolution
  = | { ok: true, path: string, from: 'CHROME_PATH' | 'playwright' | 'system' }
    | { ok: false, message: string }

export const HOW_TO_GET_A_BROWSER = [
  'No Chromium or Chrome was found for export and tests.',
  'Get one of these, then run the command again:',
  '  - Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  - macOS:          brew install --cask chromium   (or install Google Chrome)',
  '  - any system:     npx playwright install chromium',
  '  - or point CHROME_PATH at an existing Chrome/Chromium binary.',
].join('\n')

/** Pure: picks the first candidate that exists. */
export function pickBrowser(candidates: BrowserCandidates, exists: (path: string) => boolean): BrowserResolution {
  if (candidates.env) {
    if (exists(candidates.env))
      return { ok: true, path: candidates.env, from: 'CHROME_PATH' }
    return { ok: false, message: `CHROME_PATH is set to "${candidates.env}", but no file is there.\n\n${HOW_TO_GET_A_BROWSER}` }
  }
  if (candidates.playwright && exists(candidates.playwright))
    return { ok: true, path: candidates.playwright, from: 'playwright' }
  const system = candidates.system.find(exists)
  if (system)
    return { ok: true, path: system, from: 'system' }
  return { ok: false, message: HOW_TO_GET_A_BROWSER }
}

async function playwrightBrowserPath(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-chromium')
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

export async function resolveBrowser(env: NodeJS.ProcessEnv = process.env): Promise<BrowserResolution> {
  return pickBrowser({
    env: env.CHROME_PATH || undefined,
    playwright: await playwrightBrowserPath(),
    system: SYSTEM_BROWSERS,
  }, existsSync)
}

/**
 * The browser for Slidev's own `slidev export` (the --slidev fallback): `path`, unless it is
 * the system's headless-only build (SYSTEM_BROWSERS[0]) and a full system browser is
 * installed, which is then used. Slidev's exporter, started that fast on a dev server whose
 * Vite cache is cold, printed every page blank or failed on an outline entry with no page
 * (2 of 3 tries here); with the full browser it did not. A CHROME_PATH is always kept.
 */
export function browserForSlidevExport(path: string, exists: (path: string) => boolean = existsSync, env: NodeJS.ProcessEnv = process.env): string {
  if (path !== SYSTEM_BROWSERS[0] || env.CHROME_PATH)
    return path
  return SYSTEM_BROWSERS.slice(1).find(exists) ?? path
}

/** For scripts: the browser path, or a readable message and exit code 1. */
export async function requireBrowser(): Promise<string> {
  const found = await resolveBrowser()
  if (!found.ok) {
    console.error(`\n${found.message}\n`)
    process.exit(1)
  }
  return found.path
}

/**
 * Flags for headless Chromium on a closed network, as root. `--font-render-hinting=none`: the
 * headless-only build hints glyphs to whole pixels by default, so text set wider and lines
 * wrapped elsewhere than in the full browser; without hinting both lay out the same text.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
] as const

/**
 * The features Playwright switches off in every Chromium it launches (playwright-core,
 * `chromiumSwitches.ts`). Chromium reads only the last `--disable-features` of its command
 * line, and Playwright puts its own first, so a launch that adds one repeats these.
 * browser.test.ts fails when the installed Playwright's list has one that is not here.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const

/**
 * Browser UI that headless Chromium builds and never shows: since about version 150 every
 * window preloads its address bar's suggestion popups as web pages (`chrome://omnibox-popup.top-chrome/`,
 * two of them), in a renderer of their own that burns about 2 s of CPU per launch, measured on
 * an export here (1.9-2.0 s of 7-8 s), on a machine of two cores.
 */
export const UNSHOWN_BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'] as const

/** CHROMIUM_ARGS for a browser that Playwright launches (launchChromium): without the unshown UI. */
export const PLAYWRIGHT_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  `--disable-features=${[
    ...PLAYWRIGHT_DISABLED_FEATURES,
    ...UNSHOWN_BROWSER_UI,
  ].join(',')}`,
] as const
