import { describe, expect, it } from 'vitest'
import { isiskStrength } from '../data/isisk-strength'
import { forcesMoments, usTroops } from '../data/troops'
import { layoutForces } from './forces-layout'
import { boxesOverlap, outsideFrame, overlappingPairs } from './labels'

const layout = layoutForces(usTroops, isiskStrength, forcesMoments)

/** "text x data" for every text box that covers a data box (line, bar, moment line). */
function textOnData(chart: ReturnType<typeof layoutForces>): string[] {
  return chart.textBoxes.flatMap(t => chart.dataBoxes
    .filter(d => boxesOverlap(t.box, d.box))
    .map(d => `${t.key} x ${d.key}`))
}

describe('forces chart layout on the real data', () => {
  it('finds a free spot for every value label', () => {
    expect(layout.fits).toBe(true)
  })

  it('has no two overlapping text boxes', () => {
    expect(overlappingPairs(layout.textBoxes)).toEqual([])
  })

  it('keeps text off the data: troop line, bars, moment lines', () => {
    expect(textOnData(layout)).toEqual([])
  })

  it('keeps every text inside the SVG, which fits the slide body', () => {
    expect(outsideFrame(layout.textBoxes, layout)).toEqual([])
    expect(layout.width).toBeLessThanOrEqual(900)
    expect(layout.height).toBeLessThanOrEqual(380)
  })

  it('draws every estimate as a range from low to high, two side by side in 2024-07', () => {
    expect(layout.strength).toHaveLength(isiskStrength.length)
    for (const [i, s] of layout.strength.entries()) {
      expect(s.yLow).toBeCloseTo(layout.yStrength(isiskStrength[i]!.low), 6)
      expect(s.yHigh).toBeCloseTo(layout.yStrength(isiskStrength[i]!.high), 6)
    }
    const pair = layout.strength.filter(s => s.date === '2024-07')
    expect(pair).toHaveLength(2)
    expect(Math.abs(pair[0]!.x - pair[1]!.x)).toBeGreaterThanOrEqual(8)
  })

  it('annotates surge, Doha and withdrawal', () => {
    expect(layout.moments.map(m => m.id)).toEqual(['surge', 'doha', 'withdrawal'])
    expect(layout.moments.find(m => m.id === 'doha')!.x).toBeCloseTo(layout.x('2020-02-29'), 6)
  })
})

describe('forces chart, troop panel alone (slide 7)', () => {
  const solo = layoutForces(usTroops, [], forcesMoments)

  it('draws no ISIS-K panel: no estimates, no zoomed axis, no moment lines below', () => {
    expect(solo.isisk).toBe(false)
    expect(solo.strength).toEqual([])
    expect(solo.zoomTicks).toEqual([])
    expect(solo.strengthTicks).toEqual([])
    expect(solo.moments.filter(m => m.xZoom !== undefined)).toEqual([])
    expect(solo.titles.map(t => t.key)).toEqual(['title:troops'])
  })

  it('sets its text at body size (18 px) and labels the last figure, zero', () => {
    expect(solo.titles[0]!.size).toBe(18)
    expect(solo.endLabel?.lines).toEqual(['0'])
  })

  it('has no two overlapping text boxes and keeps text off the line and the moment lines', () => {
    expect(overlappingPairs(solo.textBoxes)).toEqual([])
    expect(textOnData(solo)).toEqual([])
  })

  it('keeps every text inside the SVG, which fits the slide body', () => {
    expect(outsideFrame(solo.textBoxes, solo)).toEqual([])
    expect(solo.height).toBeLessThanOrEqual(380)
  })
})
