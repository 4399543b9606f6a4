// Registers the offline cache's service worker (build/pwa.ts) without competing with slide 1,
// and offers a reload when a redeployed version is ready instead of swapping it in under
// an open page.
import { registerSW } from 'virtual:pwa-register'

/** How long (ms) a page with no slide at all (404, entry) waits before registering anyway. */
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

/** A small bar at the bottom left: "A new version of this deck is ready. Reload · Later". */
function offerReload(update: () => Promise<void>): void {
  if (document.getElementById('briefing-update'))
    return
  const bar = document.createElement('div')
  bar.id = 'briefing-update'
  bar.setAttribute('role', 'status')
  bar.style.cssText = 'position:fixed;left:12px;bottom:12px;z-index:1000;display:flex;gap:12px;align-items:center;'
    + 'padding:8px 12px;border-radius:6px;background:#1f2937;color:#fff;font:16px/1.4 Inter,system-ui,sans-serif;'
    + 'box-shadow:0 2px 8px rgb(0 0 0 / 30%)'
  const text = document.createElement('span')
  text.textContent = 'A new version of this deck is ready.'
  const reload = document.createElement('button')
  reload.type = 'button'
  reload.textContent = 'Reload'
  reload.style.cssText = 'font:inherit;font-weight:600;color:#1f2937;background:#fff;border:0;border-radius:4px;padding:2px 10px;cursor:pointer'
  reload.addEventListener('click', () => {
    reload.disabled = true
    // The new worker takes over and every open tab of the deck reloads into the new version.
    void update()
  })
  const later = document.createElement('button')
  later.type = 'button'
  later.textContent = 'Later'
  later.style.cssText = 'font:inherit;color:#fff;background:none;border:1px solid #9ca3af;border-radius:4px;padding:2px 10px;cursor:pointer'
  later.addEventListener('click', () => bar.remove())
  bar.append(text, reload, later)
  document.body.append(bar)
}

/**
 * Registers the service worker after the page's `load` event, once the first slide is shown
 * and the main thread is idle, so precaching starts only then. No-op under `slidev` dev.
 */
export function registerOfflineCache(): void {
  if (typeof window === 'undefined' || !('serviceWorker' in navigator))
    return
  void (async () => {
    await loaded()
    await firstSlideShown()
    await idle()
    const update = registerSW({
      immediate: true,
      onNeedRefresh: () => offerReload(update),
    })
  })()
}
