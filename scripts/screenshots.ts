// Screenshots of every slide of the built deck, in its final click state, for review:
//   node scripts/screenshots.ts [outDir] [slide numbers...]
// DIST (default dist) is the built site; ENTRY (default slides.md) the deck it was built from.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, requireBrowser } from './browser.ts'
import { loadDeck } from './deck.ts'
import { serveStatic } from './serve.ts'

const outDir = process.argv[2] ?? 'screenshots'
const only = process.argv.slice(3).map(Number)
mkdirSync(outDir, { recursive: true })

const server = await serveStatic(process.env.DIST ?? 'dist')
const browser = await chromium.launch({
  executablePath: await requireBrowser(),
  args: [...CHROMIUM_ARGS],
})
const page = await browser.newPage({
  viewport: { width: 980, height: 552 },
  deviceScaleFactor: 1,
})
page.on('console', msg => msg.type() === 'error' && console.error(`console: ${msg.text()}`))
page.on('pageerror', err => console.error(`pageerror: ${err.message}`))
await page.goto(`${server.url}1`)
await page.waitForSelector('#slideshow')
const total = (await loadDeck(process.env.ENTRY
  ? resolve(process.env.ENTRY)
  : undefined)).slides.length
for (let n = 1; n <= total; n++) {
  if (only.length && !only.includes(n))
    continue
  await page.goto(`${server.url}${n}?clicks=99`)
  await page.waitForSelector(`#slideshow .slidev-page-${n}`)
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${outDir}/slide-${String(n).padStart(2, '0')}.png` })
}
console.log(`${total} slides, screenshots in ${outDir}/`)
await browser.close()
await server.close()
