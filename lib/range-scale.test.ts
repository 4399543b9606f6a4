import { describe, expect, it } from 'vitest'
import { overlappingPairs } from './labels'
import { layoutRangeScale, rangeText } from './range-scale'

const items = [
  {
    label: 'Freed from prisons, Aug 2021',
    low: 1800,
    high: 1800,
    value: 'about 1,800',
  },
  { label: 'UN, 2024: some member states', low: 4000, high: 6000 },
  { label: 'UN, 2024: other member states', low: 2000, high: 3500 },
]

describe('layoutRangeScale', () => {
  const layout = layoutRangeScale(items, { width: 892, max: 6000, step: 1000 })

  it('starts at zero and draws each range to scale', () => {
    expect(layout.ticks[0]!.value).toBe(0)
    const r = layout.rows[1]!
    expect((r.x1 - r.x0) / (layout.plot.x1 - layout.plot.x0)).toBeCloseTo(2000 / 6000, 6)
    expect(layout.rows[0]!.point).toBe(true)
  })

  it('writes values beside the bars without overlaps', () => {
    expect(overlappingPairs(layout.textBoxes)).toEqual([])
    for (const t of layout.textBoxes)
      expect(t.box.x + t.box.width, t.key).toBeLessThanOrEqual(892)
    expect(layout.rows.map(r => r.value)).toEqual(['about 1,800', '4,000–6,000', '2,000–3,500'])
  })

  it('refuses a value off the axis', () => {
    expect(() => layoutRangeScale([
      { label: 'x', low: 0, high: 7000 },
    ], { width: 500, max: 6000, step: 1000 })).toThrow()
  })

  it('formats ranges', () => {
    expect(rangeText(5, 5)).toBe('5')
    expect(rangeText(2000, 3500)).toBe('2,000–3,500')
  })
})
