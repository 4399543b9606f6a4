// Where a dated fact sits against the essay the deck's argument comes from:
// Costa and Clarke, The New York Times, 2024-03-31 (data/essay.ts). One function
// decides "after the essay" for every slide, map label and table, so the mark is
// derived from the record's date and never typed by hand.
import { formatIsoDate, parseIsoDate } from './iso-date.ts'

/** Publication date of the essay (ISO). */
export const ESSAY_DATE = '2024-03-31'

/** The mark a slide shows next to a fact dated after the essay. */
export const AFTER_ESSAY = 'after the essay'
/** The mark for a fact from before the essay that the essay did not use (e.g. a later-verified plot). */
export const BEFORE_ESSAY = 'before the essay'

/**
 * The first day an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) can mean, as YYYY-MM-DD.
 * A month or a year counts from its first day, so "2024-03" is before the essay
 * (it contains Crocus, 22 March) and "2024-04" is after it.
 * @throws Error on anything that is not an ISO date (from `parseIsoDate`).
 */
export function firstDay(iso: string): string {
  parseIsoDate(iso)
  const [y, m = '01', d = '01'] = iso.split('-')
  return `${y}-${m}-${d}`
}

/** True when the dated fact comes after the essay was published (2024-03-31). */
export function isAfterEssay(iso: string): boolean {
  return firstDay(iso) > ESSAY_DATE
}

/** "after the essay" for a fact dated after 2024-03-31, otherwise `undefined`. */
export function essayMark(iso: string): typeof AFTER_ESSAY | undefined {
  return isAfterEssay(iso)
    ? AFTER_ESSAY
    : undefined
}

/**
 * The latest date among dated records (ISO strings compared by their first day).
 * Used for "Latest event <date>" on the title slide.
 * @throws Error when there is no record, or a date is not ISO.
 */
export function latestDate(dates: Iterable<string>): string {
  let best: string | undefined
  for (const d of dates) {
    if (best === undefined || firstDay(d) > firstDay(best))
      best = d
  }
  if (best === undefined)
    throw new Error('latestDate: no dated record')
  return best
}

/**
 * "Latest event 12 Mar 2026 · sources checked 30 Nov 2026": the latest date among the records and
 * the ISO date the sources were checked, so a reader sees both how fresh the evidence is and how
 * late anyone looked for more. Omit `checked` for the first half alone.
 * @throws Error when there is no record, or a date is not ISO.
 */
export function evidenceAsOf(dates: Iterable<string>, checked?: string): string {
  const latest = `Latest event ${formatIsoDate(latestDate(dates))}`
  return checked === undefined
    ? latest
    : `${latest} · sources checked ${formatIsoDate(checked)}`
}
