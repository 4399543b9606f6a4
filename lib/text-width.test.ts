import { describe, expect, it } from 'vitest'
import fontWidths from './font-widths.json'
import { measureText } from './text-width'

describe('measureText', () => {
  it('sums the measured advance widths, scaled by the font size', () => {
    const w = fontWidths.faces['Inter 400'].widths
    expect(measureText('Kabul', { fontSize: 14 })).toBeCloseTo((w.K + w.a + w.b + w.u + w.l) * 14 / 1000, 6)
    expect(measureText('', { fontSize: 14 })).toBe(0)
    expect(measureText('ISIS-K', { fontSize: 28 })).toBeCloseTo(2 * measureText('ISIS-K', { fontSize: 14 }), 6)
  })

  it('tells narrow letters from wide ones, unlike a fixed em guess', () => {
    expect(measureText('iiii', { fontSize: 14 })).toBeLessThan(measureText('WWWW', { fontSize: 14 }) / 2)
  })

  it('sets semibold wider than regular, and Source Serif 4 apart from Inter', () => {
    const text = 'Moscow, March 2024'
    expect(measureText(text, { fontSize: 14, weight: 600 })).toBeGreaterThan(measureText(text, { fontSize: 14 }))
    expect(measureText(text, { fontSize: 14, weight: 600, family: 'Source Serif 4' }))
      .not
      .toBeCloseTo(measureText(text, { fontSize: 14, weight: 600 }), 1)
  })

  it('takes the nearest measured weight, and the mean letter for unknown characters', () => {
    expect(measureText('Kerman', { fontSize: 14, weight: 700 })).toBe(measureText('Kerman', { fontSize: 14, weight: 600 }))
    expect(measureText('Kerman', { fontSize: 14, weight: 300 })).toBe(measureText('Kerman', { fontSize: 14, weight: 400 }))
    expect(measureText('中', { fontSize: 10 })).toBe(fontWidths.faces['Inter 400'].fallback / 100)
  })

  it('measures the deck\'s dashes and quotation marks', () => {
    for (const ch of '–—’“”…')
      expect(fontWidths.faces['Inter 400'].widths).toHaveProperty(ch)
  })
})
