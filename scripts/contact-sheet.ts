// A contact sheet: every PNG of a folder tiled on one page, for reviewing a whole deck at a glance.
//   node scripts/contact-sheet.ts <folder of slide-NN.png> <out.png> [columns=4]
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, requireBrowser } from './browser.ts'

const [dir, out, cols = '4'] = process.argv.slice(2)
if (!dir || !out)
  throw new Error('usage: node scripts/contact-sheet.ts <folder> <out.png> [columns]')
const files = readdirSync(dir).filter(f => f.endsWith('.png')).sort()
const columns = Number(cols)
const tileW = 490
const tileH = 276
const cells = files.map((f, i) => `<figure><img src="data:image/png;base64,${readFileSync(join(dir, f)).toString('base64')}"><figcaption>${i + 1}</figcaption></figure>`).join('')
const html = `<!doctype html><style>
body{margin:0;background:#6b7280;font:600 14px sans-serif;display:grid;grid-template-columns:repeat(${columns},${tileW}px);gap:8px;padding:8px;width:max-content}
figure{margin:0;position:relative}img{width:${tileW}px;height:${tileH}px;display:block}
figcaption{position:absolute;left:0;top:0;background:#1b1f2a;color:#fff;padding:1px 6px}</style>${cells}`
const browser = await chromium.launch({
  executablePath: await requireBrowser(),
  args: [...CHROMIUM_ARGS],
})
const page = await browser.newPage({
  viewport: { width: columns * (tileW + 8) + 8, height: 600 },
})
await page.setContent(html, { timeout: 180_000 })
await page.screenshot({ path: out, fullPage: true })
await browser.close()
console.log(`${files.length} tiles in ${out}`)
