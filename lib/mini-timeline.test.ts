import { describe, expect, it } from 'vitest'
import { overlappingPairs } from './label-layout'
import { formatDuration, layoutMiniTimeline } from './mini-timeline'

// The three moments of the exit (dates from data/timeline.ts and data/troops.ts).
const exit = [
  { date: '2020-02-29', title: 'Doha deal', text: 'US agrees to leave' },
  { date: '2021-08-15', title: 'Taliban take Kabul' },
  { date: '2021-08-26', title: 'Abbey Gate bombing', meaning: 'isisk' as const },
]

describe('formatDuration', () => {
  it('says durations as people do', () => {
    expect(formatDuration('2021-08-15', '2021-08-26')).toBe('11 days')
    expect(formatDuration('2020-02-29', '2021-08-15')).toBe('18 months')
    expect(formatDuration('2024-03-21', '2024-03-22')).toBe('next day')
    expect(formatDuration('2001-09-11', '2021-08-30')).toBe('20 years')
  })
})

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
