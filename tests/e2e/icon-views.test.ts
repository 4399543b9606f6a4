import type { Buffer } from 'node:buffer'
// build/icon-views.ts against Chromium: Slidev's control icons, written as UnoCSS's icon
// preset writes them (a data URL each), look the same drawn from the shared SVG file's
// <view> regions, box by box: at the sizes the controls use, in boxes of fractional size
// (Slidev's context menu draws icons in 19.1875 px boxes) and off the pixel grid, at a
// laptop's and two phones' pixel ratios. Needs no build: the page is served here.
import type { Browser, Page } from 'playwright-chromium'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { moveIconsToViews } from '../../build/icon-views.ts'
import { launchBrowser } from './harness.ts'

const require = createRequire(import.meta.url)
interface IconSet { width?: number, height?: number, icons: Record<string, { body: string, width?: number, height?: number }> }
const SETS: Record<string, IconSet> = {
  carbon: require('@iconify-json/carbon/icons.json'),
  ph: require('@iconify-json/ph/icons.json'),
}

/** The nav bar's and the context menu's icons (@slidev/client internals), two sets and two viewBox sizes. */
const ICONS = [
  'carbon:maximize',
  'carbon:arrow-left',
  'carbon:arrow-right',
  'carbon:apps',
  'carbon:pen',
  'carbon:user-speaker',
  'carbon:information',
  'carbon:settings-adjust',
  'carbon:close',
  'ph:arrow-up-bold',
  'ph:arrow-down-bold',
  'ph:cursor-duotone',
]
/** Box sizes in CSS px: 1em at the controls' font sizes, fractional ones, and one that is not square. */
const BOXES = [
  [14, 14],
  [16, 16],
  [24, 24],
  [17.5, 17.5],
  [19.1875, 19.1875],
  [20, 26],
] as const
/** Left offsets in CSS px: on the grid and off it. */
const OFFSETS = [0, 0.3, 0.5]
const ORIGIN = 'http://icons.test'

/** One icon's rule as UnoCSS's icon preset writes it in mask mode (minified, as in the build). */
function iconRule(name: string): string {
  const [set, icon] = name.split(':') as [string, string]
  const data = SETS[set]!
  const entry = data.icons[icon]!
  const svg = `<svg viewBox='0 0 ${entry.width ?? data.width ?? 16} ${entry.height ?? data.height ?? 16}' width='1em' height='1em' xmlns='http://www.w3.org/2000/svg' >${entry.body.replace(/"/g, '\'')}</svg>`
  const encoded = svg.replace(/[%#<>{}"\n]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
  return `.i-${set}-${icon}{--un-icon:url("data:image/svg+xml;utf8,${encoded}");-webkit-mask:var(--un-icon) no-repeat;mask:var(--un-icon) no-repeat;-webkit-mask-size:100% 100%;mask-size:100% 100%;background-color:currentColor;color:inherit;width:1em;height:1em}`
}

const original = ICONS.map(iconRule).join('')
const moved = moveIconsToViews(original, () => 'icons.svg')

/** Every icon in every box, each box in a cell of its own (so one box's pixels can be compared). */
function page(): string {
  const cells = BOXES.flatMap(([w, h]) => OFFSETS.map(x => `<div class="row">${ICONS.map(icon => `<span class="cell"><i class="i-${icon.replace(':', '-')}" style="width:${w}px;height:${h}px;margin-left:${x}px"></i></span>`).join('')}</div>`)).join('')
  return `<!doctype html><link rel="stylesheet" href="icons.css"><style>body{margin:0;background:#fff;color:#123}.row{display:flex}.cell{display:block;width:32px;height:32px}i{display:block}</style>${cells}`
}

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** A tab at `deviceScaleFactor` that serves the page with `css` (and the shared SVG file) from ORIGIN. */
async function tab(deviceScaleFactor: number, css: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: ICONS.length * 32, height: BOXES.length * OFFSETS.length * 32 },
    deviceScaleFactor,
  })
  await context.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname
    const [body, contentType] = path === '/icons.css'
      ? [css, 'text/css']
      : path === '/icons.svg'
        ? [moved.svg, 'image/svg+xml']
        : [
            page(),
            'text/html',
          ]
    return route.fulfill({ body, contentType })
  })
  const tab = await context.newPage()
  await tab.goto(`${ORIGIN}/`)
  // Images in masks load after the style pass: wait until two frames pass with the file in.
  await tab.waitForLoadState('networkidle')
  await tab.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))
  return tab
}

/** For each 32x32 cell: how many of its device pixels differ (any channel by more than 8) between two screenshots. */
async function differingPerCell(page: Page, a: Buffer, b: Buffer, scale: number): Promise<number[]> {
  return page.evaluate(async ([a, b, scale]) => {
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
    const [x, y] = [await load(a as string), await load(b as string)]
    const cell = 32 * (scale as number)
    const columns = Math.round(x.width / cell)
    const counts = Array.from<number>({ length: columns * Math.round(x.height / cell) }).fill(0)
    for (let i = 0; i < x.data.length; i += 4) {
      if ([0, 1, 2, 3].some(c => Math.abs(x.data[i + c]! - y.data[i + c]!) > 8)) {
        const px = (i / 4) % x.width
        const py = Math.floor(i / 4 / x.width)
        counts[Math.floor(py / cell) * columns + Math.floor(px / cell)]!++
      }
    }
    return counts
  }, [
    a.toString('base64'),
    b.toString('base64'),
    scale,
  ] as const)
}

describe('the control icons drawn from one SVG file\'s <view> regions', () => {
  it('moves every icon into the file, one view each, and leaves no data URL behind', () => {
    expect(moved.views).toHaveLength(ICONS.length)
    expect(moved.css).not.toContain('data:image/svg+xml')
    expect(moved.css.match(/url\("icons\.svg#i\d+"\)/g)).toHaveLength(ICONS.length)
  })

  for (const scale of [1, 2.625, 3]) {
    it(`draws each icon as its data URL did, in every box, at ${scale}x`, async () => {
      const alone = await tab(scale, original)
      const fromViews = await tab(scale, moved.css)
      try {
        // Every icon in the file draws (a mask that failed to load would leave its box blank).
        const painted = await fromViews.evaluate(() => [
          ...document.querySelectorAll('i'),
        ].every(i => getComputedStyle(i).maskImage.includes('icons.svg#i')))
        expect(painted).toBe(true)
        const [a, b] = [await alone.screenshot(), await fromViews.screenshot()]
        const counts = a.equals(b)
          ? []
          : await differingPerCell(alone, a, b, scale)
        if (process.env.ICON_VIEWS_DEBUG)
          console.log(scale, a.equals(b), Math.max(0, ...counts))
        // A cell is one icon in one box: name the ones that differ by more than two device pixels.
        const wrong = counts.flatMap((count, cell) => count > 2
          ? [`${ICONS[cell % ICONS.length]} in box ${BOXES[Math.floor(cell / ICONS.length / OFFSETS.length)]!.join('x')} at +${OFFSETS[Math.floor(cell / ICONS.length) % OFFSETS.length]} px: ${count} px`]
          : [])
        expect(wrong).toEqual([])
        // The screenshots are not blank: the icons did draw.
        const dark = await differingPerCell(alone, a, await (async () => {
          await alone.addStyleTag({ content: 'i{visibility:hidden}' })
          return alone.screenshot()
        })(), scale)
        expect(dark.filter(count => count > 0).length).toBe(ICONS.length * BOXES.length * OFFSETS.length)
      }
      finally {
        await alone.context().close()
        await fromViews.context().close()
      }
    })
  }
})
