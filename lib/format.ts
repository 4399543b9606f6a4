// Formatters for incident records (data/incidents.ts): the map labels, the map's <desc>
// and the appendix table all say a date and a toll the same way.
import type { CountRange, Incident } from '../data/incidents'
import { formatIsoDate } from './iso-date'

/** "22 Mar 2024", or "23–24 Dec 2023" for a two-day incident (both days in one month). */
export function formatIncidentDate(incident: Pick<Incident, 'date' | 'dateEnd'>): string {
  if (!incident.dateEnd)
    return formatIsoDate(incident.date)
  return `${Number(incident.date.slice(8, 10))}–${formatIsoDate(incident.dateEnd)}`
}

/** "144–149", "6", or "none" for plots (`null`). */
export function formatKilled(killed: CountRange | null): string {
  if (!killed)
    return 'none'
  return killed.low === killed.high
    ? String(killed.low)
    : `${killed.low}–${killed.high}`
}
