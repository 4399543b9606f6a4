import { describe, expect, it } from 'vitest'
import { boxesOverlap, boxInside, estimateTextWidth, overlappingPairs, placeLabels, rowCandidates } from './label-layout'

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

  it('checks containment', () => {
    expect(boxInside(box(0, 0), box(0, 0, 10, 10))).toBe(true)
    expect(boxInside(box(1, 0), box(0, 0, 10, 10))).toBe(false)
  })

  it('estimates text width from the character count', () => {
    expect(estimateTextWidth('abcd', 10, 0.5)).toBe(20)
    expect(estimateTextWidth('“x”', 10, 0.5)).toBe(15)
  })

  it('lists overlapping pairs', () => {
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

describe('placeLabels', () => {
  it('takes the first free candidate, in request order', () => {
    const placed = placeLabels([
      {
        key: 'a',
        candidates: [
          {
            box: box(0, 0),
            anchor: 'start',
          },
        ],
      },
      {
        key: 'b',
        candidates: [
          {
            box: box(5, 0),
            anchor: 'start',
          },
          {
            box: box(5, 10),
            anchor: 'start',
          },
        ],
      },
    ])
    expect(placed.map(p => p.candidate)).toEqual([0, 1])
    expect(placed.every(p => p.fits)).toBe(true)
  })

  it('avoids obstacles and leaves bounds alone', () => {
    const [p] = placeLabels([
      {
        key: 'a',
        candidates: [
          {
            box: box(0, 0),
            anchor: 'start',
          },
          {
            box: box(95, 0),
            anchor: 'start',
          },
          {
            box: box(50, 0),
            anchor: 'start',
          },
        ],
      },
    ], {
      obstacles: [
        box(0, 0, 5, 5),
      ],
      bounds: box(0, 0, 100, 100),
    })
    expect(p!.candidate).toBe(2)
  })

  it('keeps labels off placed leader lines and leaders off placed labels', () => {
    const placed = placeLabels([
      {
        key: 'a',
        candidates: [
          {
            box: box(0, 0),
            anchor: 'start',
            leader: box(30, 0, 1, 40),
          },
        ],
      },
      {
        key: 'b',
        candidates: [
          {
            box: box(25, 10),
            anchor: 'start',
          },
          {
            box: box(50, 10),
            anchor: 'start',
          },
        ],
      },
      {
        key: 'c',
        candidates: [
          {
            box: box(0, 30),
            anchor: 'start',
            leader: box(55, 0, 1, 40),
          },
          {
            box: box(0, 30),
            anchor: 'start',
          },
        ],
      },
    ])
    expect(placed.map(p => p.candidate)).toEqual([0, 1, 1])
  })

  it('enforces a horizontal gap between labels', () => {
    const placed = placeLabels([
      {
        key: 'a',
        candidates: [
          {
            box: box(0, 0),
            anchor: 'start',
          },
        ],
      },
      {
        key: 'b',
        candidates: [
          {
            box: box(12, 0),
            anchor: 'start',
          },
          {
            box: box(20, 0),
            anchor: 'start',
          },
        ],
      },
    ], { gap: 4 })
    expect(placed[1]!.candidate).toBe(1)
  })

  it('marks a label that fits nowhere and still returns a position', () => {
    const placed = placeLabels([
      {
        key: 'a',
        candidates: [
          {
            box: box(0, 0),
            anchor: 'start',
          },
        ],
      },
      {
        key: 'b',
        candidates: [
          {
            box: box(0, 0),
            anchor: 'start',
          },
        ],
      },
    ])
    expect(placed[1]!.fits).toBe(false)
    expect(placed[1]!.box).toEqual(box(0, 0))
  })

  it('throws on a label without candidates', () => {
    expect(() => placeLabels([
      { key: 'a', candidates: [] },
    ])).toThrow(/no candidate/)
  })
})

describe('rowCandidates', () => {
  const c = rowCandidates({
    x: 100,
    textWidth: 50,
    top: 0,
    rowHeight: 20,
    rows: 2,
    markerRadius: 5,
    markerGap: 5,
  })
  it('offers right then left of the marker, row by row', () => {
    expect(c.map(k => [k.tag, k.anchor])).toEqual([
      [0, 'start'],
      [0, 'end'],
      [1, 'start'],
      [1, 'end'],
    ])
  })

  it('spans marker and text', () => {
    expect(c[0]!.box).toEqual({ x: 95, y: 0, width: 65, height: 20 })
    expect(c[1]!.box).toEqual({ x: 40, y: 0, width: 65, height: 20 })
    expect(c[2]!.box.y).toBe(20)
  })
})
