import type { LaneInput } from './lane-strip'
import { describe, expect, it } from 'vitest'
import { laneStrips } from '../data/evidence'
import { AFTER_ESSAY_SUFFIX, layoutLaneStrip, parseLaneDate } from './lane-strip'

function overlaps(a: { x0: number, x1: number, y0: number, y1: number }, b: typeof a) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

describe('layoutLaneStrip', () => {
  it('puts dates on a true time scale, and keeps every mark inside the strip', () => {
    const l = layoutLaneStrip([
      {
        label: 'A',
        meaning: 'us',
        points: [
          { date: '2020-01-01' },
          { date: '2021-01-01' },
          { date: '2022-01-01' },
        ],
      },
    ], [], { start: '2020', end: '2022', width: 500 })
    const xs = l.lanes[0]!.points.map(p => p.x)
    expect(xs[0]).toBeCloseTo(10)
    expect(xs[2]).toBeCloseTo(490)
    // 2020 is a leap year: 366 of 731 days.
    expect(xs[1]! - xs[0]!).toBeCloseTo(480 * 366 / 731, 1)
  })

  it('drops a label to a new row, with a stem, when it would overlap its neighbour', () => {
    const l = layoutLaneStrip([
      {
        label: 'A',
        meaning: 'isisk',
        points: [
          { date: '2023-03', title: 'Bomber kills a governor' },
          { date: '2023-05', title: 'Another event close by' },
        ],
      },
    ], [], { start: '2023', end: '2024', width: 892 })
    const [a, b] = l.lanes[0]!.labels
    expect(overlaps(a!.box, b!.box)).toBe(false)
    expect(b!.y).toBeGreaterThan(a!.y)
    expect(b!.stem).not.toBeNull()
  })

  it('ends a label at its mark near the right edge, or where running right would cross a marker', () => {
    const l = layoutLaneStrip([
      {
        label: 'A',
        meaning: 'us',
        points: [
          { date: '2024-11', title: 'A long label near the right edge' },
        ],
      },
      {
        label: 'B',
        meaning: 'us',
        points: [
          { date: '2023-06', title: 'Ends at its mark' },
        ],
      },
    ], [
      { date: '2024-01', label: 'Exit' },
    ], { start: '2020', end: '2024-12-31', width: 892 })
    expect(l.lanes[0]!.labels[0]!.anchor).toBe('end')
    const b = l.lanes[1]!.labels[0]!
    expect(b.anchor).toBe('end')
    const mx = l.markers[0]!.x
    expect(mx > b.box.x0 && mx < b.box.x1).toBe(false)
  })

  it('lays out every record in data/evidence.ts with no label overlapping another or a marker', () => {
    for (const [id, r] of Object.entries(laneStrips)) {
      const chart: { lanes: Parameters<typeof layoutLaneStrip>[0], markers?: Parameters<typeof layoutLaneStrip>[1], start: string, end: string } = r.chart
      const l = layoutLaneStrip(chart.lanes, chart.markers ?? [], chart)
      const boxes = l.lanes.flatMap(lane => lane.labels.map(x => x.box))
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++)
          expect(overlaps(boxes[i]!, boxes[j]!), `${id}: labels ${i} and ${j}`).toBe(false)
        for (const m of l.markers)
          expect(m.x > boxes[i]!.x0 && m.x < boxes[i]!.x1, `${id}: label ${i} crosses ${m.label}`).toBe(false)
        expect(boxes[i]!.x0, id).toBeGreaterThanOrEqual(-2)
        expect(boxes[i]!.x1, id).toBeLessThanOrEqual(l.width + 2)
      }
    }
  })

  it('refuses a date outside the axis and a malformed date', () => {
    expect(() => layoutLaneStrip([
      {
        label: 'A',
        meaning: 'us',
        points: [
          { date: '2026-01-01' },
        ],
      },
    ], [], { start: '2020', end: '2025' })).toThrow(/outside the strip/)
    expect(() => parseLaneDate('Mar 2023')).toThrow(/Not an ISO date/)
  })

  it('marks the date line of every label whose fact came after the essay (31 Mar 2024), and no other', () => {
    const layout = layoutLaneStrip([
      {
        label: 'Lane',
        meaning: 'isisk',
        points: [
          { date: '2024-03-22', when: '22 Mar 2024', title: 'Before' },
          { date: '2024-12-11', when: '11 Dec 2024', title: 'After' },
        ],
      },
    ], [], { start: '2024-01', end: '2025-01' })
    const whens = layout.lanes[0]!.labels.map(l => l.lines.find(x => x.kind === 'when')!.text)
    expect(whens).toEqual(['22 Mar 2024', `11 Dec 2024${AFTER_ESSAY_SUFFIX}`])
    // Every drawn record: a post-essay label is marked on the slide itself.
    for (const record of Object.values(laneStrips)) {
      const chart = record.chart as { lanes: readonly LaneInput[], markers?: readonly { date: string, label: string }[], start: string, end: string }
      const drawn = layoutLaneStrip(chart.lanes, chart.markers ?? [], chart)
      for (const [i, lane] of chart.lanes.entries()) {
        for (const p of (lane.points ?? []).filter(p => p.title && p.date > '2024-03-31')) {
          const label = drawn.lanes[i]!.labels.find(l => l.lines.some(x => x.text === p.title))
          expect(label?.lines[0]?.text, p.title).toContain(AFTER_ESSAY_SUFFIX)
        }
      }
    }
  })
})
