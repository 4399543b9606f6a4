// Slidev's nav bar draws each of its icons from an SVG image (UnoCSS icons, as CSS masks).
// In the build they come from one SVG file of <view> regions (build/icon-views.ts): one
// request and one SVG document, where a data URL per icon had cost a document each in one
// style pass (about a dozen on /1, 4x longer on a phone). Either way it is work slide 1 does
// not need: styles/layout.css leaves the icons out until NAV_ICONS_CLASS is on <html>, and
// this module puts it there once slide 1 is up, or at once when someone reaches for the
// controls.
import { afterFirstSlide, afterFirstSlideOrMove } from './first-slide'

/** The class on <html> that lets the nav bar's icons draw (see styles/layout.css). */
export const NAV_ICONS_CLASS = 'bf-nav-icons'

/**
 * The events of someone reaching for the nav bar: a pointer moving in to hover it (it is
 * invisible until then on a desktop), a tap, a key (Tab moves focus into it), focus itself.
 */
export const NAV_REACH_EVENTS = [
  'pointermove',
  'pointerdown',
  'keydown',
  'focusin',
] as const

/**
 * Lets the nav bar's icons draw after slide 1 is shown and the main thread is idle
 * (afterFirstSlide), or on the first of NAV_REACH_EVENTS if that comes first. `root`: the
 * element that takes NAV_ICONS_CLASS (<html> by default). Returns the promise of the first.
 */
export function showNavIconsAfterFirstSlide(root: HTMLElement = document.documentElement, target: EventTarget = window, firstSlide: () => Promise<void> = afterFirstSlide): Promise<void> {
  return afterFirstSlideOrMove(target, NAV_REACH_EVENTS, firstSlide).then(() => {
    root.classList.add(NAV_ICONS_CLASS)
  })
}
