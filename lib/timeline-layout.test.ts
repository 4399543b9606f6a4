import type { EraInput, TimelineEventInput } from './timeline/types'
import { describe, expect, it } from 'vitest'
import { eras, lanes, timelineEvents, timelineSpan } from '../data/timeline'
import { outsideFrame, overlappingPairs } from './labels'
import { layoutTimeline } from './timeline-layout'

const layout = layoutTimeline(timelineEvents, eras, lanes, { start: timelineSpan.start, end: timelineSpan.end })

describe('timeline layout on the real data', () => {
  it('finds a free spot for every label', () => {
    expect(layout.fits).toBe(true)
  })

  it('has no two overlapping label boxes (events, eras, lane headers)', () => {
    expect(overlappingPairs(layout.labelBoxes)).toEqual([])
  })

  it('keeps every label and marker inside the SVG', () => {
    expect(outsideFrame(layout.labelBoxes, layout)).toEqual([])
  })

  it('fits the slide body: 892 px wide, at most 380 px tall', () => {
    expect(layout.width).toBeLessThanOrEqual(900)
    expect(layout.height).toBeLessThanOrEqual(380)
  })

  it('keeps every label off the lines the chart draws: lane rules and the axis', () => {
    const rules = [
      ...layout.lanes.map(l => ({ name: `rule of ${l.name}`, y: l.y0 })),
      { name: 'axis', y: layout.axisY },
    ]
    const crossed = layout.labelBoxes.flatMap(({ key, box }) => rules
      .filter(r => r.y > box.y && r.y < box.y + box.height)
      .map(r => `${key} / ${r.name}`))
    expect(crossed).toEqual([])
  })

  it('sets each label beside its own marker (the box spans marker and text)', () => {
    for (const e of layout.events) {
      expect(e.cx - 5, e.key).toBeGreaterThanOrEqual(e.box.x - 0.01)
      expect(e.cx + 5, e.key).toBeLessThanOrEqual(e.box.x + e.box.width + 0.01)
      expect(e.cy, e.key).toBeGreaterThan(e.box.y)
      expect(e.cy, e.key).toBeLessThan(e.box.y + e.box.height)
    }
  })

  it('keeps each event in its own lane band', () => {
    for (const e of layout.events) {
      const lane = layout.lanes[e.laneIndex]!
      expect(e.box.y).toBeGreaterThanOrEqual(lane.y0)
      expect(e.box.y + e.box.height).toBeLessThanOrEqual(lane.y1)
    }
  })

  it('puts every marker at its date', () => {
    for (const e of layout.events)
      expect(e.cx).toBeCloseTo(layout.x(e.date), 6)
  })

  it('assigns every event to an era, in order', () => {
    expect(layout.events.every(e => e.era >= 0)).toBe(true)
    const order = layout.events.map(e => e.era)
    expect(order).toEqual(order.toSorted((a, b) => a - b))
    expect(new Set(order)).toEqual(new Set([0, 1, 2, 3]))
  })

  it('has ticks with labels at least 2 years apart inside the plot', () => {
    expect(layout.ticks.length).toBeGreaterThanOrEqual(6)
    for (const t of layout.ticks)
      expect(t.x).toBeGreaterThanOrEqual(layout.plot.x0)
  })
})

/** One era over the whole span, for the synthetic layouts. */
const ONE_ERA: EraInput[] = [
  {
    id: 'x',
    label: 'X',
    start: '2001-09-11',
    end: '2025-01-01',
    marker: 'm',
  },
]

/** `count` events on one day in lane A, labelled `<label> 0`, `<label> 1`, ... */
function sameDay(count: number, label: string): TimelineEventInput[] {
  return Array.from({ length: count }, (_, i) => ({
    date: '2010-01-01',
    lane: 'A',
    label: `${label} ${i}`,
    detail: '',
  }))
}

describe('layoutTimeline on crowded synthetic data', () => {
  it('stacks labels of same-day events into separate rows', () => {
    const l = layoutTimeline(sameDay(4, 'Event number'), ONE_ERA, ['A'])
    expect(l.fits).toBe(true)
    expect(new Set(l.events.map(ev => ev.row)).size).toBe(4)
    expect(overlappingPairs(l.labelBoxes)).toEqual([])
  })

  it('anchors a label at the right edge to the left of its marker', () => {
    const l = layoutTimeline([
      {
        date: '2024-12-01',
        lane: 'A',
        label: 'Late event',
        detail: '',
      },
    ], ONE_ERA, ['A'])
    expect(l.events[0]!.anchor).toBe('end')
    expect(l.events[0]!.box.x + l.events[0]!.box.width).toBeLessThanOrEqual(l.width)
  })

  it('reports a label that cannot fit instead of throwing', () => {
    const l = layoutTimeline(sameDay(9, 'Event'), ONE_ERA, ['A'], { maxRowsPerLane: 3 })
    expect(l.fits).toBe(false)
  })
})
