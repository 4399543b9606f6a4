import { describe, expect, it } from 'vitest'
import { overlappingPairs } from './labels'
import { dodgeDots, layoutMiniTimeline, MINI_DOT_RADIUS } from './mini-timeline'

// The three moments of the exit (dates from data/timeline.ts and data/troops.ts).
const exit = [
  { date: '2020-02-29', title: 'Doha deal', text: 'US agrees to leave' },
  { date: '2021-08-15', title: 'Taliban take Kabul' },
  { date: '2021-08-26', title: 'Abbey Gate bombing', meaning: 'isisk' as const },
]

describe('layoutMiniTimeline', () => {
  const layout = layoutMiniTimeline(exit, 892)

  it('keeps true scale: the 11 days are a sliver of the 18 months', () => {
    const [a, b, c] = layout.points
    expect((c!.x - b!.x) / (b!.x - a!.x)).toBeCloseTo(11 / 533, 2)
  })

  it('places every label and bracket without overlaps, inside the width', () => {
    expect(layout.fits).toBe(true)
    expect(overlappingPairs(layout.textBoxes)).toEqual([])
    for (const t of layout.textBoxes) {
      expect(t.box.x, t.key).toBeGreaterThanOrEqual(0)
      expect(t.box.x + t.box.width, t.key).toBeLessThanOrEqual(892)
    }
  })

  it('names each gap between neighbours', () => {
    expect(layout.intervals.map(i => i.text)).toEqual(['18 months', '11 days'])
  })

  it('refuses a single point', () => {
    expect(() => layoutMiniTimeline(exit.slice(0, 1), 500)).toThrow()
  })
})

describe('leaders', () => {
  // The two deck timelines that need leaders (pages/07 and the Kurilla one on pages/04).
  const blows = [
    { date: '2023-03', title: 'ISIS bomber kills', text: 'Balkh\'s Taliban governor' },
    { date: '2023-04', title: 'Taliban kill the ISIS-K', text: 'leader tied to Abbey Gate' },
    { date: '2024-12-11', title: 'Bomber kills minister', text: 'Khalil Haqqani' },
  ]
  const kurilla = [
    { date: '2023-03-16', title: '“in under six months”', text: 'Senate hearing' },
    { date: '2024-03-21', title: '“as little as six months”', text: 'House hearing' },
    { date: '2024-03-22', title: 'Crocus City Hall attack', text: 'Moscow' },
  ]
  for (const [name, points, intervals] of [
    ['blows', blows, false],
    ['kurilla', kurilla, true],
  ] as const) {
    it(`${name}: runs in right angles and crosses no other label`, () => {
      const l = layoutMiniTimeline(points, 892, intervals)
      const withLeader = l.points.filter(p => p.leaderPath)
      expect(withLeader.length).toBeGreaterThan(0)
      for (const p of withLeader) {
        // Only H and V steps: no diagonal across the axis.
        expect(p.leaderPath).toMatch(/^M[\d.]+,[\d.]+(?:[HV][\d.]+)+$/)
        // Walk the path; each step must miss every other label's box.
        const steps = p.leaderPath.match(/[MHV][\d.,]+/g)!
        let [x, y] = steps[0]!.slice(1).split(',').map(Number) as [number, number]
        for (const s of steps.slice(1)) {
          const v = Number(s.slice(1))
          const [nx, ny] = s[0] === 'H'
            ? [v, y]
            : [x, v]
          for (const o of l.points.filter(q => q !== p)) {
            const b = o.label.box
            const hit = Math.max(x, nx) >= b.x && Math.min(x, nx) <= b.x + b.width
              && Math.max(y, ny) >= b.y && Math.min(y, ny) <= b.y + b.height
            expect(hit, `${p.date} leader crosses ${o.date} label`).toBe(false)
          }
          x = nx
          y = ny
        }
      }
    })
  }
})

describe('dots a day apart', () => {
  it('are drawn side by side, not one under the other, and near their dates', () => {
    const layout = layoutMiniTimeline([
      { date: '2023-03-16', title: 'First warning' },
      { date: '2024-03-21', title: 'Second warning' },
      { date: '2024-03-22', title: 'Attack' },
    ], 880)
    const dots = layout.points.map(p => p.dotX)
    for (let i = 1; i < dots.length; i++)
      expect(dots[i]! - dots[i - 1]!).toBeGreaterThanOrEqual(2 * MINI_DOT_RADIUS)
    for (const p of layout.points)
      expect(Math.abs(p.dotX - p.x)).toBeLessThanOrEqual(2 * MINI_DOT_RADIUS)
    expect(Math.max(...dots) + MINI_DOT_RADIUS).toBeLessThanOrEqual(880)
  })

  it('leave dots that do not touch where they are', () => {
    expect(dodgeDots([20, 100, 300], 20, 12, 868)).toEqual([20, 100, 300])
    expect(dodgeDots([20, 25], 20, 12, 868)).toEqual([20, 40])
    expect(dodgeDots([850, 860], 20, 12, 868)).toEqual([848, 868])
  })
})
