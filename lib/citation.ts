// The one-line source line under a slide (design-rules.md rule 5), as text segments
// that <SourceLine> renders, some of them links to a numbered entry of the reference list.
import type { Source, SourceId, SourceKind } from '../data/sources'
import { sources } from '../data/sources'
import { formatIsoDate } from './iso-date'
import { referenceNumber } from './references'

/** Rule 5: a source line holds at most about this many characters, so it stays one line at 12 px. */
export const SOURCE_LINE_MAX_CHARS = 110

/** A run of source-line text; `ref` makes it a link to reference entry `ref`. */
export interface SourceLineSegment {
  text: string
  ref?: number
}

export function lookupSource(id: string): Source {
  const source = (sources as Record<string, Source>)[id]
  if (!source)
    throw new Error(`Unknown source id "${id}": add it to data/sources.ts`)
  return source
}

/** "Outlet, Title, 31 Mar 2024" (publication date), marked when read only through a repost. */
export function formatSource(source: Source): string {
  const text = [
    source.outlet,
    source.title,
    formatIsoDate(source.published),
  ].join(', ')
  return source.viaRepost
    ? `${text} (via repost)`
    : text
}

/** The plain text of a source line, as the audience reads it. */
export function sourceLineText(segments: readonly SourceLineSegment[]): string {
  return segments.map(s => s.text).join('')
}

/** Every kind of source, in the order the grouped form names the issuing bodies. */
export const KIND_ORDER: readonly SourceKind[] = [
  'essay',
  'us-government',
  'un',
  'other-government',
  'court',
  'news',
  'research',
]
const KIND_LABEL: Partial<Record<SourceKind, string>> = {
  'essay': 'Costa & Clarke essay (NYT)',
  'us-government': 'US government records',
  'un': 'UN reports',
}
// Long outlet names, shortened only in the grouped form (the reference list spells them out).
const SHORT_OUTLET: Record<string, string> = {
  'Associated Press': 'AP',
  'US Department of Defense': 'US DoD',
  'The New York Times': 'NYT',
  'The Washington Post': 'Washington Post',
  'The Christian Science Monitor': 'CS Monitor',
  'Institute for Economics & Peace': 'Global Terrorism Index',
  'National September 11 Memorial & Museum': '9/11 Memorial',
  'University Press of Kansas': 'Smith (1996)',
  'Jamestown Foundation': 'Jamestown',
  'International Nuremberg Principles Academy': 'Nuremberg Academy',
}

/** "Jamestown Foundation, Terrorism Monitor 13(7)" -> "Jamestown"; "Kremlin (readout)" -> "Kremlin". */
export function shortOutlet(outlet: string): string {
  const base = outlet.split(/[;,]/)[0]!.replace(/\s*\(.*\)$/, '').trim()
  return SHORT_OUTLET[base] ?? base
}

function unique(ids: readonly string[]): string[] {
  if (ids.length === 0)
    throw new Error('A source line needs at least one source id')
  return [
    ...new Set(ids),
  ]
}

/** Cut `text` to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max)
    return text
  if (max < 2)
    return '…'
  let cut = text.slice(0, max - 1)
  // Never leave a parenthesis open ("trial (in Russian…"): cut before it instead.
  const open = cut.lastIndexOf('(')
  if (open > max / 2 && !cut.includes(')', open))
    cut = cut.slice(0, open)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2
    ? cut.slice(0, space)
    : cut).replace(/[\s,:;.'‘’-]+$/, '')}…`
}

/** Shortest title part worth showing; below it the grouped form reads better. */
const MIN_TITLE_CHARS = 24

/**
 * One or two sources: "Source: <outlet>, <title>, <date>", the outlet linking to its entry
 * (rule 5). Titles are shortened with an ellipsis so the line fits `max`; returns null when a
 * title would keep fewer than MIN_TITLE_CHARS characters.
 */
function shortForm(ids: readonly string[], prefix: string, max: number): SourceLineSegment[] | null {
  const label = prefix === 'Source' && ids.length > 1
    ? 'Sources'
    : prefix
  const items = ids.map(id => ({
    n: referenceNumber(id),
    source: lookupSource(id),
  }))
  const build = (titles: readonly string[]): SourceLineSegment[] => {
    const segments: SourceLineSegment[] = [
      { text: `${label}: ` },
    ]
    items.forEach(({ n, source }, i) => {
      if (i > 0)
        segments.push({ text: '; ' })
      // The issuing body without its parenthetical ("US Central Command (… transcript)").
      segments.push({
        text: source.outlet.replace(/\s*\(.*\)$/, ''),
        ref: n,
      })
      const repost = source.viaRepost
        ? ' (via repost)'
        : ''
      segments.push({ text: `, ${titles[i]}, ${formatIsoDate(source.published)}${repost}` })
    })
    return segments
  }
  // Each title's share of what the outlets, dates and separators leave; shorter titles give spare to longer.
  let budget = max - sourceLineText(build(items.map(() => ''))).length
  const titles = items.map(() => '')
  const order = items.map((item, i) => ({
    i,
    len: item.source.title.length,
  })).sort((a, b) => a.len - b.len)
  for (const [k, { i }] of order.entries()) {
    const full = items[i]!.source.title
    const title = truncate(full, Math.floor(budget / (order.length - k)))
    if (title.length < Math.min(MIN_TITLE_CHARS, full.length))
      return null
    titles[i] = title
    budget -= title.length
  }
  return build(titles)
}

/** Consecutive numbers as ranges: [3, 4, 5, 9] -> [[3, 5], [9, 9]]. */
function ranges(ns: readonly number[]): [number, number][] {
  const out: [number, number][] = []
  for (const n of ns) {
    const last = out.at(-1)
    if (last && n === last[1] + 1)
      last[1] = n
    else
      out.push([n, n])
  }
  return out
}

/**
 * Three or more sources: the issuing bodies grouped by kind ("US government records; UN reports;
 * AP, AFP, Reuters") and the reference numbers, each a link. Shortens to fit `max`: runs of
 * numbers become ranges, then long outlet lists end in "and N others".
 */
function groupedForm(ids: readonly string[], prefix: string, max: number): SourceLineSegment[] {
  const label = prefix === 'Source'
    ? 'Sources'
    : prefix
  const byKind = new Map<SourceKind, string[]>()
  for (const id of ids) {
    const s = lookupSource(id)
    const names = byKind.get(s.kind) ?? []
    const name = KIND_LABEL[s.kind] ?? shortOutlet(s.outlet)
    if (!names.includes(name))
      names.push(name)
    byKind.set(s.kind, names)
  }
  const lists = KIND_ORDER.filter(k => byKind.has(k)).map(k => ({
    names: byKind.get(k)!,
    shown: byKind.get(k)!.length,
  }))
  const numbers = ids.map(id => referenceNumber(id)).sort((a, b) => a - b)
  const build = (compress: boolean): SourceLineSegment[] => {
    const groups = lists.map(({ names, shown }) => shown < names.length
      ? `${names.slice(0, shown).join(', ')} and ${names.length - shown} others`
      : names.join(', '))
    const segments: SourceLineSegment[] = [
      { text: `${label}: ${groups.join('; ')} [` },
    ]
    const runs = compress
      ? ranges(numbers)
      : numbers.map(n => [n, n] as [number, number])
    runs.forEach(([a, b], i) => {
      if (i > 0)
        segments.push({ text: ', ' })
      segments.push({
        text: String(a),
        ref: a,
      })
      if (b > a) {
        segments.push({
          text: b > a + 1
            ? '–'
            : ', ',
        })
        segments.push({
          text: String(b),
          ref: b,
        })
      }
    })
    segments.push({ text: ']' })
    return segments
  }
  const fits = (compress: boolean) => sourceLineText(build(compress)).length <= max
  // Runs of numbers become ranges first (both ends still link); then the longest outlet list shortens.
  const compress = !fits(false)
  while (!fits(compress)) {
    const longest = lists.filter(l => l.shown > 1).sort((a, b) => b.shown - a.shown)[0]
    if (!longest)
      break
    longest.shown -= 1
  }
  return build(compress)
}

/**
 * The source line for a slide, as segments (the `ref` ones link to the reference list).
 * Ids resolve in order, duplicates dropped; unknown ids throw. With one or two sources it names
 * outlet, title and date; with three or more, or `grouped`, it groups the outlets by kind.
 */
export function sourceLineSegments(ids: readonly SourceId[] | readonly string[], options: { prefix?: string, grouped?: boolean, max?: number } = {}): SourceLineSegment[] {
  const { prefix = 'Source', grouped = false, max = SOURCE_LINE_MAX_CHARS } = options
  const list = unique(ids)
  const short = !grouped && list.length <= 2
    ? shortForm(list, prefix, max)
    : null
  return short ?? groupedForm(list, prefix, max)
}

/** The source line as plain text (what the audience reads). */
export function formatSourceLine(ids: readonly SourceId[] | readonly string[], prefix = 'Source'): string {
  return sourceLineText(sourceLineSegments(ids, { prefix }))
}
