// Pictures of chosen slides of a built deck, taken with the deck's own browser
// resolution (scripts/browser.ts), in each slide's final click state.
// Used for the link-preview image (scripts/build-site.ts) and the README images
// (scripts/readme-images.ts).
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, requireBrowser } from './browser.ts'
import { CANVAS } from './print.ts'
import { serveStatic } from './serve.ts'

export { CANVAS } from './print.ts'

export interface Shot {
  /** 1-based slide number. */
  no: number
  /** Where to write it; .png or .jpg decides the format. */
  path: string
}

export interface CaptureOptions {
  dist: string
  base?: string
  shots: Shot[]
  /** Output width in pixels (the canvas is 980 wide); the height follows the 980x552 canvas. */
  width?: number
  /** The browser to use; found with scripts/browser.ts when not given. */
  executablePath?: string
  /** JPEG quality, 0-100. */
  quality?: number
}

export async function captureSlides(options: CaptureOptions): Promise<string[]> {
  const server = await serveStatic(options.dist, options.base ?? '/')
  const browser = await chromium.launch({
    executablePath: options.executablePath ?? await requireBrowser(),
    args: [...CHROMIUM_ARGS],
  })
  try {
    const context = await browser.newContext({
      viewport: { ...CANVAS },
      deviceScaleFactor: (options.width ?? CANVAS.width) / CANVAS.width,
      // No offline cache for a camera.
      serviceWorkers: 'block',
    })
    // Nothing leaves the machine.
    await context.route(url => !url.href.startsWith(server.origin) && url.protocol.startsWith('http'), route => route.abort())
    const page = await context.newPage()
    const written: string[] = []
    for (const shot of options.shots) {
      await page.goto(`${server.url}${shot.no}?clicks=999`)
      await page.waitForSelector(`#slideshow .slidev-page-${shot.no}`)
      await page.waitForFunction(() => !document.querySelector('.slidev-slide-loading'))
      await page.evaluate(() => document.fonts.ready)
      await page.waitForTimeout(500)
      mkdirSync(dirname(shot.path), { recursive: true })
      const jpeg = /\.jpe?g$/i.test(shot.path)
      await page.screenshot({
        path: shot.path,
        type: jpeg
          ? 'jpeg'
          : 'png',
        quality: jpeg
          ? (options.quality ?? 82)
          : undefined,
      })
      written.push(shot.path)
    }
    return written
  }
  finally {
    await browser.close()
    await server.close()
  }
}
