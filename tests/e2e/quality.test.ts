import type { DeckSlide } from '../../scripts/deck.ts'
import type { SlideWords } from '../rules/words.ts'
// Legibility and accessibility on every slide, in its final click state:
// axe-core (WCAG 2.1 A/AA, serious or critical), type sizes, word counts, titles,
// reduced motion and keyboard focus.
import type { DeckSession } from './harness.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../scripts/deck.ts'
import { countWords, formatWordReport, PROSE_WORD_LIMIT } from '../rules/words.ts'
import { axeViolations } from './axe.ts'
import { CANVAS, canvasContext, gotoSlide, openDeck } from './harness.ts'

const WORD_LIMIT = PROSE_WORD_LIMIT
const MIN_TEXT_PX = 12
const MIN_BODY_PX = 18

let session: DeckSession
let slides: DeckSlide[]

interface SlideAudit {
  violations: string[]
  smallText: string[]
  smallBody: string[]
  /** Prose outside the evidence, source lines excluded. */
  words: number
  /** Labels inside charts, maps, tables and the roadmap. */
  evidenceWords: number
  title: string
  lang: string
  /** The slide's layout class (default, section, cover, end...). */
  layout: string
  /** Headline top and the gap from its bottom to the next block, canvas px; null without a headline. */
  headlineTop: number | null
  headlineGap: number | null
  /** Chart text boxes that overlap another label or a reference line. */
  collisions: string[]
  /** Ledger and scorecard cells marked `data-one-line` whose text wraps onto a second line. */
  wrapped: string[]
}
const audits = new Map<number, SlideAudit>()

beforeAll(async () => {
  slides = (await loadDeck()).slides
  session = await openDeck()
  for (const slide of slides) {
    await gotoSlide(session, slide.no)
    const { page } = session
    const violations = await axeViolations(page, `#slideshow .slidev-page-${slide.no}`)
    const audit = await page.evaluate(({ n, minText, minBody, canvasWidth }) => {
      const slideEl = document.querySelector(`#slideshow .slidev-page-${n}`) as HTMLElement
      const scale = slideEl.getBoundingClientRect().width / canvasWidth

      const smallText: string[] = []
      const smallBody: string[] = []
      const walker = document.createTreeWalker(slideEl, NodeFilter.SHOW_TEXT)
      let words = ''
      let evidenceWords = ''
      const evidence = 'svg[role="img"], table, nav[aria-label], [data-evidence]'
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? ''
        const el = node.parentElement
        if (!text || !el || el.closest('title, desc, style, script'))
          continue
        const style = getComputedStyle(el)
        if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0)
          continue
        // SVG text scales with its viewBox: measure its rendered height, in canvas px.
        const size = el instanceof SVGElement
          ? Number.parseFloat(style.fontSize) * ((el as unknown as SVGGraphicsElement).getScreenCTM()?.a ?? 1) / scale
          : Number.parseFloat(style.fontSize)
        if (size < minText - 0.05)
          smallText.push(`${size.toFixed(1)}px "${text.slice(0, 40)}"`)
        const isBody = el.closest('.slidev-layout > p, .slidev-layout > ul > li, .slidev-layout > ol > li') && !el.closest('[data-source-line], .caption, .tag, [data-essay-mark]')
        if (isBody && size < minBody - 0.05)
          smallBody.push(`${size.toFixed(1)}px "${text.slice(0, 40)}"`)
        if (el.closest('[data-source-line]'))
          continue
        // The evidence (charts, maps, tables, the roadmap) is counted apart from the prose.
        if (el.closest(evidence))
          evidenceWords += ` ${text}`
        else
          words += ` ${text}`
      }
      // The layout grid: where the headline sits, and how far below it the evidence starts.
      const origin = slideEl.getBoundingClientRect()
      const layoutEl = slideEl.querySelector('.slidev-layout')
      const layout = ['cover', 'section', 'end', 'default'].find(c => layoutEl?.classList.contains(c)) ?? 'other'
      const h1 = slideEl.querySelector('.slidev-layout h1')
      let headlineTop: number | null = null
      let headlineGap: number | null = null
      if (h1) {
        const r = h1.getBoundingClientRect()
        // The top of the first line of text, as the audience sees it (line-height included).
        const range = document.createRange()
        range.selectNodeContents(h1)
        const first = range.getClientRects()[0] ?? r
        headlineTop = (first.top - origin.top) / scale
        let next = h1.nextElementSibling
        while (next && (['SCRIPT', 'STYLE'].includes(next.tagName) || next.getClientRects().length === 0))
          next = next.nextElementSibling
        if (next)
          headlineGap = (next.getBoundingClientRect().top - r.bottom) / scale
      }
      // Chart labels: no text box overlaps another, or a reference line ([data-ref]).
      const collisions: string[] = []
      const overlap = (a: DOMRect, b: DOMRect, pad: number): boolean =>
        a.left < b.right - pad && b.left < a.right - pad && a.top < b.bottom - pad && b.top < a.bottom - pad
      for (const svg of slideEl.querySelectorAll('svg[role="img"]')) {
        const texts = [
          ...svg.querySelectorAll('text'),
        ]
          .filter(el => el.textContent?.trim() && el.getClientRects().length && getComputedStyle(el).opacity !== '0')
          .map(el => ({
            el,
            r: el.getBoundingClientRect(),
            name: el.textContent!.trim().slice(0, 30),
          }))
        const refs = [
          ...svg.querySelectorAll('[data-ref]'),
        ].map(el => ({
          r: el.getBoundingClientRect(),
          name: el.getAttribute('data-ref'),
        }))
        // 1 canvas px of tolerance: glyph boxes include ascent and descent space.
        const pad = scale
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            if (overlap(texts[i]!.r, texts[j]!.r, pad))
              collisions.push(`"${texts[i]!.name}" / "${texts[j]!.name}"`)
          }
          for (const ref of refs) {
            if (overlap(texts[i]!.r, ref.r, 0))
              collisions.push(`"${texts[i]!.name}" / line ${ref.name}`)
          }
        }
      }
      // One-line cells (ledgers, scorecards): the text's line boxes, grouped by vertical overlap
      // (an inline tag in a smaller size shares its line), must form a single line.
      const wrapped: string[] = []
      for (const el of slideEl.querySelectorAll('[data-one-line]')) {
        const range = document.createRange()
        range.selectNodeContents(el)
        const rects = [
          ...range.getClientRects(),
        ].filter(r => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top)
        let lines = 0
        let bottom = -Infinity
        for (const r of rects) {
          if (r.top >= bottom - 1) {
            lines++
            bottom = r.bottom
          }
          else {
            bottom = Math.max(bottom, r.bottom)
          }
        }
        if (lines > 1)
          wrapped.push(`${lines} lines: "${el.textContent!.trim().replace(/\s+/g, ' ').slice(0, 50)}"`)
      }
      return {
        smallText,
        smallBody,
        wrapped,
        words,
        evidenceWords,
        title: document.title,
        lang: document.documentElement.lang,
        layout,
        headlineTop,
        headlineGap,
        collisions,
      }
    }, {
      n: slide.no,
      minText: MIN_TEXT_PX,
      minBody: MIN_BODY_PX,
      canvasWidth: CANVAS.width,
    })
    audits.set(slide.no, {
      ...audit,
      violations,
      words: countWords(audit.words),
      evidenceWords: countWords(audit.evidenceWords),
    })
  }
}, 600_000)

afterAll(async () => {
  await session?.close()
})

describe('every slide', () => {
  it('has no serious or critical WCAG 2.1 A/AA violation (axe-core, contrast included)', () => {
    const found = [...audits].flatMap(([no, a]) => a.violations.map(v => `slide ${no}: ${v}`))
    expect(found).toEqual([])
  })

  it(`has no text smaller than ${MIN_TEXT_PX}px on the canvas`, () => {
    const found = [...audits].flatMap(([no, a]) => a.smallText.map(t => `slide ${no}: ${t}`))
    expect(found).toEqual([])
  })

  it(`sets body text at ${MIN_BODY_PX}px or more`, () => {
    const found = [...audits].flatMap(([no, a]) => a.smallBody.map(t => `slide ${no}: ${t}`))
    expect(found).toEqual([])
  })

  it(`carries at most ${WORD_LIMIT} words of on-slide prose, source lines and evidence labels excluded`, () => {
    const rows: SlideWords[] = [...audits].map(([no, a]) => ({ no, words: a.words, evidence: a.evidenceWords }))
    console.log(formatWordReport(rows, WORD_LIMIT))
    expect(rows.filter(r => r.words > WORD_LIMIT)).toEqual([])
  })

  it('has a language attribute and its own meaningful document title', () => {
    const titles = [...audits].map(([no, a]) => ({ no, title: a.title, lang: a.lang }))
    expect(titles.every(t => t.lang === 'en')).toBe(true)
    expect(new Set(titles.map(t => t.title)).size).toBe(slides.length)
    for (const slide of slides.filter(s => s.no > 1))
      expect(titles[slide.no - 1]!.title).toContain(slide.title.replace(/<[^>]+>/g, '').trim().slice(0, 20))
  })
})

describe('one layout grid', () => {
  // Body slides and section breaks share one grid; the cover and the end slide may differ.
  const gridded = () => [...audits].filter(([, a]) => a.layout === 'default' || a.layout === 'section')

  it('puts every body and section headline at the same top, within 1 px', () => {
    const rows = gridded().map(([no, a]) => ({ no, top: a.headlineTop }))
    expect(rows.filter(r => r.top === null)).toEqual([])
    const tops = rows.map(r => r.top!)
    const median = tops.toSorted((a, b) => a - b)[Math.floor(tops.length / 2)]!
    const off = rows.filter(r => Math.abs(r.top! - median) > 1).map(r => `slide ${r.no}: headline top ${r.top!.toFixed(1)} px, grid ${median.toFixed(1)} px`)
    expect(off).toEqual([])
  })

  it('starts the evidence one fixed gap under the headline on body slides (no centred text floating below)', () => {
    const rows = [...audits].filter(([, a]) => a.layout === 'default' && a.headlineGap !== null)
    const gaps = rows.map(([, a]) => a.headlineGap!)
    const median = gaps.toSorted((a, b) => a - b)[Math.floor(gaps.length / 2)]!
    const off = rows.filter(([, a]) => Math.abs(a.headlineGap! - median) > 12).map(([no, a]) => `slide ${no}: gap ${a.headlineGap!.toFixed(1)} px, grid ${median.toFixed(1)} px`)
    expect(off).toEqual([])
  })

  it('keeps every cell marked data-one-line on one line (ledgers and scorecards do not wrap)', () => {
    const found = [...audits].flatMap(([no, a]) => a.wrapped.map(w => `slide ${no}: ${w}`))
    expect(found).toEqual([])
  })

  it('lets no chart label overlap another label or a reference line', () => {
    const found = [...audits].flatMap(([no, a]) => a.collisions.map(c => `slide ${no}: ${c}`))
    expect(found).toEqual([])
  })
})

describe('motion and keyboard', () => {
  it('turns transitions and animations off under prefers-reduced-motion, and still reaches the final state', async () => {
    const context = await session.browser.newContext({
      ...canvasContext(),
      reducedMotion: 'reduce',
    })
    const page = await context.newPage()
    await page.goto(`${session.server.url}1`)
    await page.waitForSelector('#slideshow .slidev-page-1')
    let running = 0
    for (let step = 0; step < 6; step++) {
      await page.keyboard.press('ArrowRight')
      running = Math.max(running, await page.evaluate(() => document.getAnimations().filter(a => a.playState === 'running').length))
    }
    expect(running).toBe(0)
    const longest = await page.evaluate(() => Math.max(...[
      ...document.querySelectorAll('#slideshow *'),
    ].map(el => Number.parseFloat(getComputedStyle(el).transitionDuration) || 0)))
    expect(longest).toBe(0)
    await context.close()
  })

  it('shows a visible focus ring when navigating with Tab', async () => {
    const { page } = session
    await gotoSlide(session, 1, '')
    await page.keyboard.press('Tab')
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body)
        return 'nothing focused'
      const style = getComputedStyle(el)
      return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2
        ? 'visible'
        : `no ring on <${el.tagName.toLowerCase()}>`
    })
    expect(ring).toBe('visible')
  })
})
