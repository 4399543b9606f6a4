import { describe, expect, it } from 'vitest'
import { contrastRatio, readColorTokens, relativeLuminance } from './contrast'

describe('contrast', () => {
  it('matches WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5)
    // Okabe-Ito blue on white, 5.2:1 per design-rules.md
    expect(contrastRatio('#0072B2', '#ffffff')).toBeCloseTo(5.2, 1)
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 5)
  })

  it('rejects malformed colours', () => {
    expect(() => contrastRatio('blue', '#fff')).toThrow()
  })

  it('reads hex custom properties from CSS', () => {
    expect(readColorTokens(':root { --a: #112233; --b-c:#AABBCC; --font: Inter; }')).toEqual({ '--a': '#112233', '--b-c': '#AABBCC' })
  })
})
