// Pure logic for components/Scorecard.vue: verdict words and icons, evidence lines
// with their date and the "after the essay" mark derived from that date.
import { essayMark } from './essay-date'
import { formatIsoDate } from './iso-date'

/**
 * Scorecard columns, px on the 980x552 canvas: the verdict stamp and the date; the evidence
 * takes the rest of the 892 px content width. Each cell has `pad` px of right padding.
 * tests/data-one-line.test.ts holds every line of the data to one line in these widths.
 */
export const SCORECARD_COLUMNS = { verdict: 146, when: 128, pad: 8 } as const

export type ScoreVerdict = 'holds' | 'weakened' | 'open'

/** How each verdict reads on the slide. Meaning never rests on colour alone: word + icon. */
export const VERDICT_LABELS: Record<ScoreVerdict, string> = {
  holds: 'Holds',
  weakened: 'Weakened',
  open: 'Open',
}

export interface EvidenceLine {
  /** "Dec 2025", "5 Mar 2025". */
  when: string
  text: string
  /** "after the essay" when the date is after 2024-03-31, else undefined. */
  mark?: string
}

/**
 * One evidence item as the scorecard prints it.
 * @throws Error when `date` is not an ISO date.
 */
export function evidenceLine(e: { date: string, text: string }): EvidenceLine {
  return {
    when: formatIsoDate(e.date),
    text: e.text,
    mark: essayMark(e.date),
  }
}

/** Plain-text summary for the table's accessible description and the PDF. */
export function describeScorecard(rows: readonly { premise: string, verdict: ScoreVerdict, evidence: readonly { date: string, text: string }[] }[]): string {
  return rows.map((r) => {
    const ev = r.evidence.map((e) => {
      const l = evidenceLine(e)
      return `${l.when}${l.mark
        ? ` (${l.mark})`
        : ''}: ${l.text}`
    }).join('; ')
    return `${r.premise}: ${VERDICT_LABELS[r.verdict]}. ${ev}.`
  }).join(' ')
}
