// Time and value scales for the deck's SVG charts, on d3-scale, d3-time and d3-time-format
// (as Observable Plot and LayerCake do). What stays here is domain logic: dates are ISO
// strings at the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD), and a partial
// date resolves to the first day of its period (2020-01 -> 2020-01-01, UTC).
import type { ScaleLinear } from 'd3-scale'
import { range as d3Range } from 'd3-array'
import { scaleLinear, scaleUtc } from 'd3-scale'
import { utcDay, utcYear } from 'd3-time'
import { utcFormat } from 'd3-time-format'

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** True for a real calendar date in YYYY, YYYY-MM or YYYY-MM-DD form. */
export function isIsoDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso)
  if (!m)
    return false
  const year = Number(m[1])
  const month = m[2] === undefined
    ? 1
    : Number(m[2])
  const day = m[3] === undefined
    ? 1
    : Number(m[3])
  if (month < 1 || month > 12 || day < 1)
    return false
  const t = new Date(Date.UTC(year, month - 1, day))
  return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day
}

/** Milliseconds since the epoch (UTC) of the first day the ISO date covers. Throws on a bad date. */
export function parseIsoDate(iso: string): number {
  if (!isIsoDate(iso))
    throw new Error(`Not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): "${iso}"`)
  const [y, m = '01', d = '01'] = iso.split('-')
  return Date.UTC(Number(y), Number(m) - 1, Number(d))
}

/** Midpoint in time of two ISO dates (ms, UTC). */
export function midpoint(a: string, b: string): number {
  return (parseIsoDate(a) + parseIsoDate(b)) / 2
}

/** Whole days from a to b (negative if b is earlier). */
export function daysBetween(a: string, b: string): number {
  const ta = parseIsoDate(a)
  const tb = parseIsoDate(b)
  return ta <= tb
    ? utcDay.count(new Date(ta), new Date(tb))
    : -utcDay.count(new Date(tb), new Date(ta))
}

/** A d3 linear scale (callable; `.domain()`, `.range()`, `.invert()`). */
export type LinearScale = ScaleLinear<number, number>

/** d3 `scaleLinear` from domain to range (either may be reversed, e.g. SVG y). Throws on a zero-width domain. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  if (domain[0] === domain[1])
    throw new Error('A scale needs a domain of non-zero width')
  return scaleLinear().domain(domain).range(range)
}

export interface TimeScale {
  /** x position of an ISO date string or a UTC timestamp. */
  (date: string | number): number
  /** First and last instant of the domain, ms since the epoch (UTC). */
  start: number
  end: number
  range: readonly [number, number]
}

/** d3 `scaleUtc` over ISO dates or timestamps; `points` is the (poly)linear domain, ascending. */
function utcScale(points: readonly number[], range: readonly number[]): TimeScale {
  const s = scaleUtc().domain(points).range(range)
  const scale = ((date: string | number) => s(typeof date === 'string'
    ? parseIsoDate(date)
    : date)) as TimeScale
  scale.start = points[0]!
  scale.end = points.at(-1)!
  scale.range = [
    range[0]!,
    range.at(-1)!,
  ]
  return scale
}

/** A linear time scale (d3 `scaleUtc`) from [start, end] (ISO strings) to a pixel range. Throws unless end > start. */
export function timeScale(start: string, end: string, range: readonly [number, number]): TimeScale {
  const t0 = parseIsoDate(start)
  const t1 = parseIsoDate(end)
  if (t1 <= t0)
    throw new Error(`Time scale end ${end} must be after start ${start}`)
  return utcScale([t0, t1], range)
}

/**
 * A time scale with one break (a piecewise d3 `scaleUtc`): [start, breakAt) maps linearly onto
 * the first `share` of the range, [breakAt, end] onto the rest, so a crowded recent stretch
 * gets room while the long, quiet early stretch stays visible. The chart must mark the change.
 * Throws unless start < breakAt < end and 0 < share < 1.
 */
export function brokenTimeScale(start: string, breakAt: string, end: string, range: readonly [number, number], share: number): TimeScale & { breakX: number, breakT: number } {
  const t0 = parseIsoDate(start)
  const tb = parseIsoDate(breakAt)
  const t1 = parseIsoDate(end)
  if (!(t0 < tb && tb < t1))
    throw new Error(`Broken time scale needs start < break < end: ${start}, ${breakAt}, ${end}`)
  if (!(share > 0 && share < 1))
    throw new Error(`Broken time scale share must be between 0 and 1, got ${share}`)
  const xb = range[0] + (range[1] - range[0]) * share
  const scale = utcScale([t0, tb, t1], [range[0], xb, range[1]]) as TimeScale & { breakX: number, breakT: number }
  scale.breakX = xb
  scale.breakT = tb
  return scale
}

/** 1 January (UTC) of every `step`-th year inside [start, end] (d3 `utcYear.every`), aligned to years divisible by `step`. */
export function yearTicks(start: number, end: number, step = 1): { year: number, t: number }[] {
  if (step < 1 || !Number.isInteger(step))
    throw new Error('Tick step must be a positive whole number of years')
  return utcYear.every(step)!.range(new Date(start), new Date(end + 1)).map(d => ({
    year: d.getUTCFullYear(),
    t: d.getTime(),
  }))
}

/**
 * 0, step, 2*step, ... up to and including max (for zero-based value axes). The step is the
 * chart's choice (25,000 troops), which d3's 1-2-5 `ticks()` would not give. Throws on step <= 0.
 */
export function valueTicks(max: number, step: number): number[] {
  if (step <= 0)
    throw new Error('Tick step must be positive')
  return d3Range(0, max + step * 1e-9, step).map(v => Math.round(v * 1e6) / 1e6)
}

const numberFormat = new Intl.NumberFormat('en-US')

/** 100000 -> "100,000". */
export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

// House style: "29 Feb 2020" (d3's en-US month abbreviations; Intl en-GB writes "Sept").
const FORMATS = {
  year: utcFormat('%Y'),
  month: utcFormat('%b %Y'),
  day: utcFormat('%-d %b %Y'),
}

/** "2020-02-29" -> "29 Feb 2020", "2020-01" -> "Jan 2020", "2010" -> "2010", at the date's own precision. Throws on a bad date. */
export function formatIsoDate(iso: string): string {
  const t = new Date(parseIsoDate(iso))
  const parts = iso.split('-').length
  return parts === 1
    ? FORMATS.year(t)
    : parts === 2
      ? FORMATS.month(t)
      : FORMATS.day(t)
}
