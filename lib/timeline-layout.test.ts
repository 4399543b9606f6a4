import { describe, expect, it } from 'vitest'
import { eras, lanes, timelineEvents, timelineSpan } from '../data/timeline'
import { boxesOverlap, insideBounds, overlappingPairs } from './labels'
import { describeTimeline, eraIndexOf, layoutTimeline } from './timeline-layout'

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

describe('eraIndexOf', () => {
  const e = [
    { start: '2001-09-11', end: '2018-01-19' },
    { start: '2018-01-19', end: '2020-02-29' },
  ]
  it('includes the opening date and excludes the end', () => {
    expect(eraIndexOf('2001-09-11', e)).toBe(0)
    expect(eraIndexOf('2018-01-19', e)).toBe(1)
    expect(eraIndexOf('2020-02-29', e)).toBe(-1)
    expect(eraIndexOf('1999-01-01', e)).toBe(-1)
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

describe('describeTimeline', () => {
  const text = describeTimeline(timelineEvents, eras, lanes)
  it('names every lane, era and event', () => {
    for (const lane of lanes)
      expect(text).toContain(lane)
    for (const era of eras)
      expect(text).toContain(era.label)
    for (const ev of timelineEvents)
      expect(text).toContain(ev.detail)
  })

  it('names the last year of the axis', () => {
    expect(text).toContain('to 2024 in 3 lanes')
    expect(describeTimeline(timelineEvents, eras, lanes, '2023-01-01')).toContain('to 2022 in')
  })

  it('writes dates in words', () => {
    expect(text).toContain('11 Sep 2001')
    expect(text).toContain('29 Feb 2020')
  })
})

it('boxesOverlap is used consistently with the gap', () => {
  expect(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 12, y: 0, width: 5, height: 5 }, 4)).toBe(true)
  expect(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 0, y: 10, width: 5, height: 5 }, 4)).toBe(false)
})

describe('axis break', () => {
  const broken = layoutTimeline(timelineEvents, eras, lanes, { start: timelineSpan.start, end: timelineSpan.end })
  it('gives the crowded years after the break more room than the long war before it', () => {
    const perYearAfter = broken.x('2021-01-01') - broken.x('2020-01-01')
    const perYearBefore = broken.x('2011-01-01') - broken.x('2010-01-01')
    expect(perYearAfter).toBeGreaterThan(4 * perYearBefore)
    expect(broken.breakX).not.toBeNull()
  })
  it('keeps tick labels apart (at least 40 px between year labels)', () => {
    const xs = broken.ticks.map(tk => tk.x)
    for (let i = 1; i < xs.length; i++)
      expect(xs[i]! - xs[i - 1]!, `ticks ${broken.ticks[i - 1]!.year} and ${broken.ticks[i]!.year}`).toBeGreaterThanOrEqual(40)
  })
})
