// Dates as the deck's data holds them: ISO strings at the precision the source gives
// (YYYY, YYYY-MM or YYYY-MM-DD), a partial date standing for the first day of its period
// (2020-01 -> 2020-01-01, UTC), and the house style for printing them ("29 Feb 2020") and
// the time between them ("18 months").
// No d3 here: source lines and the title slide format dates without loading the chart
// scales (lib/time-scale.ts).

const DAY_MS = 86_400_000
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
  // UTC days are all 86,400,000 ms long (no daylight saving).
  return Math.round((tb - ta) / DAY_MS)
}

// Made on first use: the first Intl formatter of a page loads locale data, a long task on
// a slow phone, and slide 1 formats only a date.
let numberFormat: Intl.NumberFormat | undefined

/** 100000 -> "100,000". */
export function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat('en-US')
  return numberFormat.format(value)
}

// House style: "29 Feb 2020", with the English abbreviations Intl's en-US gives (en-GB
// writes "Sept"); a fixed list, as Intl would load its locale data for twelve words.
const MONTH = [
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

/** "2020-02-29" -> "29 Feb 2020", "2020-01" -> "Jan 2020", "2010" -> "2010", at the date's own precision. Throws on a bad date. */
export function formatIsoDate(iso: string): string {
  const t = new Date(parseIsoDate(iso))
  const [year, month, day] = iso.split('-')
  if (month === undefined)
    return year!
  const name = MONTH[t.getUTCMonth()]!
  return day === undefined
    ? `${name} ${year}`
    : `${Number(day)} ${name} ${year}`
}

/** "11 days", "18 months", "2 years": the time between two ISO dates, rounded as people say it. */
export function formatDuration(a: string, b: string): string {
  const days = Math.abs(daysBetween(a, b))
  if (days < 1)
    return 'same day'
  if (days < 2)
    return 'next day'
  if (days < 61)
    return `${Math.round(days)} days`
  const months = Math.round(days / 30.44)
  if (months < 24)
    return `${months} months`
  const years = Math.round(days / 365.25 * 2) / 2
  return `${years} years`
}
