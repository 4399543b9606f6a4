// Ordering and paging of the reference list (components/SourcesList.vue).
import type { Source } from '../data/sources'

export interface ListedSource extends Source {
  id: string
}

/** Outlets sort without a leading "The", as in a reference list. */
export function sortKey(outlet: string): string {
  return outlet.replace(/^the\s+/i, '')
}

/** Pinned ids first (in the order given), then the rest by outlet, then publication date. */
export function sortSources(all: Readonly<Record<string, Source>>, pinned: readonly string[] = []): ListedSource[] {
  const entries = Object.entries(all).map(([id, s]) => ({ id, ...s }))
  const pin = (id: string) => {
    const i = pinned.indexOf(id)
    return i < 0
      ? Number.POSITIVE_INFINITY
      : i
  }
  return entries.sort((a, b) =>
    pin(a.id) - pin(b.id)
    || sortKey(a.outlet).localeCompare(sortKey(b.outlet), 'en', { sensitivity: 'base' })
    || a.published.localeCompare(b.published),
  )
}

/** Part `part` (1-based) of `parts` near-equal slices, so every entry lands on exactly one slide. */
export function sliceParts<T>(items: readonly T[], part: number, parts: number): T[] {
  if (parts < 1 || part < 1 || part > parts)
    throw new Error(`part ${part} of ${parts} is out of range`)
  const size = Math.ceil(items.length / parts)
  return items.slice((part - 1) * size, part * size)
}
