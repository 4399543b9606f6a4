// The reading view's citations: a slide's source ids as links. Kept apart from
// lib/reading.ts, which the router loads on every page, so the sources stay out of slide 1.
import type { Source } from '../data/sources'
import { formatSource } from './citation'

export interface CitationLink {
  id: string
  text: string
  /** The source's address, when data/sources.ts has one. */
  url?: string
}

/** A slide's source ids (space-separated, as `<SourceLine>` writes them) as citations, unknown ids skipped. */
export function citationLinks(ids: string, all: Readonly<Record<string, Source>>): CitationLink[] {
  const seen = new Set<string>()
  const out: CitationLink[] = []
  for (const id of ids.split(/\s+/).filter(Boolean)) {
    const source = all[id]
    if (!source || seen.has(id))
      continue
    seen.add(id)
    const url = (source as Source & { url?: unknown }).url
    out.push({
      id,
      text: formatSource(source),
      url: typeof url === 'string' && /^https?:\/\//.test(url)
        ? url
        : undefined,
    })
  }
  return out
}
