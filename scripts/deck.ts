// The deck as Slidev parses it: the visible slides in order, with title,
// body and notes. Tests and scripts count and check slides from this.
import type { SlideInfo } from '@slidev/types'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

export const ROOT = resolve(import.meta.dirname, '..')
export const ENTRY = resolve(ROOT, 'slides.md')

export interface DeckSlide {
  /** 1-based slide number as the audience sees it. */
  no: number
  title: string
  content: string
  note: string
  layout: string
  routeAlias?: string
  file: string
  clicks: boolean
  /** Essay claim ids the slide relies on (frontmatter `claims`, see data/essay.ts). */
  claims: string[]
}

export async function loadDeck(entry = ENTRY): Promise<{ slides: DeckSlide[], headmatter: Record<string, any> }> {
  const data = await load({
    roots: [ROOT],
  } as any, entry)
  const slides = data.slides.map((slide: SlideInfo, i: number): DeckSlide => ({
    no: i + 1,
    title: slide.title ?? '',
    content: slide.content,
    note: slide.note ?? '',
    layout: slide.frontmatter.layout ?? (i === 0
      ? 'cover'
      : 'default'),
    routeAlias: slide.frontmatter.routeAlias,
    file: slide.source.filepath,
    clicks: /v-clicks?|v-after|:clicks|v-mark/.test(slide.content),
    claims: Array.isArray(slide.frontmatter.claims)
      ? slide.frontmatter.claims.map(String)
      : [],
  }))
  return { slides, headmatter: data.headmatter }
}
