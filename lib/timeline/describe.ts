// The timeline in words, era by era, for the SVG <desc>.
import type { EraInput, TimelineEventInput } from './types'
import { formatIsoDate, parseIsoDate } from '../iso-date'
import { eraIndexOf } from './eras'

/** The timeline in words, era by era, for the SVG <desc>. */
export function describeTimeline(
  events: readonly TimelineEventInput[],
  eras: readonly EraInput[],
  laneNames: readonly string[],
  /** Exclusive end of the axis: its last year is named. */
  end = '2025-01-01',
): string {
  const lastYear = new Date(parseIsoDate(end) - 1).getUTCFullYear()
  const sorted = events.toSorted((a, b) => parseIsoDate(a.date) - parseIsoDate(b.date))
  const parts = eras.map((era, i) => {
    const inEra = sorted.filter(e => eraIndexOf(e.date, eras) === i)
    const list = inEra.map(e => `${formatIsoDate(e.date)} (${e.lane}): ${e.detail}`).join('; ')
    return `${era.label}, from ${formatIsoDate(era.start)}, opened by ${era.marker}. ${list
      ? `${list}.`
      : 'No events shown.'}`
  })
  return `Timeline from ${formatIsoDate(eras[0]?.start ?? sorted[0]!.date)} to ${lastYear} in ${laneNames.length} lanes: ${laneNames.join(', ')}. ${parts.join(' ')}`
}
