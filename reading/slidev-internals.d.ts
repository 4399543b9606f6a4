// Types for slidev-internals.js: the slice of Slidev 53's client internals we use.
import type { DefineComponent } from 'vue'

/** A slide route as Slidev's router holds it (`useNav().slides`). */
export interface ReadingSlideRoute {
  no: number
  /** Fetches the slide's lazy component chunk. */
  load?: () => Promise<unknown>
  /** The slide's component: Vue's async component around `load`. */
  component?: unknown
  meta: {
    slide?: {
      title?: string
      noteHTML?: string
      frontmatter?: Record<string, unknown>
    }
  }
}

/** Slidev's clicks state for one slide. */
export interface FixedClicks { readonly total: number }
/** Slidev's navigation state pinned to one slide. */
export interface FixedNav { readonly clicks: unknown }

/** Clicks state pinned at `current` (CLICKS_MAX: the final state). */
export function createFixedClicks(route: ReadingSlideRoute, current: number): FixedClicks
/** Navigation state that says `route` is the current slide. */
export function useFixedNav(route: ReadingSlideRoute, clicks: FixedClicks): FixedNav
/** More clicks than any slide has: the final click state. */
export const CLICKS_MAX: number
/** One slide at 980x552 with its global layers, as Slidev prints it. */
export const PrintSlideClick: DefineComponent<{ nav: FixedNav }>
/** Scales its slot (a 980x552 slide) to `width` CSS px. */
export const SlideContainer: DefineComponent<{ width?: number }>
/** The headmatter config: `download` is the PDF's URL in the hosted build. */
export const configs: { title?: string, download?: boolean | string, exportFilename?: string }
