import type { Buffer } from 'node:buffer'
// build/icon-sprite.ts against Chromium: Slidev's control icons, as UnoCSS's icon preset
// writes them, look the same drawn from the sprite as drawn alone, at the sizes the
// controls use (their boxes are 1em square) and at a phone's pixel ratio.
// Needs no build: the CSS is generated here, with the same preset and icon sets.
import type { Browser, Page } from 'playwright-chromium'
import { createGenerator, presetIcons } from 'unocss'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spriteMaskIcons } from '../../build/icon-sprite.ts'
import { launchBrowser } from './harness.ts'

/** The nav bar's icons (@slidev/client internals/NavControls.vue), two sets and two viewBox sizes. */
const ICONS = [
  'i-carbon:maximize',
  'i-carbon:arrow-left',
  'i-carbon:arrow-right',
  'i-carbon:apps',
  'i-carbon:pen',
  'i-carbon:user-speaker',
  'i-carbon:information',
  'i-ph:arrow-up-bold',
  'i-ph:arrow-down-bold',
  'i-carbon:settings-adjust',
]
/** Box sizes in CSS px: the rule's 1em at the font sizes the controls use (text-sm to text-2xl), and a fractional one. */
const BOXES = [
  [14, 14],
  [16, 16],
  [20, 20],
  [24, 24],
  [17.5, 17.5],
] as const

function page(css: string): string {
  const cells = BOXES.map(([w, h]) => `<div class="row">${ICONS.map(icon => `<div class="${icon}" style="width:${w}px;height:${h}px"></div>`).join('')}</div>`).join('')
  return `<!doctype html><style>body{margin:0;background:#fff;color:#123}.row{display:flex;gap:6px;padding:3px}${css}</style>${cells}`
}

let browser: Browser
let tab: Page
let original = ''
let sprited = ''
let icons = 0

beforeAll(async () => {
  const uno = await createGenerator({
    presets: [
      presetIcons(),
    ],
  })
  const generated = await uno.generate(new Set(ICONS), { preflights: false, minify: true })
  original = generated.css
  const result = spriteMaskIcons(original)
  sprited = result.css
  icons = result.icons
  browser = await launchBrowser()
  tab = await browser.newPage({
    viewport: { width: 360, height: 200 },
    deviceScaleFactor: 2.625,
  })
})

afterAll(async () => {
  await browser?.close()
})

/** Pixels (RGBA, any channel off by more than 8) that differ between two PNG screenshots, counted in the page. */
async function differingPixels(a: Buffer, b: Buffer): Promise<{ differing: number, total: number }> {
  return tab.evaluate(async ([a, b]) => {
    const load = async (data: string): Promise<ImageData> => {
      const image = new Image()
      image.src = `data:image/png;base64,${data}`
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.naturalWidth
      canvas.height = image.naturalHeight
      const context = canvas.getContext('2d')!
      context.drawImage(image, 0, 0)
      return context.getImageData(0, 0, canvas.width, canvas.height)
    }
    const [x, y] = [await load(a!), await load(b!)]
    let differing = 0
    for (let i = 0; i < x.data.length; i += 4) {
      if ([0, 1, 2, 3].some(c => Math.abs(x.data[i + c]! - y.data[i + c]!) > 8))
        differing++
    }
    return { differing, total: x.data.length / 4 }
  }, [
    a.toString('base64'),
    b.toString('base64'),
  ])
}

describe('the control icons drawn from one sprite', () => {
  it('puts every icon in the sprite and draws them all', async () => {
    expect(icons).toBe(ICONS.length)
    expect(sprited.match(/data:image\/svg\+xml/g)).toHaveLength(1)
    await tab.setContent(page(sprited))
    // Every icon paints: the dark pixels of each box are not empty.
    const blank = await tab.evaluate(() => [
      ...document.querySelectorAll('.row > div'),
    ].filter(div => getComputedStyle(div).maskImage === 'none').length)
    expect(blank).toBe(0)
  })

  it('looks the same as each icon drawn alone', async () => {
    await tab.setContent(page(original))
    const alone = await tab.screenshot()
    await tab.setContent(page(sprited))
    const fromSprite = await tab.screenshot()
    const { differing, total } = await differingPixels(alone, fromSprite)
    // Anti-aliasing may move an edge pixel; a wrong cell or offset changes thousands.
    expect(differing / total).toBeLessThan(0.002)
  })
})
