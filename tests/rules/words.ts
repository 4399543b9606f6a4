// The one word counter and word limit for on-slide text, as the audience reads it.
// Used by the unit rules (tests/deck.test.ts on the Markdown, notes and headlines) and by
// the e2e quality test (tests/e2e/quality.test.ts on the rendered slide).

/** Most words of prose on a slide outside its evidence (design rules: aim 25, max 40). */
export const PROSE_WORD_LIMIT = 40

/** The prose length to aim for; reported, not enforced. */
export const PROSE_WORD_AIM = 25

/**
 * Words in a text: runs that start with a letter or digit and may continue through
 * apostrophes, dots, commas, dashes, slashes and %, so "90–95", "ISIS-K", "U.S.",
 * "1,500" and "it's" count once and a lone "—", "·" or "✓" counts zero.
 * Words joined by an em dash with no spaces ("war—then") count as two.
 */
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
