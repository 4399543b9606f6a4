import { describe, expect, it } from 'vitest'
import { decimalYear, decimalYearEnd, flowLabel, isSortedByStart, ledgerSide, periodProblems, precedentLedger, sortByStart } from './precedents'

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

describe('flow labels', () => {
  it('draws the arrow the way the intelligence went', () => {
    expect(flowLabel('to-us', 'Iran').text).toBe('Iran to US')
    expect(flowLabel('from-us', 'Russia').text).toBe('US to Russia')
    expect(flowLabel('joint', 'Libya').text).toBe('US–Libya')
    expect(flowLabel('from-us', 'Russia').spoken).toBe('the US to Russia')
  })
})

describe('the ledger', () => {
  const base = {
    partner: 'Iran',
    flow: 'to-us' as const,
    gained: 'Positions',
    sources: [],
  }
  it('puts a precedent with a stated cost or a limit on the cost side, the rest on the delivered side', () => {
    expect(ledgerSide({ cost: null })).toBe('delivered')
    expect(ledgerSide({ cost: 'Renditions' })).toBe('cost-or-failed')
    expect(ledgerSide({
      cost: null,
      limit: { text: 'Attack came anyway', sources: [] },
    })).toBe('cost-or-failed')
  })

  it('splits a list into two sides, oldest first, keeping what passed and the outcome', () => {
    const sides = precedentLedger([
      {
        ...base,
        id: 'late',
        start: '2024-03',
        label: '2024',
        flow: 'from-us',
        partner: 'Russia',
        gained: 'Warning',
        cost: null,
        limit: { text: 'Attack came anyway', sources: [] },
      },
      {
        ...base,
        id: 'gain',
        start: '2001',
        label: '2001',
        cost: null,
      },
      {
        ...base,
        id: 'cost',
        start: '2003',
        label: 'From 2003',
        flow: 'joint',
        partner: 'Libya',
        gained: 'Liaison',
        cost: 'Renditions',
      },
    ])
    expect(sides.delivered.map(e => e.id)).toEqual(['gain'])
    expect(sides.delivered[0]).toEqual({
      id: 'gain',
      when: '2001',
      who: { text: 'Iran to US', spoken: 'Iran to the US' },
      passed: 'Positions',
    })
    expect(sides['cost-or-failed'].map(e => [e.id, e.who.text, e.outcome, e.stated])).toEqual([
      ['cost', 'US–Libya', 'Renditions', true],
      [
        'late',
        'US to Russia',
        'Attack came anyway',
        false,
      ],
    ])
  })
})
