// The appendix table of incidents (pages/17-appendix-incidents.md), as rows for <DataTable>:
// the same records the attack map draws (data/incidents.ts), formatted as the map says them.
import type { Incident } from '../data/incidents'
import type { SourceId } from '../data/sources'
import type { TableColumn } from './time-tables'
import { formatIncidentDate, formatKilled } from './format'
import { shortOutlet } from './time-tables'

/** One table row: display strings, plus the ISO date and source id the cells link from. */
export interface IncidentRow {
  id: string
  /** ISO date of the incident, for the "after the essay" mark. */
  isoDate: string
  date: string
  place: string
  what: string
  /** "144–149*": a range carries an asterisk, which the note under the table explains. */
  killed: string
  link: string
  /** The cited source, linked to its entry in the reference list. */
  source: SourceId
  /** The source's outlet as grouped source lines shorten it ("Associated Press" -> "AP"). */
  outlet: string
}

/** Column widths in canvas px (980x552 slide): the free text takes what is left. */
export const incidentColumns: TableColumn<IncidentRow>[] = [
  { key: 'date', label: 'Date', width: '126px' },
  { key: 'place', label: 'Place', width: '112px' },
  { key: 'what', label: 'What happened' },
  {
    key: 'killed',
    label: 'Killed',
    align: 'end',
    width: '86px',
  },
  { key: 'link', label: 'Link to ISIS-K', width: '214px' },
  { key: 'source', label: 'Source', width: '124px' },
]

/** Rows in the records' order; a disputed toll ("84–103") is starred, a plot reads "none". */
export function incidentRows(incidents: readonly Incident[]): IncidentRow[] {
  return incidents.map(i => ({
    id: i.id,
    isoDate: i.date,
    date: formatIncidentDate(i),
    place: i.place,
    what: i.what,
    killed: `${formatKilled(i.killed)}${i.killed && i.killed.low !== i.killed.high
      ? '*'
      : ''}`,
    link: i.link,
    source: i.source,
    outlet: shortOutlet(i.source),
  }))
}
