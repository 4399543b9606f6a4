import { describe, expect, it } from 'vitest'
import { boxesOverlap, candidatesAround, clusterPoints, insideBounds, measureBlock, outsideFrame, overlappingPairs, placeLabels } from './labels'
import { measureText } from './text-width'

const bounds = { x: 0, y: 0, width: 400, height: 200 }
const size = { width: 80, height: 20 }
const box = (x: number, y: number, width = 10, height = 10) => ({ x, y, width, height })
function one(id: string, ...boxes: ReturnType<typeof box>[]) {
  return {
    id,
    candidates: boxes.map(b => ({ box: b, anchor: 'start' as const })),
  }
}

describe('outsideFrame', () => {
  it('lists the labels that stick out of the frame on any side, by key', () => {
    const labels = [
      {
        key: 'in',
        box: box(0, 0),
      },
      {
        key: 'corner',
        box: box(90, 40),
      },
      {
        key: 'left',
        box: box(-1, 10),
      },
      {
        key: 'right',
        box: box(91, 10),
      },
      {
        key: 'below',
        box: box(10, 41),
      },
    ]
    expect(outsideFrame(labels, { width: 100, height: 50 })).toEqual(['left', 'right', 'below'])
  })
})

describe('overlappingPairs', () => {
  it('lists overlapping pairs by key', () => {
    expect(overlappingPairs([
      {
        key: 'a',
        box: box(0, 0),
      },
      {
        key: 'b',
        box: box(5, 0),
      },
      {
        key: 'c',
        box: box(30, 0),
      },
    ])).toEqual([
      ['a', 'b'],
    ])
  })
})

describe('measureBlock', () => {
  it('is as wide as its widest line in its own weight, lines x line height tall', () => {
    const b = measureBlock([
      { text: 'Kerman', fontSize: 14, weight: 600 },
      { text: 'Attack, Jan 2024', fontSize: 14 },
    ], 17)
    expect(b.width).toBeCloseTo(measureText('Attack, Jan 2024', { fontSize: 14 }), 9)
    expect(b.height).toBe(34)
  })
})

describe('placeLabels', () => {
  it('takes the first free candidate, in request order', () => {
    const placed = placeLabels([
      one('a', box(0, 0)),
      one('b', box(5, 0), box(5, 10)),
    ])
    expect(placed.map(p => p.candidate)).toEqual([0, 1])
    expect(placed.every(p => p.ok)).toBe(true)
  })

  it('avoids obstacles and leaves bounds alone', () => {
    const [p] = placeLabels([
      one('a', box(0, 0), box(95, 0), box(50, 0)),
    ], {
      obstacles: [
        box(0, 0, 5, 5),
      ],
      bounds: box(0, 0, 100, 100),
    })
    expect(p!.candidate).toBe(2)
  })

  it('keeps labels off obstacle lines (an arc), with padding', () => {
    const arc = {
      a: { x: 0, y: 20 },
      b: { x: 100, y: 20 },
    }
    const [p] = placeLabels([
      one('a', box(0, 15), box(0, 22), box(0, 35)),
    ], {
      lines: [arc],
      padding: 3,
    })
    expect(p!.candidate).toBe(2)
  })

  it('keeps labels off placed leader lines and leaders off placed labels', () => {
    const far = { x: 35, y: 100 }
    const placed = placeLabels([
      // a's leader runs from (35, 100) up to its box at (30..40, 0..10).
      {
        id: 'a',
        point: far,
        candidates: [
          {
            box: box(30, 0),
            anchor: 'start',
            leader: true,
          },
        ],
      },
      // b's first box sits across that leader.
      one('b', box(30, 50), box(60, 50)),
      // c's leader from (0, 100) to (100, 30) would cross b.
      {
        id: 'c',
        point: { x: 0, y: 100 },
        candidates: [
          {
            box: box(100, 20),
            anchor: 'start',
            leader: true,
          },
          {
            box: box(0, 80),
            anchor: 'start',
          },
        ],
      },
    ])
    expect(placed.map(p => p.candidate)).toEqual([0, 1, 1])
  })

  it('keeps a gap between labels side by side, and none needed one above the other', () => {
    const placed = placeLabels([
      one('a', box(0, 0)),
      one('b', box(12, 0), box(0, 10)),
    ], {
      labelGap: { x: 4, y: 0 },
    })
    expect(placed[1]!.candidate).toBe(1)
  })

  it('marks a label that fits nowhere and still returns its least bad position', () => {
    const placed = placeLabels([
      one('a', box(0, 0)),
      one('b', box(0, 0), box(8, 0)),
    ])
    expect(placed[1]!.ok).toBe(false)
    expect(placed[1]!.box).toEqual(box(8, 0))
  })

  it('throws on a label without candidates', () => {
    expect(() => placeLabels([
      { id: 'a', candidates: [] },
    ])).toThrow(/no candidate/)
  })
})

describe('placeLabels around a marker', () => {
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
    expect(overlappingPairs(placed.map(l => ({ key: l.id, box: l.box })))).toEqual([])
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
    expect(l!.candidate).toBeGreaterThanOrEqual(0)
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
