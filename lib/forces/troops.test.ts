import { describe, expect, it } from 'vitest'
import { usTroops } from '../../data/troops'
import { forcesScales } from './scales'
import { layoutTroops, sampleSegments } from './troops'
import { defaultForcesOptions } from './types'

const scales = forcesScales(defaultForcesOptions)
const layout = {
  ...scales,
  ...layoutTroops(usTroops, scales, defaultForcesOptions),
}

describe('troop series on the real data', () => {
  it('draws no area under the line: the reports are sparse, an area would read as continuous data', () => {
    expect('troopArea' in layout).toBe(false)
    expect(layout.troopSegments.some(s => s.dashed)).toBe(true)
  })
  it('ends the troop series at zero on 2021-08-30', () => {
    const last = layout.troopPoints.at(-1)!
    expect(last.date).toBe('2021-08-30')
    expect(last.y).toBeCloseTo(layout.yTroops(0), 6)
  })
  it('draws the 2010-2011 peak at the middle of its window, with the window as a span', () => {
    const peak = layout.troopPoints.find(p => p.span)!
    expect(peak.value).toBe(100_000)
    expect(peak.x).toBeCloseTo((peak.span!.x0 + peak.span!.x1) / 2, 6)
  })
  it('dashes the joins across gaps of more than two years only', () => {
    const dashed = layout.troopSegments.filter(s => s.dashed)
    // 2004-04 -> 2007-12, 2007-12 -> the 2010-11 peak, 2012-09 -> 2017-03, 2017-03 -> 2020-01
    expect(dashed.length).toBe(4)
    expect(layout.troopSegments.length).toBe(usTroops.length - 1)
  })
})

describe('sampleSegments', () => {
  it('covers a segment end to end with small boxes', () => {
    const boxes = sampleSegments([
      {
        x1: 0,
        y1: 0,
        x2: 30,
        y2: 0,
        dashed: false,
      },
    ], 3, 2)
    expect(boxes.length).toBe(11)
    expect(boxes[0]!.x).toBe(-1)
    expect(boxes.at(-1)!.x).toBe(29)
  })
})
