import { describe, expect, it } from 'vitest'
import { incidents } from '../data/incidents'
import { incidentColumns, incidentRows } from './incident-table'

const rows = incidentRows(incidents)

describe('incidentRows', () => {
  it('gives one row per incident, in the records\' order', () => {
    expect(rows.map(r => r.id)).toEqual(incidents.map(i => i.id))
  })

  it('stars a disputed toll and writes none for a plot', () => {
    const crocus = rows.find(r => /crocus/.test(r.id))!
    expect(crocus.killed).toBe('144–149*')
    const plot = incidents.find(i => i.kind === 'plot')!
    expect(rows.find(r => r.id === plot.id)!.killed).toBe('none')
  })

  it('shortens outlets as grouped source lines do', () => {
    const ap = incidents.find(i => i.source.startsWith('ap-'))!
    expect(rows.find(r => r.id === ap.id)!.outlet).toBe('AP')
  })

  it('has a column for every cell it fills', () => {
    const keys = incidentColumns.map(c => c.key)
    expect(keys).toEqual([
      'date',
      'place',
      'what',
      'killed',
      'link',
      'source',
    ])
  })
})
