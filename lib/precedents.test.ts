import { describe, expect, it } from 'vitest'
import { decimalYear, decimalYearEnd, flowLabel, isSortedByStart, periodProblems, sortByStart, stripDomain, stripMark, stripTicks, stripX } from './precedents'

describe('partial dates', () => {
  it('reads YYYY and YYYY-MM as decimal years', () => {
    expect(decimalYear('1943')).toBe(1943)
    expect(decimalYear('2024-03')).toBeCloseTo(2024 + 2 / 12)
    expect(decimalYearEnd('1944')).toBe(1945)
    expect(decimalYearEnd('2024-12')).toBeCloseTo(2025)
  })

  it('rejects anything else', () => {
    for (const bad of [
      '43',
      '2024-13',
      '2024-3',
      '2024-03-22',
      '',
    ])
      expect(() => decimalYear(bad)).toThrow(/Not a YYYY/)
  })
})

describe('period validation', () => {
  it('accepts points, spans and open ends', () => {
    expect(periodProblems({ start: '2001' })).toEqual([])
    expect(periodProblems({ start: '1943', end: '1944' })).toEqual([])
    expect(periodProblems({ start: '2003', openEnded: true })).toEqual([])
  })

  it('flags reversed, out-of-range, malformed and contradictory periods', () => {
    expect(periodProblems({ start: '2003', end: '2001' })[0]).toMatch(/before start/)
    expect(periodProblems({ start: '1850' })[0]).toMatch(/outside/)
    expect(periodProblems({ start: '2001', end: '2090' })[0]).toMatch(/after/)
    expect(periodProblems({ start: 'soon' })[0]).toMatch(/not YYYY/)
    expect(periodProblems({ start: '2003', end: '2004', openEnded: true })[0]).toMatch(/open-ended/)
  })
})

describe('ordering', () => {
  it('sorts by start, then by end, without mutating', () => {
    const list = [
      { start: '2001', end: '2003' },
      { start: '2024-01' },
      { start: '1943' },
      { start: '2001' },
    ]
    expect(sortByStart(list)).toEqual([
      { start: '1943' },
      { start: '2001' },
      { start: '2001', end: '2003' },
      { start: '2024-01' },
    ])
    expect(list[0]).toEqual({ start: '2001', end: '2003' })
    expect(isSortedByStart(list)).toBe(false)
    expect(isSortedByStart(sortByStart(list))).toBe(true)
  })
})

describe('strip layout', () => {
  const scale = {
    from: 1940,
    to: 2025,
    width: 100,
    inset: 16,
  }

  it('maps the domain onto the width inside the insets, clamped', () => {
    expect(stripX(1940, scale)).toBe(16)
    expect(stripX(2025, scale)).toBe(84)
    expect(stripX(1900, scale)).toBe(16)
    expect(stripX(2100, scale)).toBe(84)
  })

  it('puts a point at its start and a span to the end of its last year', () => {
    expect(stripMark({ start: '2001' }, scale)).toEqual({
      x1: stripX(2001, scale),
      x2: stripX(2001, scale),
      openEnded: false,
    })
    const span = stripMark({ start: '1943', end: '1944' }, scale)
    expect(span.x1).toBeCloseTo(stripX(1943, scale))
    expect(span.x2).toBeCloseTo(stripX(1945, scale))
    expect(stripMark({ start: '2003', openEnded: true }, scale).openEnded).toBe(true)
  })

  it('ticks every 20 years inside the domain, labelling only the ends', () => {
    const ticks = stripTicks(scale)
    expect(ticks.map(t => t.year)).toEqual([1940, 1960, 1980, 2000, 2020])
    expect(ticks.filter(t => t.labelled).map(t => t.year)).toEqual([1940, 2020])
    expect(ticks[0]!.x).toBe(16)
  })

  it('chooses a domain from the decade before the first start to the last end', () => {
    expect(stripDomain([
      { start: '1943', end: '1944' },
      { start: '2024-03' },
    ])).toEqual({ from: 1940, to: 2025 })
    expect(() => stripDomain([])).toThrow()
  })
})

describe('flow labels', () => {
  it('draws the arrow the way the intelligence went', () => {
    expect(flowLabel('to-us', 'Iran').text).toBe('Iran to US')
    expect(flowLabel('from-us', 'Russia').text).toBe('US to Russia')
    expect(flowLabel('joint', 'Libya').text).toBe('US–Libya')
    expect(flowLabel('from-us', 'Russia').spoken).toBe('the US to Russia')
  })
})
