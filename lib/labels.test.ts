import { describe, expect, it } from 'vitest'
import { boxesOverlap, candidatesAround, clusterPoints, estimateTextWidth, insideBounds, nearestPointOnBox, overlappingPairs, placeLabels } from './labels'

const bounds = { x: 0, y: 0, width: 400, height: 200 }
const size = { width: 80, height: 20 }

describe('estimateTextWidth', () => {
  it('is char count times font size times the factor', () => {
    expect(estimateTextWidth('abcd', 10, 0.5)).toBe(20)
    expect(estimateTextWidth('–', 14)).toBeCloseTo(14 * 0.6)
  })

  it('errs wide for Inter (average glyph about 0.55 em)', () => {
    expect(estimateTextWidth('Moscow, 22 Mar 2024', 14)).toBeGreaterThan(19 * 14 * 0.55)
  })
})

describe('boxes', () => {
  it('detects overlap, touching is not overlap, padding widens', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 }
    expect(boxesOverlap(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true)
    expect(boxesOverlap(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false)
    expect(boxesOverlap(a, { x: 12, y: 0, width: 10, height: 10 }, 3)).toBe(true)
  })

  it('checks bounds', () => {
    expect(insideBounds({ x: 0, y: 0, width: 400, height: 200 }, bounds)).toBe(true)
    expect(insideBounds({ x: 330, y: 0, width: 80, height: 20 }, bounds)).toBe(false)
  })

  it('finds the nearest point on a box for leader lines', () => {
    expect(nearestPointOnBox({ x: 0, y: 50 }, { x: 10, y: 40, width: 20, height: 20 })).toEqual({ x: 10, y: 50 })
  })
})

describe('candidatesAround', () => {
  it('clears the marker: no candidate box covers the point', () => {
    const p = { x: 200, y: 100 }
    for (const c of candidatesAround(p, 10, size)) {
      const inside = p.x >= c.box.x && p.x <= c.box.x + c.box.width && p.y >= c.box.y && p.y <= c.box.y + c.box.height
      expect(inside).toBe(false)
    }
  })

  it('prefers right, then left; far rings carry leaders', () => {
    const cs = candidatesAround({ x: 200, y: 100 }, 10, size)
    expect(cs[0]!.box.x).toBeGreaterThan(200)
    expect(cs[0]!.anchor).toBe('start')
    expect(cs[1]!.box.x + cs[1]!.box.width).toBeLessThan(200)
    expect(cs[1]!.anchor).toBe('end')
    expect(cs[0]!.leader).toBe(false)
    expect(cs.at(-1)!.leader).toBe(true)
  })
})

describe('placeLabels', () => {
  it('places two labels of the same point without overlap', () => {
    const p = { x: 200, y: 100 }
    const placed = placeLabels([
      {
        id: 'a',
        point: p,
        candidates: candidatesAround(p, 5, size),
      },
      {
        id: 'b',
        point: p,
        candidates: candidatesAround(p, 5, size),
      },
    ], { bounds })
    expect(placed.every(l => l.ok)).toBe(true)
    expect(overlappingPairs(placed.map(l => l.box))).toEqual([])
  })

  it('moves a label away from the edge of the bounds', () => {
    const p = { x: 390, y: 100 }
    const [l] = placeLabels([
      {
        id: 'edge',
        point: p,
        candidates: candidatesAround(p, 5, size),
      },
    ], { bounds })
    expect(l!.ok).toBe(true)
    expect(insideBounds(l!.box, bounds)).toBe(true)
    expect(l!.anchor).toBe('end')
  })

  it('keeps labels off obstacles', () => {
    const p = { x: 200, y: 100 }
    const obstacle = {
      x: 210,
      y: 80,
      width: 100,
      height: 40,
    }
    const [l] = placeLabels([
      {
        id: 'x',
        point: p,
        candidates: candidatesAround(p, 5, size),
      },
    ], {
      bounds,
      obstacles: [obstacle],
    })
    expect(boxesOverlap(l!.box, obstacle)).toBe(false)
  })

  it('reports failure instead of hiding it when nothing fits', () => {
    const p = { x: 20, y: 10 }
    const [l] = placeLabels([
      {
        id: 'big',
        point: p,
        candidates: candidatesAround(p, 5, { width: 500, height: 300 }),
      },
    ], { bounds })
    expect(l!.ok).toBe(false)
    expect(l!.candidate).toBe(-1)
  })
})

describe('clusterPoints', () => {
  it('groups points closer than the distance, transitively', () => {
    const groups = clusterPoints([
      { x: 0, y: 0 },
      { x: 5, y: 0 },
      { x: 10, y: 0 },
      { x: 100, y: 0 },
    ], 6)
    expect(groups).toEqual([
      [0, 1, 2],
      [3],
    ])
  })
})
