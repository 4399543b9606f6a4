// Precedents of intelligence cooperation: dates, ordering, and the two sides of the
// ledger slide (what cooperation delivered; what it cost or failed to stop).
import type { SourceId } from '../data/sources'

/** Who passed intelligence to whom. */
export type Flow = 'to-us' | 'from-us' | 'joint'

export interface Precedent {
  id: string
  /** The other side, as a reader knows it: "Iran", "Soviet Union". */
  partner: string
  /** ISO partial date, "YYYY" or "YYYY-MM". */
  start: string
  /** Last year or month, if the sources give one; absent for a single event or an open end. */
  end?: string
  /** True when the cooperation ran on past `start` and the sources give no end. */
  openEnded?: boolean
  /** How the period reads on the slide: "1943–44", "Jan 2024", "From 2003". */
  label: string
  flow: Flow
  /** What passed between them, in the deck's words. */
  gained: string
  /** The cost, only where a source states one; null means none stated. */
  cost: string | null
  /**
   * A limit the deck draws from two dated, sourced facts (e.g. a warning, then the attack
   * it warned of still came): the deck's wording, shown as such, never as a stated cost.
   */
  limit?: { text: string, sources: readonly SourceId[] }
  sources: readonly SourceId[]
}

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/

/** "2003-11" -> 2003.833 (start of the month); "1943" -> 1943. Throws on anything else. */
export function decimalYear(date: string): number {
  const match = PARTIAL_DATE.exec(date)
  if (!match)
    throw new Error(`Not a YYYY or YYYY-MM date: "${date}"`)
  const year = Number(match[1])
  const month = match[2]
    ? Number(match[2])
    : 1
  return year + (month - 1) / 12
}

/** The end of a period as a decimal year: the end of its last month or year. */
export function decimalYearEnd(date: string): number {
  const match = PARTIAL_DATE.exec(date)
  if (!match)
    throw new Error(`Not a YYYY or YYYY-MM date: "${date}"`)
  return match[2]
    ? decimalYear(date) + 1 / 12
    : Number(match[1]) + 1
}

/** Problems with a period, as sentences; empty when the period is valid. */
export function periodProblems(p: Pick<Precedent, 'start' | 'end' | 'openEnded'>, latestYear = 2026, earliestYear = 1900): string[] {
  const problems: string[] = []
  if (!PARTIAL_DATE.test(p.start))
    problems.push(`start "${p.start}" is not YYYY or YYYY-MM`)
  if (p.end !== undefined && !PARTIAL_DATE.test(p.end))
    problems.push(`end "${p.end}" is not YYYY or YYYY-MM`)
  if (problems.length)
    return problems
  const start = decimalYear(p.start)
  if (start < earliestYear || start > latestYear + 1)
    problems.push(`start ${p.start} is outside ${earliestYear}-${latestYear}`)
  if (p.end !== undefined) {
    if (decimalYear(p.end) < start)
      problems.push(`end ${p.end} is before start ${p.start}`)
    if (decimalYear(p.end) > latestYear + 1)
      problems.push(`end ${p.end} is after ${latestYear}`)
    if (p.openEnded)
      problems.push('a period cannot have an end and be open-ended')
  }
  return problems
}

/** Precedents oldest first (by start, then by end); ties keep their order. Returns a new array. */
export function sortByStart<T extends Pick<Precedent, 'start' | 'end'>>(list: readonly T[]): T[] {
  return [...list].sort((a, b) =>
    decimalYear(a.start) - decimalYear(b.start)
    || decimalYearEnd(a.end ?? a.start) - decimalYearEnd(b.end ?? b.start))
}

export function isSortedByStart(list: readonly Pick<Precedent, 'start'>[]): boolean {
  return list.every((p, i) => i === 0 || decimalYear(list[i - 1]!.start) <= decimalYear(p.start))
}

const flowWords: Record<Flow, string> = {
  'to-us': 'to the US',
  'from-us': 'from the US',
  'joint': 'joint work',
}

/** "Iran to US", "US to Russia", "US–Libya", with the spoken form for screen readers. */
export function flowLabel(flow: Flow, partner: string): { text: string, spoken: string } {
  if (flow === 'to-us')
    return { text: `${partner} to US`, spoken: `${partner} to the US` }
  if (flow === 'from-us')
    return { text: `US to ${partner}`, spoken: `the US to ${partner}` }
  return { text: `US–${partner}`, spoken: `the US and ${partner}, ${flowWords.joint}` }
}

/**
 * The precedent ledger's columns, px on the 980x552 canvas: the delivered side's width (its
 * text ends `gap` px before the rule), the rule between the sides, and the cost side's inset
 * after it; the cost side takes the rest of the 892 px content width.
 */
export const LEDGER_COLUMNS = {
  delivered: 300,
  gap: 24,
  rule: 2,
} as const

/** The ledger's two sides: what cooperation delivered, and what it cost or failed to do. */
export type LedgerSide = 'delivered' | 'cost-or-failed'

export interface LedgerEntry {
  id: string
  /** "2001–03", bold on the entry's first line. */
  when: string
  /** "Syria to US", with the spoken form for screen readers. */
  who: { text: string, spoken: string }
  /** What passed between them. */
  passed: string
  /** What it cost (a source states it) or the deck's reading of a limit; absent on the delivered side. */
  outcome?: string
  /** True when `outcome` is a cost a source states, false for the deck's reading of a limit. */
  stated?: boolean
}

/**
 * Which side of the ledger a precedent sits on: "cost-or-failed" when a source states a cost
 * or the deck reads a limit from sourced facts, "delivered" otherwise (no cost stated).
 */
export function ledgerSide(p: Pick<Precedent, 'cost' | 'limit'>): LedgerSide {
  return p.cost !== null || p.limit
    ? 'cost-or-failed'
    : 'delivered'
}

/** The precedents split into the ledger's two sides, each oldest first. */
export function precedentLedger(list: readonly Precedent[]): Record<LedgerSide, LedgerEntry[]> {
  const sides: Record<LedgerSide, LedgerEntry[]> = { 'delivered': [], 'cost-or-failed': [] }
  for (const p of sortByStart(list)) {
    const outcome = p.cost ?? p.limit?.text
    sides[ledgerSide(p)].push({
      id: p.id,
      when: p.label,
      who: flowLabel(p.flow, p.partner),
      passed: p.gained,
      ...(outcome === undefined
        ? {}
        : { outcome, stated: p.cost !== null }),
    })
  }
  return sides
}
