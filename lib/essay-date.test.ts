import { describe, expect, it } from 'vitest'
import { AFTER_ESSAY, ESSAY_DATE, essayMark, evidenceAsOf, firstDay, isAfterEssay, latestDate } from './essay-date'

describe('essay dates', () => {
  it('is the essay of 31 March 2024', () => {
    expect(ESSAY_DATE).toBe('2024-03-31')
  })

  it.each([
    ['2024-03-22', false],
    ['2024-03-31', false],
    ['2024-03', false],
    ['2024-04-01', true],
    ['2024-04', true],
    ['2025', true],
    ['2024', false],
  ])('%s is after the essay: %s', (iso, after) => {
    expect(isAfterEssay(iso)).toBe(after)
    expect(essayMark(iso)).toBe(after ? AFTER_ESSAY : undefined)
  })

  it('reads partial dates from their first day, and rejects non-ISO dates', () => {
    expect(firstDay('2025-12')).toBe('2025-12-01')
    expect(() => firstDay('Dec 2025')).toThrow(/Not an ISO date/)
  })

  it('finds the latest of mixed-precision dates and formats it', () => {
    expect(latestDate(['2024-03-22', '2026-03-12', '2025-12'])).toBe('2026-03-12')
    expect(evidenceAsOf(['2024-03-22', '2026-02-06', '2025-12'])).toBe('Latest event 6 Feb 2026')
    expect(evidenceAsOf(['2026-02-06'], '2026-11-30')).toBe('Latest event 6 Feb 2026 · sources checked 30 Nov 2026')
    expect(() => latestDate([])).toThrow(/no dated record/)
  })
})
