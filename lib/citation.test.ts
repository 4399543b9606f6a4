import { describe, expect, it } from 'vitest'
import { formatCompactSourceLine, formatSource, formatSourceLine, lookupSource } from './citation'

describe('citation', () => {
  it('formats outlet, title and date', () => {
    expect(formatSource({
      outlet: 'AFP',
      title: 'Baghuz',
      published: '2019-03-23',
      url: 'https://example.org/',
      kind: 'news',
    })).toBe('AFP, Baghuz, 2019-03-23')
  })

  it('marks sources read through a repost', () => {
    expect(formatSource({
      outlet: 'X',
      title: 'T',
      published: '2021',
      url: 'https://example.org/',
      viaRepost: true,
      kind: 'news',
    })).toBe('X, T, 2021 (read through a repost)')
  })

  it('pluralises and de-duplicates a source line', () => {
    const line = formatSourceLine(['afp-baghuz-2019', 'afp-baghuz-2019', 'ap-baghdadi-2019'])
    expect(line.startsWith('Sources: AFP')).toBe(true)
    expect(line.match(/AFP, IS 'caliphate'/g)).toHaveLength(1)
  })

  it('throws on an unknown id so a typo never renders an empty citation', () => {
    expect(() => lookupSource('no-such-source')).toThrow(/Unknown source id/)
  })

  it('names each outlet once in the compact form, with a pointer to the full citations', () => {
    const line = formatCompactSourceLine(['ap-oef-2001', 'ap-baghdadi-2019', 'afp-baghuz-2019'])
    expect(line).toBe('Sources: BBC News; AFP; full citations in the appendix')
  })
})
