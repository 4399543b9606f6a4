import { describe, expect, it } from 'vitest'
import { sourceIds } from '../data/sources'
import { isWellFormedHttpsUrl, partOf, REFERENCE_PARTS, referenceAnchor, referenceNumber, references, referencesAlias, referencesOnPart, urlHost } from './references'

describe('reference numbers', () => {
  it('number the sources in data/sources.ts order, the essay first', () => {
    expect(references.map(r => r.n)).toEqual(sourceIds.map((_, i) => i + 1))
    expect(references[0]!.id).toBe('nyt-costa-clarke-2024')
    // Held stable: these numbers are printed on slides and handouts.
    expect(referenceNumber('nyt-costa-clarke-2024')).toBe(1)
    expect(referenceNumber('memorial-911')).toBe(2)
    expect(referenceNumber('tass-crocus-2024')).toBe(sourceIds.indexOf('tass-crocus-2024') + 1)
  })

  it('throw on an unknown id', () => {
    expect(() => referenceNumber('no-such-source')).toThrow(/Unknown source id/)
  })
})

describe('reference parts', () => {
  it('put every entry on exactly one part, and partOf finds it there', () => {
    const parts = Array.from({ length: REFERENCE_PARTS }, (_, i) => referencesOnPart(i + 1))
    expect(parts.flat().map(r => r.n)).toEqual(references.map(r => r.n))
    parts.forEach((part, i) => {
      for (const r of part)
        expect(partOf(r.n)).toBe(i + 1)
    })
  })

  it('reject a number with no entry, and a part out of range', () => {
    expect(() => partOf(0)).toThrow(/has no entry/)
    expect(() => partOf(references.length + 1)).toThrow(/has no entry/)
    expect(() => referencesOnPart(REFERENCE_PARTS + 1)).toThrow(/out of range/)
  })

  it('name the slide and the entry anchors', () => {
    expect(referencesAlias(2)).toBe('references-2')
    expect(referenceAnchor(12)).toBe('ref-12')
  })
})

describe('uRLs', () => {
  it('accept https with a host, and nothing else', () => {
    expect(isWellFormedHttpsUrl('https://undocs.org/S/2020/53')).toBe(true)
    expect(isWellFormedHttpsUrl('http://undocs.org/S/2020/53')).toBe(false)
    expect(isWellFormedHttpsUrl('https://localhost/x')).toBe(false)
    expect(isWellFormedHttpsUrl('https://example.org/a b')).toBe(false)
    expect(isWellFormedHttpsUrl('undocs.org/S/2020/53')).toBe(false)
  })

  it('show the host without www', () => {
    expect(urlHost('https://www.rferl.org/a/x.html')).toBe('rferl.org')
  })
})
