// lib/text-width.ts against Chromium: the widths measured from the font files must match
// what the browser sets for the deck's own label strings, in the deck's bundled fonts.
// Needs no build: the fonts are loaded from node_modules into a blank page.
import type { Browser, Page } from 'playwright-chromium'
import type { FontFamily } from '../../lib/text-width.ts'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { incidents } from '../../data/incidents.ts'
import { reachNodes } from '../../data/reach.ts'
import { timelineEvents } from '../../data/timeline.ts'
import { measureText } from '../../lib/text-width.ts'
import { ROOT } from '../../scripts/deck.ts'
import { launchBrowser } from './harness.ts'

/** Most relative error allowed on one string (kerning is left out of the table: "NRW," is the worst). */
const TOLERANCE = 0.035
/** Most mean relative error allowed over all the strings of one face. */
const MEAN_TOLERANCE = 0.01

const FACES: { family: FontFamily, weight: number, file: string }[] = [
  { family: 'Inter', weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff2' },
  { family: 'Inter', weight: 600, file: '@fontsource/inter/files/inter-latin-600-normal.woff2' },
  { family: 'Source Serif 4', weight: 600, file: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2' },
]

/** Chart labels as the deck writes them: timeline events, map places and incident lines. */
const SAMPLES = [
  ...new Set([
    ...timelineEvents.map(e => e.label),
    ...reachNodes.flatMap(n => [
      n.label,
      ...('sublabel' in n && n.sublabel
        ? [n.sublabel]
        : []),
    ]),
    ...incidents.flatMap(i => [i.place, i.short]),
    'Kerman, Iran: about 90–95 killed',
    '“little to no warning”',
  ]),
].filter(s => s.length >= 4)

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
  const faces = FACES.map(f => `@font-face { font-family: '${f.family}'; font-weight: ${f.weight}; src: url(data:font/woff2;base64,${readFileSync(resolve(ROOT, 'node_modules', f.file)).toString('base64')}) format('woff2'); }`)
  await page.setContent(`<!doctype html><html><head><style>${faces.join('\n')}</style></head><body></body></html>`)
  await page.evaluate(async faces => Promise.all(faces.map(f => document.fonts.load(`${f.weight} 14px '${f.family}'`))), FACES)
})

afterAll(async () => {
  await browser?.close()
})

describe('measureText against Chromium', () => {
  it('has deck strings to compare', () => {
    expect(SAMPLES.length).toBeGreaterThan(30)
  })

  for (const face of FACES) {
    it(`matches ${face.family} ${face.weight} at 14 px within ${(TOLERANCE * 100).toFixed(1)}% on every deck label, ${MEAN_TOLERANCE * 100}% on average`, async () => {
      const measured: number[] = await page.evaluate(({ face, samples }) => samples.map((text) => {
        const span = document.createElement('span')
        span.style.cssText = `font: ${face.weight} 14px '${face.family}'; white-space: pre; position: absolute;`
        span.textContent = text
        document.body.append(span)
        const width = span.getBoundingClientRect().width
        span.remove()
        return width
      }), { face, samples: SAMPLES })
      const loaded = await page.evaluate(f => document.fonts.check(`${f.weight} 14px '${f.family}'`), face)
      expect(loaded).toBe(true)
      const errors = SAMPLES.map((text, i) => {
        const ours = measureText(text, { fontSize: 14, weight: face.weight, family: face.family })
        return {
          text,
          ours: +ours.toFixed(1),
          chromium: +measured[i]!.toFixed(1),
          error: ours / measured[i]! - 1,
        }
      })
      const worst = [...errors].sort((a, b) => Math.abs(b.error) - Math.abs(a.error))
      const mean = errors.reduce((s, e) => s + Math.abs(e.error), 0) / errors.length
      console.log(`${face.family} ${face.weight}: ${errors.length} strings, mean |error| ${(mean * 100).toFixed(2)}%, worst ${(worst[0]!.error * 100).toFixed(2)}% on "${worst[0]!.text}"`)
      expect(worst.filter(e => Math.abs(e.error) > TOLERANCE)).toEqual([])
      expect(mean).toBeLessThan(MEAN_TOLERANCE)
    })
  }
})
