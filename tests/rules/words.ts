// Word counting for on-slide text, as the audience reads it.

/** Words in a text: runs of letters or digits, so "90–95" and "ISIS-K" count once. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,–\-/%]*/gu)?.length ?? 0
}

export interface SlideWords {
  no: number
  /** Prose words, the ones the limit applies to. */
  words: number
  /** Words inside the evidence (chart labels, table cells), reported only. */
  evidence?: number
}

/** A fixed-width table of word counts, for the test log. */
export function formatWordReport(rows: readonly SlideWords[], limit: number): string {
  const lines = rows.map(({ no, words, evidence }) => {
    const extra = evidence === undefined
      ? ''
      : ` (+${evidence} in the evidence)`
    const flag = words > limit
      ? `  <- over ${limit}`
      : ''
    return `  slide ${String(no).padStart(2)}: ${String(words).padStart(3)} words${extra}${flag}`
  })
  return [`On-slide prose words (source lines and evidence labels excluded, limit ${limit}):`, ...lines].join('\n')
}
