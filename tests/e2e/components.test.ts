import type { DeckSlide } from '../../scripts/deck.ts'
// The evidence components on the built deck, in the final click state: accessible SVG,
// no canvas, and every record of the data drawn once.
import type { DeckSession } from './harness.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { argumentSteps } from '../../data/argument.ts'
import { incidents } from '../../data/incidents.ts'
import { options } from '../../data/options.ts'
import { precedents } from '../../data/precedents.ts'
import { reachEdges } from '../../data/reach.ts'
import { sourceIds } from '../../data/sources.ts'
import { timelineEvents } from '../../data/timeline.ts'
import { usTroops } from '../../data/troops.ts'
import { loadDeck } from '../../scripts/deck.ts'
import { gotoSlide, openDeck } from './harness.ts'

interface SlideCounts {
  no: number
  svgs: { cls: string, title: string, desc: string }[]
  canvas: number
  counts: Record<string, number>
  sourceEntries: string[]
}

const MARKS = [
  'data-incident',
  'data-edge',
  'data-event',
  'data-troop',
  'data-option',
  'data-precedent',
  'data-step',
] as const

let session: DeckSession
let slides: DeckSlide[]
const seen: SlideCounts[] = []

beforeAll(async () => {
  slides = (await loadDeck()).slides
  session = await openDeck()
  for (const slide of slides) {
    await gotoSlide(session, slide.no)
    seen.push(await session.page.evaluate(({ n, marks }) => {
      const root = document.querySelector(`#slideshow .slidev-page-${n}`)!
      const counts: Record<string, number> = {}
      for (const mark of marks) {
        // A shared map marker lists its incidents in data-incident, space-separated.
        counts[mark] = new Set([
          ...root.querySelectorAll(`[${mark}]`),
        ].flatMap(el => mark === 'data-incident'
          ? el.getAttribute(mark)!.split(' ')
          : [
              el.getAttribute(mark),
            ])).size
      }
      return {
        no: n,
        svgs: [
          ...root.querySelectorAll('svg[role="img"]'),
        ].map(svg => ({
          cls: svg.getAttribute('class') ?? '',
          title: svg.querySelector(':scope > title')?.textContent?.trim() ?? '',
          desc: svg.querySelector(':scope > desc')?.textContent?.trim() ?? '',
        })),
        canvas: document.querySelectorAll('canvas').length,
        counts,
        sourceEntries: [
          ...root.querySelectorAll('[data-source-id]'),
        ].map(el => el.getAttribute('data-source-id')!),
      }
    }, { n: slide.no, marks: MARKS }))
  }
}, 600_000)

afterAll(async () => {
  await session?.close()
})

/** The largest count of a mark on any one slide (the slide that shows that component). */
function drawn(mark: typeof MARKS[number]): number {
  return Math.max(0, ...seen.map(s => s.counts[mark] ?? 0))
}

describe('evidence components', () => {
  it('give every chart an svg role=img with a non-empty title and desc', () => {
    const charts = seen.flatMap(s => s.svgs.map(svg => ({ no: s.no, ...svg })))
    expect(charts.length).toBeGreaterThanOrEqual(4)
    expect(charts.filter(c => !c.title || c.desc.length < 40)).toEqual([])
  })

  it('draw no canvas anywhere', () => {
    expect(seen.filter(s => s.canvas > 0).map(s => s.no)).toEqual([])
  })

  // The UN estimates of ISIS-K are not drawn as a chart (they are not one series): the appendix
  // table lists them all (lib/time-tables.test.ts).
  it('draw every record of their data once, in the final click state', () => {
    expect({
      incidents: drawn('data-incident'),
      reachEdges: drawn('data-edge'),
      timelineEvents: drawn('data-event'),
      usTroops: drawn('data-troop'),
      options: drawn('data-option'),
      precedents: drawn('data-precedent'),
      argumentSteps: drawn('data-step'),
    }).toEqual({
      incidents: incidents.length,
      reachEdges: reachEdges.length,
      timelineEvents: timelineEvents.length,
      usTroops: usTroops.length,
      options: options.length,
      precedents: precedents.length,
      argumentSteps: argumentSteps.length,
    })
  })

  it('list every source on the Sources slides', () => {
    const listed = new Set(seen.flatMap(s => s.sourceEntries))
    expect(sourceIds.filter(id => !listed.has(id))).toEqual([])
  })

  it('let a roadmap node take the audience to its section', async () => {
    const roadmap = seen.find(s => s.counts['data-step'] === argumentSteps.length)!
    await gotoSlide(session, roadmap.no)
    const { page } = session
    const last = argumentSteps.at(-1)!
    await page.locator(`#slideshow .slidev-page-${roadmap.no} [data-step="${last.id}"] a`).click()
    await page.waitForURL(url => !url.pathname.endsWith(`/${roadmap.no}`))
    const target = slides.find(s => s.routeAlias === last.alias)!
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/(${target.no}|${last.alias})$`))
  })
})
