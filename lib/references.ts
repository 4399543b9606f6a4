// The numbered reference list: a stable number for every source, and where its entry lives.
// Numbering rule: the order of data/sources.ts (the essay first). New sources are appended
// there, so a number, once printed on a slide or handout, never changes meaning.
import type { Source, SourceId } from '../data/sources'
import { sourceIds, sources } from '../data/sources'

/** How many slides the reference list takes (pages/13-sources.md has one slide per part). */
export const REFERENCE_PARTS = 5

/** One numbered entry of the reference list. */
export interface Reference extends Source {
  id: SourceId
  /** 1-based, stable: the position in data/sources.ts. */
  n: number
}

/** Every source, numbered in data/sources.ts order. */
export const references: readonly Reference[] = sourceIds.map((id, i) => ({
  id,
  n: i + 1,
  ...(sources as Record<string, Source>)[id]!,
}))

/** The reference number of a source id; throws on an unknown id so a typo never renders "[undefined]". */
export function referenceNumber(id: string): number {
  const i = (sourceIds as readonly string[]).indexOf(id)
  if (i < 0)
    throw new Error(`Unknown source id "${id}": add it to data/sources.ts`)
  return i + 1
}

/** The entries on part `part` (1-based) of `parts` near-equal slices, in number order. */
export function referencesOnPart(part: number, parts = REFERENCE_PARTS, all: readonly Reference[] = references): Reference[] {
  if (!Number.isInteger(part) || parts < 1 || part < 1 || part > parts)
    throw new Error(`part ${part} of ${parts} is out of range`)
  const size = Math.ceil(all.length / parts)
  return all.slice((part - 1) * size, part * size)
}

/** Which part (1-based) holds reference `n`; throws when no entry has that number. */
export function partOf(n: number, parts = REFERENCE_PARTS, total = references.length): number {
  if (!Number.isInteger(n) || n < 1 || n > total)
    throw new Error(`Reference ${n} has no entry: the list runs from 1 to ${total}`)
  return Math.floor((n - 1) / Math.ceil(total / parts)) + 1
}

/** The Slidev routeAlias of the slide holding part `part`: "references-2". */
export function referencesAlias(part: number): string {
  return `references-${part}`
}

/** The element id of entry `n` on the references slide: "ref-12" (an in-document PDF link target). */
export function referenceAnchor(n: number): string {
  return `ref-${n}`
}

/** "www.rferl.org/a/…" -> "rferl.org": the host a reader sees as the link text. */
export function urlHost(url: string): string {
  return new URL(url).host.replace(/^www\./, '')
}

/** An https URL with a host: what every source must carry. */
export function isWellFormedHttpsUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' && u.host.includes('.') && !/\s/.test(url)
  }
  catch {
    return false
  }
}
