// Shared by every script and test that drives the built deck in a browser:
// the canvas size, and how to show one slide in its final click state.
import type { Page } from 'playwright-chromium'

export const CANVAS = { width: 980, height: 552 } as const

/** Opens slide `no` under `baseUrl` (the site's URL, ending in /) and waits until it is drawn. */
export async function showSlide(page: Page, baseUrl: string, no: number, options: { query?: string, settleMs?: number } = {}): Promise<void> {
  await page.goto(`${baseUrl}${no}${options.query ?? '?clicks=999'}`)
  await page.waitForSelector(`#slideshow .slidev-page-${no}`)
  await page.waitForFunction(() => !document.querySelector('.slidev-slide-loading'))
  await page.evaluate(() => document.fonts.ready)
  // Let transitions and v-click reveals settle.
  await page.waitForTimeout(options.settleMs ?? 300)
}
