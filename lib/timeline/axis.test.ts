import { describe, expect, it } from 'vitest'
import { timelineSpan } from '../../data/timeline'
import { timelineScale, timelineTicks } from './axis'
import { defaultTimelineOptions } from './types'

describe('axis break', () => {
  const o = { ...defaultTimelineOptions, start: timelineSpan.start, end: timelineSpan.end }
  const { x, breakX } = timelineScale(o, 8, o.width - 8)
  const ticks = timelineTicks(x, breakX, o)
  it('gives the crowded years after the break more room than the long war before it', () => {
    const perYearAfter = x('2021-01-01') - x('2020-01-01')
    const perYearBefore = x('2011-01-01') - x('2010-01-01')
    expect(perYearAfter).toBeGreaterThan(4 * perYearBefore)
    expect(breakX).not.toBeNull()
  })
  it('keeps tick labels apart (at least 40 px between year labels)', () => {
    const xs = ticks.map(tk => tk.x)
    for (let i = 1; i < xs.length; i++)
      expect(xs[i]! - xs[i - 1]!, `ticks ${ticks[i - 1]!.year} and ${ticks[i]!.year}`).toBeGreaterThanOrEqual(40)
  })
  it('is a plain linear axis without a break', () => {
    const plain = timelineScale({ ...o, axisBreak: undefined }, 8, o.width - 8)
    expect(plain.breakX).toBeNull()
    expect(plain.x(o.start)).toBeCloseTo(8, 9)
    expect(plain.x(o.end)).toBeCloseTo(o.width - 8, 9)
  })
})
