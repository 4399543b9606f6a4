// The maps as rendered in real Chromium with the real fonts: one marker per incident, one
// path per edge, accessible names, labels that do not overlap (measured, not estimated),
// and nothing past the canvas or under the source line.
// Runs on the deck in dist/ (or DIST, built from ENTRY) and checks every slide with a map.
import type { DeckSlide } from '../../scripts/deck.ts'
import type { DeckSession } from './harness.ts'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { incidents } from '../../data/incidents.ts'
import { reachEdges } from '../../data/reach.ts'
import { loadDeck, ROOT } from '../../scripts/deck.ts'
import { CANVAS, gotoSlide, openDeck } from './harness.ts'

interface Rect { x: number, y: number, width: number, height: number }

interface MapAudit {
  no: number
  kind: string
  role: string | null
  title: string
  desc: string
  markers: string[]
  edges: string[]
  labels: { id: string, rect: Rect }[]
  svg: Rect
  sourceTop: number | null
}

let session: DeckSession
let slides: DeckSlide[] = []
const audits: MapAudit[] = []

beforeAll(async () => {
  slides = (await loadDeck(process.env.ENTRY
    ? resolve(process.env.ENTRY)
    : undefined)).slides
  session = await openDeck({
    dist: process.env.DIST
      ? resolve(process.env.DIST)
      : resolve(ROOT, 'dist'),
  })
  for (const slide of slides.filter(s => /<(?:AttackMap|ReachNetworkMap)\b/.test(s.content))) {
    await gotoSlide(session, slide.no)
    const found = await session.page.evaluate(({ n, canvas }) => {
      const root = document.querySelector(`#slideshow .slidev-page-${n}`) as HTMLElement
      const scale = root.getBoundingClientRect().width / canvas.width
      const origin = root.getBoundingClientRect()
      const rect = (el: Element) => {
        const r = el.getBoundingClientRect()
        return {
          x: (r.x - origin.x) / scale,
          y: (r.y - origin.y) / scale,
          width: r.width / scale,
          height: r.height / scale,
        }
      }
      const source = root.querySelector('[data-source-line]')
      return [
        ...root.querySelectorAll('svg[data-map]'),
      ].map(svg => ({
        no: n,
        kind: svg.getAttribute('data-map') ?? '',
        role: svg.getAttribute('role'),
        title: svg.querySelector('title')?.textContent ?? '',
        desc: svg.querySelector('desc')?.textContent ?? '',
        markers: [
          ...svg.querySelectorAll('[data-incident]'),
        ].flatMap(el => el.getAttribute('data-incident')!.split(' ')),
        edges: [
          ...svg.querySelectorAll('[data-edge]'),
        ].map(el => el.getAttribute('data-edge')!),
        labels: [
          ...svg.querySelectorAll('[data-label]'),
        ].map(el => ({
          id: el.getAttribute('data-label')!,
          rect: rect(el),
        })),
        svg: rect(svg),
        sourceTop: source
          ? rect(source).y
          : null,
      }))
    }, { n: slide.no, canvas: CANVAS })
    audits.push(...found)
  }
}, 300_000)

afterAll(async () => {
  await session?.close()
})

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

describe('maps on the slides', () => {
  it('finds every map a slide asks for', () => {
    const asked = slides.reduce((n, s) => n + (s.content.match(/<(?:AttackMap|ReachNetworkMap)\b/g)?.length ?? 0), 0)
    expect(audits.length).toBe(asked)
  })

  // A shared marker (one city, one kind) lists its incidents in data-incident, space-separated.
  it('draws every incident once on the attack map, one path per edge on the reach map', () => {
    for (const a of audits.filter(a => a.kind === 'attacks'))
      expect([...a.markers].sort(), `slide ${a.no}`).toEqual(incidents.map(i => i.id).sort())
    for (const a of audits.filter(a => a.kind === 'reach'))
      expect(a.edges, `slide ${a.no}`).toEqual(reachEdges.map(e => e.id))
  })

  it('gives each map role="img", a title and a description naming every incident or link', () => {
    for (const a of audits) {
      expect(a.role).toBe('img')
      expect(a.title.length).toBeGreaterThan(10)
      const places = a.kind === 'attacks'
        ? incidents.map(i => i.placeDetail)
        : reachEdges.map(e => e.description)
      for (const p of places)
        expect(a.desc, `slide ${a.no}`).toContain(p)
    }
  })

  it('renders labels that do not overlap each other (measured in Chromium)', () => {
    for (const a of audits) {
      const clashes: string[] = []
      a.labels.forEach((l, i) => a.labels.slice(i + 1).forEach((m) => {
        if (overlaps(l.rect, m.rect))
          clashes.push(`${l.id} x ${m.id}`)
      }))
      expect(clashes, `slide ${a.no}`).toEqual([])
    }
  })

  it('keeps the map and its labels on the canvas and above the source line', () => {
    for (const a of audits) {
      expect(a.svg.x).toBeGreaterThanOrEqual(0)
      expect(a.svg.x + a.svg.width).toBeLessThanOrEqual(CANVAS.width + 0.5)
      expect(a.svg.y + a.svg.height).toBeLessThanOrEqual(CANVAS.height + 0.5)
      if (a.sourceTop !== null)
        expect(a.svg.y + a.svg.height, `slide ${a.no}: map runs into the source line`).toBeLessThanOrEqual(a.sourceTop + 0.5)
      for (const l of a.labels) {
        expect(l.rect.x, l.id).toBeGreaterThanOrEqual(a.svg.x - 0.5)
        expect(l.rect.x + l.rect.width, l.id).toBeLessThanOrEqual(a.svg.x + a.svg.width + 0.5)
      }
    }
  })
})
