// "Once slide 1 is up" and "once the audience moves": the moments deferred work may start
// without competing with the first slide (the offline cache's precaching, the slides next to
// the current one, the rest of the reading view).

/** How long (ms) a page with no slide at all (404, entry) waits before going on anyway. */
const NO_SLIDE_WAIT_MS = 10_000
/** Longest wait (ms) for a slide that is still loading (a very slow device or network). */
const FIRST_SLIDE_WAIT_MS = 120_000
/** Longest wait (ms) for an idle main thread once the first slide is up. */
const IDLE_WAIT_MS = 3_000

function loaded(): Promise<void> {
  return document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise(done => window.addEventListener('load', () => done(), { once: true }))
}

/** Resolves once a slide (slideshow, presenter, overview or reading view) has rendered. */
function firstSlideShown(): Promise<void> {
  const start = performance.now()
  return new Promise((done) => {
    const check = (): void => {
      const pages = Array.from(document.querySelectorAll<HTMLElement>('.slidev-page'))
      const ready = pages.some(slide => slide.offsetWidth > 0 && !slide.querySelector('.slidev-slide-loading'))
      const waited = performance.now() - start
      if (ready || waited > FIRST_SLIDE_WAIT_MS || (!pages.length && waited > NO_SLIDE_WAIT_MS))
        done()
      else
        window.setTimeout(check, 100)
    }
    check()
  })
}

function idle(): Promise<void> {
  return new Promise((done) => {
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(() => done(), { timeout: IDLE_WAIT_MS })
    else
      setTimeout(done, 200)
  })
}

/**
 * Resolves after the page's `load` event, once a slide has rendered (at most 120 s; 10 s
 * on a page with no slide) and then the main thread is idle (at most 3 s more).
 */
export async function afterFirstSlide(): Promise<void> {
  await loaded()
  await firstSlideShown()
  await idle()
}

/**
 * The events that count as a first move of someone going on: a key, a click or tap, a
 * wheel turn. Not `scroll`: the browser's scroll anchoring fires it by itself when content
 * drawn above the screen grows, which would start the deferred work at once.
 */
export const FIRST_MOVES = [
  'keydown',
  'pointerdown',
  'touchstart',
  'wheel',
] as const

/**
 * Calls `callback` once, on the first of `moves` (FIRST_MOVES by default) on `target` (the
 * window by default); the listeners are passive and all removed after it. Returns a
 * function that removes them without calling back (for a component that unmounts first).
 */
export function onFirstMove(callback: () => void, target: EventTarget = window, moves: readonly string[] = FIRST_MOVES): () => void {
  const stop = (): void => {
    for (const type of moves)
      target.removeEventListener(type, moved)
  }
  function moved(): void {
    stop()
    callback()
  }
  for (const type of moves)
    target.addEventListener(type, moved, { passive: true })
  return stop
}

/**
 * Resolves on whichever comes first: `firstSlide()` settling (afterFirstSlide by default;
 * a failed wait counts, so nothing waits forever) or the first of `moves` on `target`. The
 * move listeners are removed either way.
 */
export function afterFirstSlideOrMove(target: EventTarget = window, moves: readonly string[] = FIRST_MOVES, firstSlide: () => Promise<void> = afterFirstSlide): Promise<void> {
  return new Promise((done) => {
    const stop = onFirstMove(done, target, moves)
    const settled = (): void => {
      stop()
      done()
    }
    firstSlide().then(settled, settled)
  })
}
