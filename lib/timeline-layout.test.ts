import { describe, expect, it } from 'vitest'
import { eras, lanes, timelineEvents, timelineSpan } from '../data/timeline'
import { insideBounds, overlappingPairs } from './labels'
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
    const svg = {
      x: 0,
      y: 0,
      width: layout.width,
      height: layout.height,
    }
    for (const { key, box } of layout.labelBoxes)
      expect(insideBounds(box, svg), key).toBe(true)
  })

  it('fits the slide body: 892 px wide, at most 380 px tall', () => {
    expect(layout.width).toBeLessThanOrEqual(900)
    expect(layout.height).toBeLessThanOrEqual(380)
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

describe('layoutTimeline on crowded synthetic data', () => {
  it('stacks labels of same-day events into separate rows', () => {
    const events = Array.from({ length: 4 }, (_, i) => ({
      date: '2010-01-01',
      lane: 'A',
      label: `Event number ${i}`,
      detail: '',
    }))
    const l = layoutTimeline(events, [
      {
        id: 'x',
        label: 'X',
        start: '2001-09-11',
        end: '2025-01-01',
        marker: 'm',
      },
    ], ['A'])
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
    ], [
      {
        id: 'x',
        label: 'X',
        start: '2001-09-11',
        end: '2025-01-01',
        marker: 'm',
      },
    ], ['A'])
    expect(l.events[0]!.anchor).toBe('end')
    expect(l.events[0]!.box.x + l.events[0]!.box.width).toBeLessThanOrEqual(l.width)
  })

  it('reports a label that cannot fit instead of throwing', () => {
    const events = Array.from({ length: 9 }, (_, i) => ({
      date: '2010-01-01',
      lane: 'A',
      label: `Event ${i}`,
      detail: '',
    }))
    const l = layoutTimeline(events, [
      {
        id: 'x',
        label: 'X',
        start: '2001-09-11',
        end: '2025-01-01',
        marker: 'm',
      },
    ], ['A'], { maxRowsPerLane: 3 })
    expect(l.fits).toBe(false)
  })
})
