import { describe, expect, it } from 'vitest'
import { boxesOverlap, insideBounds, nearestPointOnBox, sampleQuadratic, segmentHitsBox } from './geometry'

const bounds = { x: 0, y: 0, width: 400, height: 200 }
const box = (x: number, y: number, width = 10, height = 10) => ({ x, y, width, height })

describe('boxes', () => {
  it('detects overlap, and lets touching edges pass', () => {
    expect(boxesOverlap(box(0, 0), box(5, 5))).toBe(true)
    expect(boxesOverlap(box(0, 0), box(10, 0))).toBe(false)
    expect(boxesOverlap(box(0, 0), box(0, 10))).toBe(false)
  })

  it('applies horizontal and vertical gaps separately', () => {
    expect(boxesOverlap(box(0, 0), box(12, 0), 4)).toBe(true)
    expect(boxesOverlap(box(0, 0), box(0, 12), 4)).toBe(false)
    expect(boxesOverlap(box(0, 0), box(0, 12), 0, 4)).toBe(true)
  })

  it('checks bounds, to within rounding', () => {
    expect(insideBounds({ x: 0, y: 0, width: 400, height: 200 }, bounds)).toBe(true)
    expect(insideBounds({ x: 330, y: 0, width: 80, height: 20 }, bounds)).toBe(false)
    expect(insideBounds(box(1e-12, 0), box(0, 0, 10, 10))).toBe(true)
  })

  it('finds the nearest point on a box for leader lines', () => {
    expect(nearestPointOnBox({ x: 0, y: 50 }, { x: 10, y: 40, width: 20, height: 20 })).toEqual({ x: 10, y: 50 })
  })
})

describe('segments', () => {
  it('tells a line through a box from one beside it, with padding', () => {
    const b = box(10, 10, 20, 10)
    expect(segmentHitsBox({
      a: { x: 0, y: 0 },
      b: { x: 40, y: 30 },
    }, b)).toBe(true)
    expect(segmentHitsBox({
      a: { x: 0, y: 5 },
      b: { x: 40, y: 5 },
    }, b)).toBe(false)
    expect(segmentHitsBox({
      a: { x: 0, y: 5 },
      b: { x: 40, y: 5 },
    }, b, 6)).toBe(true)
    // A segment ending short of the box does not hit it.
    expect(segmentHitsBox({
      a: { x: 0, y: 15 },
      b: { x: 9, y: 15 },
    }, b)).toBe(false)
    expect(segmentHitsBox({
      a: { x: 15, y: 0 },
      b: { x: 15, y: 40 },
    }, b)).toBe(true)
  })

  it('follows a quadratic curve end to end', () => {
    const s = sampleQuadratic({ x: 0, y: 0 }, { x: 50, y: 100 }, { x: 100, y: 0 }, 10)
    expect(s).toHaveLength(10)
    expect(s[0]!.a).toEqual({ x: 0, y: 0 })
    expect(s.at(-1)!.b).toEqual({ x: 100, y: 0 })
    // The curve's apex is at t = 0.5: y = 50.
    expect(s[4]!.b).toEqual({ x: 50, y: 50 })
  })
})
