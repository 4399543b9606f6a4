// Source lines and the reference list in the built deck, under the hosted site's base path:
// every source line renders as one line, every reference link points under the base to the
// references slide holding its entry and gets there on a click, and every entry links its URL
// in a new tab. Builds its own copy with --base (about 2 min) unless SOURCES_DIST names one.
import type { DeckSlide } from '../../scripts/deck.ts'
import type { DeckSession } from './harness.ts'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { partOf, references, referencesAlias } from '../../lib/references.ts'
import { loadDeck, ROOT } from '../../scripts/deck.ts'
import { CANVAS, gotoSlide, openDeck } from './harness.ts'

const BASE = '/isis-k-briefing/'
const work = mkdtempSync(join(tmpdir(), 'briefing-sources-'))
const dist = process.env.SOURCES_DIST ?? join(work, 'dist')

interface LineAudit {
  no: number
  text: string
  /** Rendered height over line height: 1 for one line. */
  lines: number
  fontPx: number
  hrefs: string[]
}

let session: DeckSession
let slides: DeckSlide[]
const audits: LineAudit[] = []

beforeAll(async () => {
  slides = (await loadDeck()).slides
  if (!process.env.SOURCES_DIST) {
    execFileSync(resolve(ROOT, 'node_modules/.bin/slidev'), [
      'build',
      'slides.md',
      '--base',
      BASE,
      '--out',
      dist,
    ], { cwd: ROOT, stdio: 'inherit' })
  }
  session = await openDeck({ dist, base: BASE })
  for (const slide of slides) {
    await gotoSlide(session, slide.no)
    audits.push(...await session.page.evaluate((n) => {
      const root = document.querySelector(`#slideshow .slidev-page-${n}`)!
      return [
        ...root.querySelectorAll<HTMLElement>('[data-source-line]'),
      ].map((el) => {
        const style = getComputedStyle(el)
        const lineHeight = Number.parseFloat(style.lineHeight)
        return {
          no: n,
          text: el.textContent?.replace(/\s+/g, ' ').trim() ?? '',
          // offsetHeight is in canvas px, unaffected by the slide's scale transform.
          lines: Math.round(el.offsetHeight / lineHeight * 10) / 10,
          fontPx: Number.parseFloat(style.fontSize),
          hrefs: [
            ...el.querySelectorAll('a'),
          ].map(a => a.getAttribute('href') ?? ''),
        }
      })
    }, slide.no))
  }
}, 900_000)

afterAll(async () => {
  await session?.close()
  rmSync(work, { recursive: true, force: true })
})

describe('source lines', () => {
  it('appear on the data slides', () => {
    expect(audits.length).toBeGreaterThan(15)
  })

  it('render as one line of at least 12 px on every slide', () => {
    const bad = audits.filter(a => a.lines > 1.2 || a.fontPx < 12).map(a => `slide ${a.no}: ${a.lines} lines at ${a.fontPx}px: ${a.text}`)
    expect(bad).toEqual([])
  })

  it('link outlets and numbers to the references slide of each entry, under the base path', () => {
    const bad = audits.flatMap(a => a.hrefs.filter(href => !/^\/isis-k-briefing\/references-\d+#ref-\d+$/.test(href)).map(href => `slide ${a.no}: ${href}`))
    expect(bad).toEqual([])
    expect(audits.every(a => a.hrefs.length > 0)).toBe(true)
  })

  it('take the reader to the entry on a click', async () => {
    const from = audits.find(a => a.hrefs.length > 2)!
    const href = from.hrefs.at(-1)!
    const n = Number(/#ref-(\d+)$/.exec(href)![1])
    await gotoSlide(session, from.no)
    await session.page.locator(`#slideshow .slidev-page-${from.no} [data-source-line] a[href="${href}"]`).click()
    await session.page.waitForURL(url => url.pathname === `${BASE}${referencesAlias(partOf(n))}`)
    const target = slides.find(s => s.routeAlias === referencesAlias(partOf(n)))!
    const entry = session.page.locator(`#slideshow .slidev-page-${target.no} li#ref-${n}`)
    await entry.waitFor()
    expect(await entry.getAttribute('data-ref')).toBe(String(n))
  })
})

describe('the reference list', () => {
  it('lists every source once, by number, each with its URL opening in a new tab', async () => {
    const entries: { n: number, hrefs: string[], targets: string[], rels: string[] }[] = []
    for (const slide of slides.filter(s => s.routeAlias?.startsWith('references-'))) {
      await gotoSlide(session, slide.no)
      entries.push(...await session.page.evaluate(n => [
        ...document.querySelectorAll(`#slideshow .slidev-page-${n} li[data-ref]`),
      ].map(li => ({
        n: Number(li.getAttribute('data-ref')),
        hrefs: [
          ...li.querySelectorAll('a'),
        ].map(a => a.href),
        targets: [
          ...li.querySelectorAll('a'),
        ].map(a => a.target),
        rels: [
          ...li.querySelectorAll('a'),
        ].map(a => a.rel),
      })), slide.no))
    }
    expect(entries.map(e => e.n)).toEqual(references.map(r => r.n))
    expect(entries.filter((e, i) => !e.hrefs.includes(references[i]!.url)).map(e => e.n)).toEqual([])
    expect(entries.flatMap(e => [
      ...e.targets,
      ...e.rels,
    ]).filter(v => v !== '_blank' && v !== 'noopener')).toEqual([])
  })

  it('fits its slides: no entry runs past the bottom of the canvas', async () => {
    const overflow: string[] = []
    for (const slide of slides.filter(s => s.routeAlias?.startsWith('references-'))) {
      await gotoSlide(session, slide.no)
      overflow.push(...await session.page.evaluate(({ n, canvas }) => {
        const page = document.querySelector<HTMLElement>(`#slideshow .slidev-page-${n}`)!
        const box = page.getBoundingClientRect()
        const scale = box.width / canvas.width
        return [
          ...page.querySelectorAll('li[data-ref]'),
        ].filter((li) => {
          const r = li.getBoundingClientRect()
          return (r.bottom - box.top) / scale > canvas.height - 8 || (r.right - box.left) / scale > canvas.width
        }).map(li => `slide ${n}: entry ${li.getAttribute('data-ref')}`)
      }, { n: slide.no, canvas: CANVAS }))
    }
    expect(overflow).toEqual([])
  })

  it('loads nothing from outside the machine, and logs no errors', () => {
    expect(session.externalRequests).toEqual([])
    expect(session.problems).toEqual([])
  })
})
