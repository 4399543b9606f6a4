import type { Source, SourceId } from '../data/sources'
import { sources } from '../data/sources'

/** "Outlet, Title, 2024-03-31" (publication date), marked when read only through a repost. */
export function formatSource(source: Source): string {
  const text = [source.outlet, source.title, source.published].join(', ')
  return source.viaRepost
    ? `${text} (read through a repost)`
    : text
}

/** The source line for a slide: ids resolve in order, duplicates dropped. */
export function formatSourceLine(ids: readonly SourceId[], prefix = 'Source'): string {
  const unique = [
    ...new Set(ids),
  ]
  if (unique.length === 0)
    throw new Error('A source line needs at least one source id')
  const label = unique.length > 1
    ? `${prefix}s`
    : prefix
  return `${label}: ${unique.map(id => formatSource(lookupSource(id))).join('; ')}`
}

export function lookupSource(id: string): Source {
  const source = (sources as Record<string, Source>)[id]
  if (!source)
    throw new Error(`Unknown source id "${id}": add it to data/sources.ts`)
  return source
}

/** Outlets only, each once, for slides whose evidence draws on many sources. */
export function formatCompactSourceLine(ids: readonly SourceId[], pointer = 'full citations in the appendix'): string {
  const unique = [
    ...new Set(ids),
  ]
  if (unique.length === 0)
    throw new Error('A source line needs at least one source id')
  const outlets = [
    ...new Set(unique.flatMap(id => lookupSource(id).outlet.split(';').map(part => part.trim()))),
  ]
  return `Sources: ${outlets.join('; ')}; ${pointer}`
}
