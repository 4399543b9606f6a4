// Time and value scales for the deck's SVG charts: pure, no DOM, no d3.
// Dates are ISO strings at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.
// A partial date resolves to the first day of its period (2020-01 -> 2020-01-01, UTC).

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

const DAY_MS = 86_400_000

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

/** Whole days from a to b. */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseIsoDate(b) - parseIsoDate(a)) / DAY_MS)
}

export interface LinearScale {
  (value: number): number
  domain: readonly [number, number]
  range: readonly [number, number]
}

/** A linear map from domain to range (either may be reversed, e.g. SVG y). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain
  const [r0, r1] = range
  if (d0 === d1)
    throw new Error('A scale needs a domain of non-zero width')
  const k = (r1 - r0) / (d1 - d0)
  const scale = ((value: number) => r0 + (value - d0) * k) as LinearScale
  scale.domain = domain
  scale.range = range
  return scale
}

export interface TimeScale {
  /** x position of an ISO date string or a UTC timestamp. */
  (date: string | number): number
  start: number
  end: number
  range: readonly [number, number]
}

/** A linear time scale from [start, end] (ISO strings) to a pixel range. */
export function timeScale(start: string, end: string, range: readonly [number, number]): TimeScale {
  const t0 = parseIsoDate(start)
  const t1 = parseIsoDate(end)
  if (t1 <= t0)
    throw new Error(`Time scale end ${end} must be after start ${start}`)
  const lin = linearScale([t0, t1], range)
  const scale = ((date: string | number) => lin(typeof date === 'string'
    ? parseIsoDate(date)
    : date)) as TimeScale
  scale.start = t0
  scale.end = t1
  scale.range = range
  return scale
}

/**
 * A time scale with one break: [start, breakAt) maps linearly onto the first `share` of the
 * range, [breakAt, end] onto the rest, so a crowded recent stretch gets room while the long,
 * quiet early stretch stays visible. Each side is linear; the chart must mark the change.
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
  const left = linearScale([t0, tb], [range[0], xb])
  const right = linearScale([tb, t1], [xb, range[1]])
  const scale = ((date: string | number) => {
    const tt = typeof date === 'string'
      ? parseIsoDate(date)
      : date
    return tt < tb
      ? left(tt)
      : right(tt)
  }) as TimeScale & { breakX: number, breakT: number }
  scale.start = t0
  scale.end = t1
  scale.range = range
  scale.breakX = xb
  scale.breakT = tb
  return scale
}

/** 1 January (UTC) of every `step`-th year inside [start, end], aligned to years divisible by `step`. */
export function yearTicks(start: number, end: number, step = 1): { year: number, t: number }[] {
  if (step < 1 || !Number.isInteger(step))
    throw new Error('Tick step must be a positive whole number of years')
  const ticks: { year: number, t: number }[] = []
  const first = new Date(start).getUTCFullYear()
  for (let year = Math.ceil(first / step) * step; ; year += step) {
    const t = Date.UTC(year, 0, 1)
    if (t > end)
      break
    if (t >= start)
      ticks.push({ year, t })
  }
  return ticks
}

/** 0, step, 2*step, ... up to and including max (for zero-based value axes). */
export function valueTicks(max: number, step: number): number[] {
  if (step <= 0)
    throw new Error('Tick step must be positive')
  const ticks: number[] = []
  for (let v = 0; v <= max + step * 1e-9; v += step)
    ticks.push(Math.round(v * 1e6) / 1e6)
  return ticks
}

const numberFormat = new Intl.NumberFormat('en-US')

/** 100000 -> "100,000". */
export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const

/** "2020-02-29" -> "29 Feb 2020", "2020-01" -> "Jan 2020", "2010" -> "2010". */
export function formatIsoDate(iso: string): string {
  parseIsoDate(iso)
  const [y, m, d] = iso.split('-')
  if (m === undefined)
    return y!
  const month = MONTHS[Number(m) - 1]!
  return d === undefined
    ? `${month} ${y}`
    : `${Number(d)} ${month} ${y}`
}
