// Rows for the appendix tables behind the timeline and the forces chart, written from the
// same data files the charts draw. Pure: the slides pass the rows to <DataTable>.
import type { Source, SourceId } from '../data/sources'
import { sources } from '../data/sources'
import { shortOutlet as shortOutletName } from './citation'
import { formatIsoDate, formatNumber, parseIsoDate } from './iso-date'

export interface TableColumn<Row extends object = Record<string, string>> {
  key: keyof Row & string
  label: string
  align?: 'start' | 'end'
  /** CSS width, e.g. '7.5rem' or '40%'. */
  width?: string
}

export interface TroopRow { date: string, troops: string, source: string }
export interface StrengthRow { date: string, estimate: string, by: string }
export interface TimelineRow { date: string, lane: string, event: string }

/** Unique source ids of the records, in first-seen order (for <SourceLine :ids>). */
export function sourceIdsOf(records: readonly { source: SourceId, alsoSource?: SourceId }[]): SourceId[] {
  const ids: SourceId[] = []
  for (const r of records) {
    for (const id of [r.source, r.alsoSource]) {
      if (id && !ids.includes(id))
        ids.push(id)
    }
  }
  return ids
}

/** The outlet's short name, as in grouped source lines: "US Department of Defense (press briefing)" -> "US DoD". */
export function shortOutlet(id: SourceId): string {
  return shortOutletName((sources as Record<string, Source>)[id]!.outlet)
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export const troopColumns: TableColumn<TroopRow>[] = [
  { key: 'date', label: 'Date', width: '7.8rem' },
  {
    key: 'troops',
    label: 'US troops',
    align: 'end',
    width: '7.8rem',
  },
  { key: 'source', label: 'Source' },
]

export function troopRows(troops: readonly { date: string, dateEnd?: string, value: number, approximate?: boolean, source: SourceId, alsoSource?: SourceId }[]): TroopRow[] {
  return troops.map(r => ({
    date: r.dateEnd
      ? `${r.date.slice(0, 4)}–${r.dateEnd.slice(2, 4)} (peak)`
      : formatIsoDate(r.date),
    troops: `${r.approximate ? 'about ' : ''}${formatNumber(r.value)}`,
    // The first source only, to keep rows to one line; the slide's source line lists all.
    source: shortOutlet(r.source),
  }))
}

export const strengthColumns: TableColumn<StrengthRow>[] = [
  { key: 'date', label: 'Report', width: '5rem' },
  { key: 'estimate', label: 'Estimate', width: '50%' },
  { key: 'by', label: 'Whose estimate' },
]

export function strengthRows(
  strength: readonly { date: string, wording: string, assessedBy: string }[],
  projections: readonly { date: string, wording: string, assessedBy: string }[] = [],
): StrengthRow[] {
  const rows = strength.map(e => ({
    date: formatIsoDate(e.date),
    estimate: e.wording.replace(/(\d)-(\d)/g, '$1–$2'),
    by: e.assessedBy,
    t: parseIsoDate(e.date),
  }))
  const extra = projections.map(p => ({
    date: formatIsoDate(p.date),
    estimate: `${p.wording} (projection, not drawn)`,
    by: p.assessedBy,
    t: parseIsoDate(p.date) + 0.5,
  }))
  return [
    ...rows,
    ...extra,
  ]
    .toSorted((a, b) => a.t - b.t)
    .map(({ date, estimate, by }) => ({ date, estimate, by }))
}

export const timelineColumns: TableColumn<TimelineRow>[] = [
  { key: 'date', label: 'Date', width: '7.5rem' },
  { key: 'lane', label: 'Lane', width: '9.5rem' },
  { key: 'event', label: 'Event' },
]

/** Events with from <= date < to (ISO), as table rows. */
export function timelineRows(
  events: readonly { date: string, lane: string, detail: string }[],
  from = '0001',
  to = '9999',
): TimelineRow[] {
  const t0 = parseIsoDate(from)
  const t1 = parseIsoDate(to)
  return events
    .filter(e => parseIsoDate(e.date) >= t0 && parseIsoDate(e.date) < t1)
    .map(e => ({
      date: formatIsoDate(e.date),
      lane: e.lane,
      event: capitalise(e.detail),
    }))
}

/** The events of a period (for the source ids of one appendix slide). */
export function eventsBetween<T extends { date: string }>(events: readonly T[], from: string, to: string): T[] {
  const t0 = parseIsoDate(from)
  const t1 = parseIsoDate(to)
  return events.filter(e => parseIsoDate(e.date) >= t0 && parseIsoDate(e.date) < t1)
}
