// Integrity of the time-chart data: valid ISO dates, order where it matters, low <= high,
// and every source id resolving in data/sources.ts.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isiskProjections, isiskStrength } from '../data/isisk-strength'
import { sources } from '../data/sources'
import { eras, lanes, timelineEvents, timelineSpan } from '../data/timeline'
import { forcesMoments, usTroops } from '../data/troops'
import { isIsoDate, parseIsoDate } from '../lib/iso-date'
import { eventsBetween, sourceIdsOf } from '../lib/time-tables'
import { extractSourceIds } from './rules/deck-rules'

const known = new Set(Object.keys(sources))

function sortedByDate(dates: readonly string[]): boolean {
  return dates.every((d, i) => i === 0 || parseIsoDate(dates[i - 1]!) <= parseIsoDate(d))
}

describe('timeline data', () => {
  it('has valid ISO dates inside the axis span, sorted', () => {
    for (const e of timelineEvents) {
      expect(isIsoDate(e.date), e.date).toBe(true)
      expect(parseIsoDate(e.date)).toBeGreaterThanOrEqual(parseIsoDate(timelineSpan.start))
      expect(parseIsoDate(e.date)).toBeLessThan(parseIsoDate(timelineSpan.end))
    }
    expect(sortedByDate(timelineEvents.map(e => e.date))).toBe(true)
  })

  it('uses only the declared lanes, each at least once', () => {
    for (const e of timelineEvents)
      expect(lanes).toContain(e.lane)
    for (const lane of lanes)
      expect(timelineEvents.some(e => e.lane === lane), lane).toBe(true)
  })

  it('keeps labels short (about four words)', () => {
    for (const e of timelineEvents)
      expect(e.label.split(/\s+/).length, e.label).toBeLessThanOrEqual(4)
  })

  it('has eras that tile the axis without gaps or overlaps', () => {
    expect(eras[0]!.start).toBe(timelineSpan.start)
    expect(eras.at(-1)!.end).toBe(timelineSpan.end)
    for (const [i, era] of eras.entries()) {
      expect(isIsoDate(era.start) && isIsoDate(era.end)).toBe(true)
      expect(parseIsoDate(era.start)).toBeLessThan(parseIsoDate(era.end))
      if (i > 0)
        expect(era.start).toBe(eras[i - 1]!.end)
    }
  })

  it('opens every era with a dated event shown on the timeline, from the same source', () => {
    for (const era of eras) {
      const opener = timelineEvents.find(e => e.date === era.start && e.source === era.source)
      expect(opener, era.id).toBeDefined()
    }
  })
})

describe('uS troops data', () => {
  it('has valid dates, sorted, non-negative values', () => {
    for (const r of usTroops) {
      expect(isIsoDate(r.date), r.date).toBe(true)
      expect(r.value).toBeGreaterThanOrEqual(0)
      if ('dateEnd' in r) {
        expect(isIsoDate(r.dateEnd), r.dateEnd).toBe(true)
        expect(parseIsoDate(r.dateEnd)).toBeGreaterThan(parseIsoDate(r.date))
      }
    }
    expect(sortedByDate(usTroops.map(r => r.date))).toBe(true)
  })

  it('ends at zero on 2021-08-30, the end of the withdrawal', () => {
    expect(usTroops.at(-1)).toMatchObject({ date: '2021-08-30', value: 0 })
  })

  it('marks the 2010-2011 peak as approximate, over a window', () => {
    const peak = usTroops.find(r => r.value === 100_000)!
    expect(peak).toMatchObject({ approximate: true, date: '2010-01-01', dateEnd: '2011-12-31' })
  })

  it('has moments with valid dates, sorted', () => {
    for (const m of forcesMoments)
      expect(isIsoDate(m.date), m.date).toBe(true)
    expect(sortedByDate(forcesMoments.map(m => m.date))).toBe(true)
  })
})

describe('iSIS-K strength data', () => {
  it('has valid report months, sorted', () => {
    for (const e of isiskStrength)
      expect(isIsoDate(e.date) && e.date.length === 7, e.date).toBe(true)
    expect(sortedByDate(isiskStrength.map(e => e.date))).toBe(true)
  })

  it('has low <= high, positive, and low = high only for "about" figures', () => {
    for (const e of isiskStrength) {
      expect(e.low).toBeGreaterThan(0)
      expect(e.low).toBeLessThanOrEqual(e.high)
      expect(e.low === e.high).toBe(e.kind === 'about')
    }
  })

  it('keeps projections out of the estimates', () => {
    expect(isiskStrength.some(e => (e.high as number) >= 10_000)).toBe(false)
    for (const p of isiskProjections)
      expect(isIsoDate(p.date)).toBe(true)
  })
})

describe('sources', () => {
  it('resolves every source id used by the time-chart data', () => {
    const ids: string[] = [
      ...timelineEvents.map(e => e.source),
      ...eras.map(e => e.source),
      ...usTroops.flatMap(r => [
        'alsoSource' in r
          ? [r.source, r.alsoSource]
          : [r.source],
      ].flat()),
      ...forcesMoments.map(m => m.source),
      ...isiskStrength.map(e => e.source),
      ...isiskProjections.map(p => p.source),
    ]
    const unknown = ids.filter(id => !known.has(id))
    expect(unknown).toEqual([])
  })
})

describe('appendix page 16', () => {
  const page = readFileSync(resolve(import.meta.dirname, '../pages/16-appendix-forces.md'), 'utf8')
  const lines = extractSourceIds(page)
  it('cites exactly the sources of the data each table shows', () => {
    const expected = [
      ...sourceIdsOf([
        ...usTroops,
        ...isiskStrength,
      ]),
      ...sourceIdsOf(eventsBetween(timelineEvents, '2001', '2021')),
      ...sourceIdsOf(eventsBetween(timelineEvents, '2021', '2025')),
    ]
    expect(lines).toEqual(expected)
  })
})
