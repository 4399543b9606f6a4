// One way to find a Chromium for export and tests, shared by every script:
// CHROME_PATH first, then Playwright's own download, then a system browser.
import { existsSync } from 'node:fs'

export const SYSTEM_BROWSERS = [
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

/** For scripts: the browser path, or a readable message and exit code 1. */
export async function requireBrowser(): Promise<string> {
  const found = await resolveBrowser()
  if (!found.ok) {
    console.error(`\n${found.message}\n`)
    process.exit(1)
  }
  return found.path
}

/** Flags for headless Chromium on a closed network, as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
] as const
