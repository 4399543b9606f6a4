// Word counting for on-slide text, as the audience reads it.

/** Words in a text: runs of letters or digits, so "90–95" and "ISIS-K" count once. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,–\-/%]*/gu)?.length ?? 0
}

export interface SlideWords {
  no: number
  words: number
}

/** A fixed-width table of word counts, for the test log. */
export function formatWordReport(rows: readonly SlideWords[], limit: number): string {
  const lines = rows.map(({ no, words }) => `  slide ${String(no).padStart(2)}: ${String(words).padStart(3)} words${words > limit
    ? `  <- over ${limit}`
    : ''}`)
  return [`On-slide words (source lines excluded, limit ${limit}):`, ...lines].join('\n')
}
