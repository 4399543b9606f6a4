import { describe, expect, it } from 'vitest'
import { daysBetween, formatIsoDate, formatNumber, isIsoDate, midpoint, parseIsoDate } from './iso-date'
import { linearScale, timeScale, valueTicks, yearTicks } from './time-scale'

describe('iSO dates', () => {
  it('accepts YYYY, YYYY-MM and YYYY-MM-DD calendar dates', () => {
    expect(isIsoDate('2024')).toBe(true)
    expect(isIsoDate('2024-07')).toBe(true)
    expect(isIsoDate('2020-02-29')).toBe(true)
  })

  it('rejects impossible or malformed dates', () => {
    expect(isIsoDate('2021-02-29')).toBe(false)
    expect(isIsoDate('2021-13')).toBe(false)
    expect(isIsoDate('2021-00-10')).toBe(false)
    expect(isIsoDate('21-01-01')).toBe(false)
    expect(isIsoDate('2021/01/01')).toBe(false)
    expect(isIsoDate('2021-1-1')).toBe(false)
  })

  it('resolves partial dates to the first day of their period, in UTC', () => {
    expect(parseIsoDate('2020-01')).toBe(Date.UTC(2020, 0, 1))
    expect(parseIsoDate('2010')).toBe(Date.UTC(2010, 0, 1))
    expect(parseIsoDate('2001-09-11')).toBe(Date.UTC(2001, 8, 11))
  })

  it('throws on a bad date rather than drawing it somewhere', () => {
    expect(() => parseIsoDate('2021-02-30')).toThrow(/Not an ISO date/)
  })

  it('computes midpoints and day counts', () => {
    expect(midpoint('2010-01-01', '2012-01-01')).toBe(Date.UTC(2011, 0, 1))
    expect(midpoint('2020-01-01', '2020-01-02')).toBe(Date.UTC(2020, 0, 1, 12))
    expect(daysBetween('2021-08-15', '2021-08-30')).toBe(15)
  })

  it('formats dates in words at their own precision', () => {
    expect(formatIsoDate('2020-02-29')).toBe('29 Feb 2020')
    expect(formatIsoDate('2020-01')).toBe('Jan 2020')
    expect(formatIsoDate('2010')).toBe('2010')
  })

  it('names every month as Intl\'s en-US short month does', () => {
    for (let month = 1; month <= 12; month++) {
      const iso = `2024-${String(month).padStart(2, '0')}`
      const intl = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' }).format(new Date(parseIsoDate(iso)))
      expect(formatIsoDate(iso)).toBe(`${intl} 2024`)
    }
  })
})

describe('scales', () => {
  it('maps a linear domain, including reversed (SVG y) ranges', () => {
    const y = linearScale([0, 100_000], [200, 0])
    expect(y(0)).toBe(200)
    expect(y(50_000)).toBe(100)
    expect(y(100_000)).toBe(0)
  })

  it('refuses an empty domain', () => {
    expect(() => linearScale([1, 1], [0, 1])).toThrow()
  })

  it('maps dates linearly in time', () => {
    const x = timeScale('2000-01-01', '2020-01-01', [0, 100])
    expect(x('2000-01-01')).toBe(0)
    expect(x('2020-01-01')).toBe(100)
    expect(x('2010-01-01')).toBeCloseTo(50, 1)
    expect(x(Date.UTC(2010, 0, 1))).toBeCloseTo(50, 1)
  })

  it('refuses an end before the start', () => {
    expect(() => timeScale('2020', '2010', [0, 1])).toThrow()
  })
})

describe('ticks and numbers', () => {
  it('puts year ticks on years divisible by the step, inside the span', () => {
    const ticks = yearTicks(Date.UTC(2001, 8, 11), Date.UTC(2025, 0, 1), 2)
    expect(ticks[0]!.year).toBe(2002)
    expect(ticks.at(-1)!.year).toBe(2024)
    expect(ticks.every(t => t.year % 2 === 0)).toBe(true)
  })

  it('includes an end that falls on 1 January', () => {
    expect(yearTicks(Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1), 1).map(t => t.year)).toEqual([2020, 2021, 2022])
  })

  it('rejects a fractional step', () => {
    expect(() => yearTicks(0, 1, 1.5)).toThrow()
  })

  it('makes zero-based value ticks', () => {
    expect(valueTicks(100_000, 25_000)).toEqual([0, 25_000, 50_000, 75_000, 100_000])
    expect(valueTicks(7_000, 2_000)).toEqual([0, 2_000, 4_000, 6_000])
  })

  it('formats numbers with thousands separators', () => {
    expect(formatNumber(100000)).toBe('100,000')
    expect(formatNumber(500)).toBe('500')
  })
})
