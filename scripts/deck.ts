// The deck as Slidev parses it: the visible slides in order, with title,
// body and notes. Tests and scripts count and check slides from this.
import type { SlideInfo, SlidevDetectedFeatures } from '@slidev/types'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

export const ROOT = resolve(import.meta.dirname, '..')
export const ENTRY = resolve(ROOT, 'slides.md')

/**
 * Components that add click steps of their own (they call `useReveal`): those whose
 * `reveal` defaults to true reveal unless told `:reveal="false"`, the others only when told `reveal`.
 */
function revealingComponents(): { name: string, byDefault: boolean }[] {
  const dir = resolve(ROOT, 'components')
  return readdirSync(dir).filter(f => f.endsWith('.vue')).flatMap((f) => {
    const source = readFileSync(resolve(dir, f), 'utf8')
    return source.includes('useReveal(')
      ? [
          {
            name: f.replace(/\.vue$/, ''),
            byDefault: /\breveal: true\b/.test(source),
          },
        ]
      : []
  })
}

/** Whether the slide's Markdown has click steps: Slidev's directives, or a revealing component. */
export function hasClicks(content: string, revealing = revealingComponents()): boolean {
  if (/v-clicks?|v-after|:clicks|v-mark/.test(content))
    return true
  return revealing.some(({ name, byDefault }) => [
    ...content.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g')),
  ].some(([tag]) => byDefault
    ? !/:reveal="false"/.test(tag)
    : /\sreveal[\s/>=]/.test(tag) && !/:reveal="false"/.test(tag)))
}

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

export async function loadDeck(entry = ENTRY): Promise<{ slides: DeckSlide[], headmatter: Record<string, any>, features: SlidevDetectedFeatures }> {
  const data = await load({
    roots: [ROOT],
  } as any, entry)
  const revealing = revealingComponents()
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
    clicks: hasClicks(slide.content, revealing),
    claims: Array.isArray(slide.frontmatter.claims)
      ? slide.frontmatter.claims.map(String)
      : [],
  }))
  return { slides, headmatter: data.headmatter, features: data.features }
}
