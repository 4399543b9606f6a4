import { describe, expect, it } from 'vitest'
import { isiskStrength } from '../../data/isisk-strength'
import { forcesMoments, usTroops } from '../../data/troops'
import { layoutForces } from '../forces-layout'

const layout = layoutForces(usTroops, isiskStrength, forcesMoments)

describe('value labels of the estimates', () => {
  it('finds a free spot for every value label', () => {
    expect(layout.fits).toBe(true)
  })

  it('sets the bar of an estimate on the zoomed axis, its label beside it', () => {
    const mark = layout.strength.find(s => s.date === '2020-01')!
    expect(mark.x).toBeCloseTo(layout.xZoom('2020-01'), 6)
    expect(mark.label.lines[0]).toBe('about 2,500')
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
