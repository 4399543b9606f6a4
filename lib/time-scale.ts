// Time and value scales for the deck's SVG charts, on d3-scale and d3-time (as Observable
// Plot and LayerCake do). The dates they take are the data's ISO strings (lib/iso-date.ts).
import type { ScaleLinear } from 'd3-scale'
import { range as d3Range } from 'd3-array'
import { scaleLinear, scaleUtc } from 'd3-scale'
import { utcYear } from 'd3-time'
import { parseIsoDate } from './iso-date'

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
