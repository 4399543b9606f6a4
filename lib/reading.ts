// The reading view (<base>/read): which slide an address points at, how wide a slide is
// drawn on a given screen, who is offered the view (citations: lib/reading-sources.ts).
// Pure functions; the page is reading/ReadingView.vue, the route setup/routes.ts.
import { CANVAS } from '../styles/tokens.ts'

/** Slidev's canvas width, px (the size token; slides.md keeps Slidev's default 980x552). */
export const CANVAS_WIDTH = CANVAS.width
/** Below this screen width (CSS px) figures are drawn larger than the screen, in a scroll box. */
export const NARROW_SCREEN_PX = 600
/** Smallest label on a phone's screen, CSS px (the deck's design rule for phones). */
export const MIN_LABEL_PX = 11
/** localStorage key holding a phone visitor's choice: 'read' or 'slides'. */
export const VIEW_CHOICE_KEY = 'briefing:view'

/** The reading view's line under its title (reading/ReadingView.vue, and read.html's static header). */
export const READING_INTRO = 'The briefing as a document: each slide in its final state, then its speaker notes and its sources.'

export interface SlideAnchor {
  no: number
  /** The slide's `routeAlias` frontmatter, if it has one. */
  alias?: string
}

/**
 * The slide a reading-view hash points at: `#7` or `#<routeAlias>`.
 * Returns undefined for an empty, unknown or malformed (`#100%`) hash.
 */
export function slideFromHash(hash: string, slides: readonly SlideAnchor[]): number | undefined {
  let key: string
  try {
    key = decodeURIComponent(hash.replace(/^#/, '')).trim()
  }
  catch {
    // A typed or truncated address: decodeURIComponent throws a URIError.
    return undefined
  }
  if (!key)
    return undefined
  if (/^\d+$/.test(key))
    return slides.find(s => s.no === Number(key))?.no
  return slides.find(s => s.alias === key)?.no
}

/**
 * Width in CSS px at which a slide is drawn in the reading view.
 * On wide screens the slide fits `available` (at most the canvas width, never upscaled
 * past 1.25x). On screens narrower than 600 px it is at least the screen wide, and wide
 * enough that its smallest label (`minTextPx`, px on the 980 px canvas) is >= 11 CSS px;
 * the page puts it in a horizontal scroll box when that is wider than the screen.
 */
export function readingWidth(options: { available: number, screenWidth: number, minTextPx?: number }): number {
  const { available, screenWidth, minTextPx } = options
  const fit = Math.min(available, CANVAS_WIDTH * 1.25)
  if (screenWidth >= NARROW_SCREEN_PX || !minTextPx || minTextPx <= 0)
    return Math.floor(fit)
  const legible = CANVAS_WIDTH * MIN_LABEL_PX / minTextPx
  return Math.ceil(Math.max(fit, legible))
}

/** Slideshow routes that a phone visitor is offered the reading view from. */
export function isOfferedRoute(routeName: string | undefined): boolean {
  return routeName === 'play'
}

/**
 * Whether to send a visitor to the reading view: a phone-sized portrait screen with a
 * touch screen as its main pointer, on a slideshow route, in a built site, unless the
 * visitor chose the slides before.
 */
export function shouldRedirectToReading(options: {
  routeName: string | undefined
  phonePortrait: boolean
  dev: boolean
  choice: string | null
  query: Record<string, unknown>
}): boolean {
  const { routeName, phonePortrait, dev, choice, query } = options
  if (dev || !phonePortrait || !isOfferedRoute(routeName))
    return false
  // Export, print and embedded frames render slides on purpose.
  if ('print' in query || 'embedded' in query)
    return false
  return choice !== 'slides'
}

/** Media query for "a phone held upright": narrow, portrait, touch first. */
export const PHONE_PORTRAIT_QUERY = `(max-width: ${NARROW_SCREEN_PX - 1}px) and (orientation: portrait) and (pointer: coarse)`

/**
 * The next slide to draw in idle time: the undrawn one nearest to `current`, ties going
 * forward; undefined once every slide 1..total is drawn.
 */
export function nextSlideToDraw(current: number, total: number, drawn: ReadonlySet<number>): number | undefined {
  for (let distance = 0; distance < total; distance++) {
    for (const no of [current + distance, current - distance]) {
      if (no >= 1 && no <= total && !drawn.has(no))
        return no
    }
  }
  return undefined
}

/** Most of the canvas height (px) a headline crop may take; more means an odd layout: no crop. */
export const MAX_HEADLINE_CROP = CANVAS.height * 0.4

/**
 * Canvas px to cut from the top of a slide whose headline the reading view already shows as
 * the section's heading: from the slide's top edge down to where the content under the
 * headline starts, less the margin above the headline, so the content keeps the same
 * margin above it. Positions are px on the 980x552 canvas from the slide's top. Returns 0
 * when the content does not start below the headline or the cut would exceed
 * MAX_HEADLINE_CROP.
 */
export function headlineCrop(options: { headlineTop: number, contentTop: number }): number {
  const { headlineTop, contentTop } = options
  const crop = Math.floor(contentTop - Math.max(0, headlineTop))
  return crop > 0 && crop <= MAX_HEADLINE_CROP
    ? crop
    : 0
}

/**
 * Where a sideways scroll box starts (its scrollLeft, CSS px) so that the point `focusX`
 * (a fraction of the content's width) sits in the middle of the box, without scrolling past
 * either end. 0 when the content fits the box.
 */
export function scrollStart(options: { focusX: number, contentWidth: number, boxWidth: number }): number {
  const { focusX, contentWidth, boxWidth } = options
  const max = contentWidth - boxWidth
  if (max <= 0)
    return 0
  return Math.round(Math.min(max, Math.max(0, focusX * contentWidth - boxWidth / 2)))
}

/** A headline for comparison: one space between words, typographic quotes as plain ones. */
function headlineKey(text: string): string {
  return text.replace(/[\u2018\u2019]/g, '\'').replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim()
}

/**
 * Whether the slide's own headline (its h1's text, typographic quotes and all) says the
 * same as its title in Slidev's route meta (the Markdown source, plain quotes).
 */
export function sameHeadline(rendered: string, title: string): boolean {
  return !!title.trim() && headlineKey(rendered) === headlineKey(title)
}
