import { describe, expect, it } from 'vitest'
import { countWords, formatWordReport, PROSE_WORD_AIM, PROSE_WORD_LIMIT } from './words'

describe('countWords', () => {
  it('counts words, numbers and ranges once each', () => {
    expect(countWords('Kerman, Iran: about 90–95 killed')).toBe(5)
    expect(countWords('ISIS-K struck 4 countries')).toBe(4)
    expect(countWords('  \n ')).toBe(0)
  })

  it('ignores punctuation and symbols on their own', () => {
    expect(countWords('✓ · — → Yes')).toBe(1)
    expect(countWords('Kerman, Iran: about 90–95 killed — ·')).toBe(5)
  })

  it('counts abbreviations, thousands and contractions once', () => {
    expect(countWords('U.S. troops: 1,500 left; it’s 2021')).toBe(6)
  })

  it('counts two words joined by an em dash as two', () => {
    expect(countWords('withdrawal—then collapse')).toBe(3)
  })
})

describe('the prose limit', () => {
  it('is 40 words, as the design rules say', () => {
    expect(PROSE_WORD_LIMIT).toBe(40)
    expect(PROSE_WORD_AIM).toBeLessThan(PROSE_WORD_LIMIT)
  })
})

describe('formatWordReport', () => {
  it('flags slides over the limit', () => {
    const report = formatWordReport([
      { no: 1, words: 12 },
      { no: 2, words: 41 },
    ], 40)
    expect(report).toContain('slide  2:  41 words  <- over 40')
    expect(report).not.toContain('slide  1:  12 words  <-')
    expect(formatWordReport([
      { no: 3, words: 20, evidence: 55 },
    ], 40)).toContain('slide  3:  20 words (+55 in the evidence)')
  })
})
