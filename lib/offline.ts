// Registers the offline cache's service worker (build/pwa.ts) without competing with slide 1,
// and offers a reload when a redeployed version is ready instead of swapping it in under
// an open page.
import { afterFirstSlide } from './first-slide'

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
  // The print page is opened by the exporters (scripts/print.ts): a worker would only
  // precache every file while they wait for the network to go quiet.
  if (/\/print\/?$/.test(window.location.pathname))
    return
  void (async () => {
    await afterFirstSlide()
    // Fetched only now: workbox-window is no part of slide 1.
    const { registerSW } = await import('virtual:pwa-register')
    const update = registerSW({
      immediate: true,
      onNeedRefresh: () => offerReload(update),
    })
  })()
}
