import { describe, expect, it } from 'vitest'
import { isiskProjections, isiskStrength } from '../data/isisk-strength'
import { timelineEvents } from '../data/timeline'
import { usTroops } from '../data/troops'
import { eventsBetween, shortOutlet, sourceIdsOf, strengthRows, timelineRows, troopRows } from './time-tables'

describe('troopRows', () => {
  const rows = troopRows(usTroops)
  it('has one row per record, with "about" and the peak window', () => {
    expect(rows).toHaveLength(usTroops.length)
    expect(rows.find(r => r.troops === 'about 100,000')!.date).toBe('2010–11 (peak)')
    expect(rows.at(-1)).toMatchObject({ date: '30 Aug 2021', troops: '0' })
  })

  it('names the first outlet, short', () => {
    expect(rows.find(r => r.troops === 'about 100,000')!.source).toBe('Associated Press')
    expect(shortOutlet('dod-mckenzie-2021')).toBe('US Department of Defense')
  })
})

describe('strengthRows', () => {
  const rows = strengthRows(isiskStrength, isiskProjections)
  it('lists every estimate, and the projection marked as not drawn after its month', () => {
    expect(rows).toHaveLength(isiskStrength.length + isiskProjections.length)
    const i = rows.findIndex(r => r.estimate.includes('projection, not drawn'))
    expect(rows[i - 1]!.date).toBe('Jul 2021')
    expect(rows[i]!.date).toBe('Jul 2021')
  })

  it('uses en dashes in ranges', () => {
    expect(rows.some(r => r.estimate === '500–1,500')).toBe(true)
  })
})

describe('timelineRows and eventsBetween', () => {
  it('splits the timeline by date, with sentences capitalised', () => {
    const early = timelineRows(timelineEvents, '2001', '2021')
    const late = timelineRows(timelineEvents, '2021', '2025')
    expect(early.length + late.length).toBe(timelineEvents.length)
    expect(early[0]!.event.startsWith('Al-Qaeda')).toBe(true)
    expect(eventsBetween(timelineEvents, '2021', '2025')).toHaveLength(late.length)
  })
})

describe('sourceIdsOf', () => {
  it('lists unique ids in first-seen order, second sources included', () => {
    expect(sourceIdsOf(usTroops)).toEqual([
      'ap-troops-2014',
      'politico-troops',
      'wapo-surge-2012',
      'ap-doha-2020',
      'dod-miller-2020',
      'ap-troops-2021',
      'dod-mckenzie-2021',
    ])
  })
})
