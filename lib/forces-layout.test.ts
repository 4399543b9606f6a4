import { describe, expect, it } from 'vitest'
import { isiskProjections, isiskStrength } from '../data/isisk-strength'
import { forcesMoments, usTroops } from '../data/troops'
import { defaultForcesOptions, describeForces, layoutForces, sampleSegments, strengthCaption, strengthLabel } from './forces-layout'
import { boxesOverlap, insideBounds, overlappingPairs } from './labels'

const layout = layoutForces(usTroops, isiskStrength, forcesMoments)

describe('forces chart layout on the real data', () => {
  it('finds a free spot for every value label', () => {
    expect(layout.fits).toBe(true)
  })

  it('has no two overlapping text boxes', () => {
    expect(overlappingPairs(layout.textBoxes)).toEqual([])
  })

  it('keeps text off the data: troop line, bars, moment lines', () => {
    const hits = layout.textBoxes.flatMap(t => layout.dataBoxes
      .filter(d => boxesOverlap(t.box, d.box))
      .map(d => `${t.key} x ${d.key}`))
    expect(hits).toEqual([])
  })

  it('keeps every text inside the SVG, which fits the slide body', () => {
    const svg = {
      x: 0,
      y: 0,
      width: layout.width,
      height: layout.height,
    }
    for (const { key, box } of layout.textBoxes)
      expect(insideBounds(box, svg), key).toBe(true)
    expect(layout.width).toBeLessThanOrEqual(900)
    expect(layout.height).toBeLessThanOrEqual(380)
  })

  it('starts both value axes at zero', () => {
    expect(layout.yTroops.domain()[0]).toBe(0)
    expect(layout.yStrength.domain()[0]).toBe(0)
    expect(layout.troopTicks[0]!.value).toBe(0)
    expect(layout.strengthTicks[0]!.value).toBe(0)
  })

  it('zooms the ISIS-K panel: a date maps to its own axis, which the guides tie to the top one', () => {
    const mark = layout.strength.find(s => s.date === '2020-01')!
    expect(mark.x).toBeCloseTo(layout.xZoom('2020-01'), 6)
    expect(layout.zoomGuides[0]!.x1).toBeCloseTo(layout.x(defaultForcesOptions.zoomStart), 6)
    expect(layout.zoomGuides[0]!.x2).toBeCloseTo(layout.xZoom(defaultForcesOptions.zoomStart), 6)
  })

  it('shades only under reported stretches, not under dashed (interpolated) joins', () => {
    const solid = layout.troopSegments.filter(s => !s.dashed).length
    expect(layout.troopArea.match(/M/g)?.length ?? 0).toBe(solid)
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

describe('strengthLabel', () => {
  it('writes ranges, single figures and rises differently', () => {
    expect(strengthLabel({
      date: '2021-07',
      low: 500,
      high: 1500,
      kind: 'range',
      assessedBy: '',
      wording: '',
    })).toBe('500–1,500')
    expect(strengthLabel({
      date: '2020-01',
      low: 2500,
      high: 2500,
      kind: 'about',
      assessedBy: '',
      wording: '',
    })).toBe('about 2,500')
    expect(strengthLabel({
      date: '2022-01',
      low: 2200,
      high: 4000,
      kind: 'growth',
      assessedBy: '',
      wording: '',
    })).toBe('2,200, then 4,000')
    expect(strengthLabel({
      date: '2023-07',
      low: 4000,
      high: 6000,
      kind: 'range',
      includesFamily: true,
      assessedBy: '',
      wording: '',
    })).toBe('4,000–6,000*')
  })
})

describe('strengthCaption', () => {
  it('says where family members are counted and where member states disagree', () => {
    expect(strengthCaption(isiskStrength)).toEqual(['* 2023: fighters and family members. 2024: two member-state views.'])
  })

  it('drops notes that do not apply', () => {
    expect(strengthCaption([
      {
        date: '2020-01',
        low: 1,
        high: 2,
        kind: 'range',
        assessedBy: '',
        wording: '',
      },
    ])).toEqual([])
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

describe('describeForces', () => {
  const text = describeForces(usTroops, isiskStrength, isiskProjections, forcesMoments)
  it('states every figure in words, the projection as not drawn', () => {
    expect(text).toContain('about 100,000')
    expect(text).toContain('2010-2011')
    expect(text).toContain('500-1,500')
    expect(text).toContain('up to 10,000 in the medium term; this projection is not drawn')
    expect(text).toContain('fighters and family members')
    expect(text).toContain('30 Aug 2021: 0')
  })
})

describe('labels of two estimates in one month', () => {
  it('each label sits on its own bar\'s outer side, never over the neighbour bar', () => {
    const months = Object.groupBy(layout.strength, s => s.date)
    const pairs = Object.values(months).filter(m => m && m.length === 2)
    expect(pairs.length).toBeGreaterThan(0)
    for (const pair of pairs) {
      const [left, right] = pair!.toSorted((a, b) => a.x - b.x)
      const centre = (m: typeof left): number => m!.label.box.x + m!.label.box.width / 2
      // Each label's centre is nearer its own bar than the neighbour's.
      expect(Math.abs(centre(left) - left!.x)).toBeLessThan(Math.abs(centre(left) - right!.x))
      expect(Math.abs(centre(right) - right!.x)).toBeLessThan(Math.abs(centre(right) - left!.x))
      // The right label starts right of its own bar, not between the two.
      expect(right!.label.box.x).toBeGreaterThanOrEqual(right!.box.x + right!.box.width)
    }
  })
})
