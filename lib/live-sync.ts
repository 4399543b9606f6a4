// Presenting live: the presenter window is the one source of truth.
//
// Works around Slidev 53's sync (@slidev/client setup/root.ts, state/syncState.ts):
// - A window that opens late (a reopened projector tab) starts on the slide in its own
//   address, and nothing tells it where the presenter is until the presenter's next key.
//   Here it asks on a BroadcastChannel (and, under `slidev` dev, reads the server's state);
//   the presenter answers by re-sending Slidev's shared state, which Slidev then applies.
// - On localhost and 127.0.0.1 (Slidev's TRUST_ORIGINS) an audience window also SENDS its
//   slide, so a new tab at `/` pulled the presenter back to slide 1. Here audience windows
//   never send and presenter windows never take a slide from an audience window.
// - The countdown lives in the shared state only, so a presenter reload reset it. Here it
//   is saved in localStorage and restored (lib/timer-store.ts).
import { sharedState, useNav } from '@slidev/client'
import { syncDirections } from '@slidev/client/state/storage.ts'
import { onScopeDispose, watch } from 'vue'
import { useRouter } from 'vue-router'
import { DECK_SHORT_TITLE } from '../setup/document-title'
import { timerStorageKey, timerToRestore } from './timer-store'

/** Call from a root setup (setup/root.ts). */
export function setupLiveSync(): void {
  if (typeof window === 'undefined')
    return
  // Set before Slidev's root setup registers its senders (it runs user setups first).
  syncDirections.value.viewerSend = false
  syncDirections.value.presenterReceive = false

  const nav = useNav()
  const router = useRouter()
  const base = import.meta.env.BASE_URL
  const channel = 'BroadcastChannel' in window
    ? new BroadcastChannel(`briefing-live:${base}`)
    : undefined
  onScopeDispose(() => channel?.close())

  const isAudience = (): boolean => !nav.isPresenter.value && !nav.isNotesViewer.value && !nav.isPrintMode.value && nav.hasPrimarySlide.value

  /** Moves an audience window to the presenter's slide and click. */
  function follow(page: number, clicks: number): void {
    if (!isAudience())
      return
    if (page === nav.currentSlideNo.value && clicks === nav.clicks.value)
      return
    void nav.go(page, clicks)
  }

  channel?.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type !== 'where' || !nav.isPresenter.value)
      return
    // Touching lastUpdate makes Slidev send its whole shared state (page, clicks, timer)
    // to every window, over the same path as a key press.
    sharedState.lastUpdate = {
      id: `${location.origin}_briefing_${Date.now()}`,
      type: 'presenter',
      time: Date.now(),
    }
  })

  const timerKey = timerStorageKey(DECK_SHORT_TITLE, base)
  void router.isReady().then(() => {
    if (nav.isPresenter.value) {
      const restored = timerToRestore(localStorage.getItem(timerKey), sharedState.timer, Date.now())
      if (restored)
        sharedState.timer = restored
      watch(() => sharedState.timer, (timer) => {
        localStorage.setItem(timerKey, JSON.stringify(timer))
      }, { deep: true, immediate: true })
      return
    }
    if (!isAudience())
      return
    // Under the dev server, Slidev's shared state arrives with the page.
    if (sharedState.lastUpdate?.type === 'presenter')
      follow(+sharedState.page, +sharedState.clicks || 0)
    channel?.postMessage({ type: 'where' })
  })
}
