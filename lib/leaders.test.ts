import { describe, expect, it } from 'vitest'
import { clusterClearance, leaderLine, routeLeader } from './leaders'

const box = { x: 100, y: 40, width: 60, height: 20 }

describe('leaderLine', () => {
  it('ends on the nearest edge of the label box and starts outside the marker', () => {
    const l = leaderLine('a', { x: 50, y: 50 }, box, 10)
    expect(l.end).toEqual({ x: 100, y: 50 })
    expect(l.start).toEqual({ x: 60, y: 50 })
  })

  it('starts on the line from the point to the box, at the clearance', () => {
    const p = { x: 70, y: 90 }
    const l = leaderLine('b', p, box, 5)
    expect(Math.hypot(l.start.x - p.x, l.start.y - p.y)).toBeCloseTo(5)
    const cross = (l.start.x - p.x) * (l.end.y - p.y) - (l.start.y - p.y) * (l.end.x - p.x)
    expect(cross).toBeCloseTo(0)
  })

  it('gives finite numbers when the point sits inside the box', () => {
    const l = leaderLine('c', { x: 120, y: 50 }, box, 4)
    expect(Number.isFinite(l.start.x) && Number.isFinite(l.start.y)).toBe(true)
  })
})

describe('clusterClearance', () => {
  it('clears the farthest marker of a cluster, plus a 2 px gap', () => {
    expect(clusterClearance({ x: 0, y: 0 }, [
      { x: 0, y: 0, half: 6 },
      { x: 3, y: 4, half: 8 },
    ])).toBe(15)
  })

  it('refuses a label with no marker', () => {
    expect(() => clusterClearance({ x: 0, y: 0 }, [])).toThrow(/at least one marker/)
  })
})

describe('routeLeader', () => {
  const box = { x: 90, y: 60, width: 40, height: 30 }

  it('goes straight down from the axis when the label sits under its point', () => {
    expect(routeLeader(100, 20, box, 11, [])).toBe('M100,30V58')
  })

  it('steps under the axis, then across, when the label is off to the side (no diagonal)', () => {
    expect(routeLeader(50, 20, box, 11, [])).toBe('M50,30V34H90V58')
  })

  it('runs right of a label it would cross and turns in at the first line', () => {
    const other = { x: 95, y: 35, width: 20, height: 10 }
    expect(routeLeader(100, 20, box, 11, [other])).toBe('M100,30H134V71H132')
  })
})
