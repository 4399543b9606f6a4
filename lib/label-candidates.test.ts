import { describe, expect, it } from 'vitest'
import { candidatesAround, rowCandidates, stackCandidates } from './label-candidates'

const size = { width: 80, height: 20 }

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

describe('stackCandidates', () => {
  const p = { x: 200, y: 100 }
  const cs = stackCandidates(p, 6, { width: 120, height: 51 }, 17)
  it('sets the first line level with the marker first, right then left, never centred text', () => {
    expect(cs[0]!.box.y + 17 / 2).toBe(p.y)
    expect(cs[0]!.anchor).toBe('start')
    expect(cs[1]!.anchor).toBe('end')
    expect(cs[1]!.box.x + cs[1]!.box.width).toBeLessThan(p.x)
    expect(cs.some(c => c.anchor === 'middle')).toBe(false)
  })

  it('clears the marker, and carries leaders only beyond the first ring', () => {
    for (const c of cs) {
      const inside = p.x >= c.box.x && p.x <= c.box.x + c.box.width && p.y >= c.box.y && p.y <= c.box.y + c.box.height
      expect(inside).toBe(false)
    }
    expect(cs.filter(c => !c.leader)).toHaveLength(14)
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
