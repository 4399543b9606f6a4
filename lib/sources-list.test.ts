import { describe, expect, it } from 'vitest'
import { sources } from '../data/sources'
import { sliceParts, sortSources } from './sources-list'

describe('sortSources', () => {
  it('pins the given ids first, then sorts by outlet and date', () => {
    const list = sortSources({
      z: {
        outlet: 'Zeta',
        title: 'T',
        published: '2020',
        url: 'https://example.org/',
        kind: 'news',
      },
      b2: {
        outlet: 'beta',
        title: 'T',
        published: '2022',
        url: 'https://example.org/',
        kind: 'news',
      },
      b1: {
        outlet: 'Beta',
        title: 'T',
        published: '2021',
        url: 'https://example.org/',
        kind: 'news',
      },
      a: {
        outlet: 'Alpha',
        title: 'T',
        published: '2019',
        url: 'https://example.org/',
        kind: 'news',
      },
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
