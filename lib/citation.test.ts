import { describe, expect, it } from 'vitest'
import { formatCompactSourceLine, formatSource, formatSourceLine, lookupSource } from './citation'

describe('citation', () => {
  it('formats outlet, title and date', () => {
    expect(formatSource({ outlet: 'AFP', title: 'Baghuz', date: '2019-03-23' })).toBe('AFP, Baghuz, 2019-03-23')
  })

  it('marks secondary sources', () => {
    expect(formatSource({ outlet: 'X', date: '2021', secondary: true })).toBe('X, 2021 (secondary)')
  })

  it('pluralises and de-duplicates a source line', () => {
    const line = formatSourceLine(['afp-baghuz-2019', 'afp-baghuz-2019', 'ap-baghdadi-2019'])
    expect(line.startsWith('Sources: AFP')).toBe(true)
    expect(line.match(/AFP, SDF/g)).toHaveLength(1)
  })

  it('throws on an unknown id so a typo never renders an empty citation', () => {
    expect(() => lookupSource('no-such-source')).toThrow(/Unknown source id/)
  })

  it('names each outlet once in the compact form, with a pointer to the full citations', () => {
    const line = formatCompactSourceLine(['ap-oef-2001', 'ap-baghdadi-2019', 'afp-baghuz-2019'])
    expect(line).toBe('Sources: Associated Press; BBC; AFP; full citations in the appendix')
  })
})
