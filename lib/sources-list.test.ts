import { describe, expect, it } from 'vitest'
import { sources } from '../data/sources'
import { sliceParts, sortSources } from './sources-list'

describe('sortSources', () => {
  it('pins the given ids first, then sorts by outlet and date', () => {
    const list = sortSources({
      z: { outlet: 'Zeta', date: '2020' },
      b2: { outlet: 'beta', date: '2022' },
      b1: { outlet: 'Beta', date: '2021' },
      a: { outlet: 'Alpha', date: '2019' },
    }, ['z'])
    expect(list.map(s => s.id)).toEqual(['z', 'a', 'b1', 'b2'])
  })

  it('keeps every source of data/sources.ts', () => {
    expect(sortSources(sources)).toHaveLength(Object.keys(sources).length)
  })
})

describe('sliceParts', () => {
  it('covers every item exactly once across the parts', () => {
    const items = Array.from({ length: 49 }, (_, i) => i)
    const joined = [1, 2].flatMap(p => sliceParts(items, p, 2))
    expect(joined).toEqual(items)
  })

  it('rejects a part out of range', () => {
    expect(() => sliceParts([1, 2], 3, 2)).toThrow(/out of range/)
  })
})
