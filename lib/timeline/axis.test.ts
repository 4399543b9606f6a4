import { describe, expect, it } from 'vitest'
import { timelineSpan } from '../../data/timeline'
import { timelineScale, timelineTicks } from './axis'
import { defaultTimelineOptions } from './types'

describe('time axis', () => {
  const o = { ...defaultTimelineOptions, start: timelineSpan.start, end: timelineSpan.end }
  const x = timelineScale(o, 8, o.width - 8)
  const ticks = timelineTicks(x, o)

  it('is linear: a year of the long war is as wide as a year after the exit', () => {
    const perYearAfter = x('2023-01-01') - x('2022-01-01')
    const perYearBefore = x('2011-01-01') - x('2010-01-01')
    expect(perYearAfter).toBeCloseTo(perYearBefore, 0)
    expect(x(o.start)).toBeCloseTo(8, 9)
    expect(x(o.end)).toBeCloseTo(o.width - 8, 9)
  })

  it('gives 2001-2018 its true share of the width (about 70 %, not a compressed 30 %)', () => {
    expect((x('2018-01-01') - x(o.start)) / (x(o.end) - x(o.start))).toBeGreaterThan(0.69)
  })

  it('ticks every other year, labels at least 40 px apart', () => {
    expect(ticks.map(t => t.year)).toEqual([
      2002,
      2004,
      2006,
      2008,
      2010,
      2012,
      2014,
      2016,
      2018,
      2020,
      2022,
      2024,
    ])
    const xs = ticks.map(tk => tk.x)
    for (let i = 1; i < xs.length; i++)
      expect(xs[i]! - xs[i - 1]!, `ticks ${ticks[i - 1]!.year} and ${ticks[i]!.year}`).toBeGreaterThanOrEqual(40)
  })
})
