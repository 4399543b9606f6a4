// Precedents of intelligence cooperation: dates, ordering and the small dated strip
// drawn beside each row (a shared time axis, so 1943 sits far left of 2024).
import type { SourceId } from '../data/sources'
import { range as d3Range } from 'd3-array'
import { scaleLinear } from 'd3-scale'

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

export interface StripScale {
  /** First and last year on the axis. */
  from: number
  to: number
  /** Width of the strip in px; marks stay `inset` px inside each end. */
  width: number
  inset?: number
}

/** x in px of a decimal year on the strip: a clamped d3 `scaleLinear` (a year off the axis sits at its end). */
export function stripX(year: number, scale: StripScale): number {
  const inset = scale.inset ?? 0
  return scaleLinear().domain([scale.from, scale.to]).range([inset, scale.width - inset]).clamp(true)(year)
}

export interface StripMark {
  /** Left and right edges of the mark; equal for a single event. */
  x1: number
  x2: number
  openEnded: boolean
}

/** Where a precedent's period sits on the strip. Open ends get a short tail, never an invented end date. */
export function stripMark(p: Pick<Precedent, 'start' | 'end' | 'openEnded'>, scale: StripScale): StripMark {
  const x1 = stripX(decimalYear(p.start), scale)
  const x2 = p.end === undefined
    ? x1
    : stripX(decimalYearEnd(p.end), scale)
  return {
    x1,
    x2,
    openEnded: Boolean(p.openEnded),
  }
}

/** A sensible axis for a set of precedents: from the decade before the first start to just past the last. */
export function stripDomain(list: readonly Pick<Precedent, 'start' | 'end'>[]): { from: number, to: number } {
  if (list.length === 0)
    throw new Error('No precedents to lay out')
  const starts = list.map(p => decimalYear(p.start))
  const ends = list.map(p => decimalYearEnd(p.end ?? p.start))
  return {
    from: Math.floor(Math.min(...starts) / 10) * 10,
    to: Math.ceil(Math.max(...ends)),
  }
}

export interface StripTick {
  year: number
  x: number
  /** Only the first and last ticks carry a year label: the strip is too small for more. */
  labelled: boolean
}

/** Ticks every `step` years inside the domain; the first and last are labelled. */
export function stripTicks(scale: StripScale, step = 20): StripTick[] {
  const years = d3Range(Math.ceil(scale.from / step) * step, scale.to + 1, step)
  return years.map((year, i) => ({
    year,
    x: stripX(year, scale),
    labelled: i === 0 || i === years.length - 1,
  }))
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
