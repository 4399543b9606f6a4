// Pictures of chosen slides of a built deck, taken with the deck's own browser
// resolution (scripts/browser.ts), in each slide's final click state.
// Used for the link-preview image (scripts/build-site.ts) and the README images
// (scripts/readme-images.ts).
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { serveStatic } from './serve.ts'
import { CANVAS, deckContext, launchChromium, openSlide } from './slide-page.ts'

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
  /** Output width in pixels (the canvas is 980 wide); the height follows the canvas (styles/tokens.ts). */
  width?: number
  /** The browser to use; found with scripts/browser.ts when not given. */
  executablePath?: string
  /** JPEG quality, 0-100. */
  quality?: number
  /** Told of each console error and page error, as `console: ...` / `pageerror: ...`. */
  onProblem?: (line: string) => void
}

export async function captureSlides(options: CaptureOptions): Promise<string[]> {
  const server = await serveStatic(options.dist, options.base ?? '/')
  const browser = await launchChromium(options.executablePath)
  try {
    const context = await deckContext(browser, server.origin, { scale: (options.width ?? CANVAS.width) / CANVAS.width })
    const page = await context.newPage()
    if (options.onProblem) {
      const report = options.onProblem
      page.on('console', msg => msg.type() === 'error' && report(`console: ${msg.text()}`))
      page.on('pageerror', err => report(`pageerror: ${err.message}`))
    }
    const written: string[] = []
    for (const shot of options.shots) {
      await openSlide(page, server.url, shot.no)
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
