import { useNav } from '@slidev/client'
// Root setup: a document title per slide, and deferred loading of heavy slides.
import { defineRootSetup } from '@slidev/types'
import { useHead } from '@unhead/vue'
import { computed, watch } from 'vue'
import { onFirstMove } from '../lib/first-slide'
import { setupLiveSync } from '../lib/live-sync'
import { showNavIconsAfterFirstSlide } from '../lib/nav-icons'
import { registerOfflineCache } from '../lib/offline'
import { ignoreRefusedWakeLock } from '../lib/wake-lock'
import { slideDocumentTitle } from './document-title'

export default defineRootSetup(() => {
  const { currentSlideNo, currentSlideRoute, isPresenter, slides } = useNav()

  // The tab, browser history and screen readers say where the audience is.
  // Slidev sets the deck title itself; a template overrides it without fighting that entry.
  useHead({
    titleTemplate: computed(() => slideDocumentTitle({
      no: currentSlideNo.value,
      slideTitle: currentSlideRoute.value?.meta?.slide?.title,
      presenter: isPresenter.value,
    })),
  })

  // The presenter window leads every other window, and its countdown survives a reload.
  setupLiveSync()
  // The offline cache fills only after slide 1 is up, and a redeploy never breaks this page.
  registerOfflineCache()

  if (typeof window !== 'undefined') {
    // A browser that refuses the slideshow's screen wake lock is not an error (lib/wake-lock.ts).
    ignoreRefusedWakeLock()
    // Slidev's nav bar draws its icons only once slide 1 is up (or someone reaches for it).
    void showNavIconsAfterFirstSlide()

    // Every slide is `preload: false` (slides.md `defaults`): Slidev would otherwise draw them
    // all, hidden, 3 s after the first. Here the slides next to the current one are drawn
    // instead, once the audience is moving: after the first key, tap or wheel, and on every
    // slide change, so the next slide is ready before anyone gets there.
    const drawAround = (no: number): void => {
      for (const route of [slides.value[no - 2], slides.value[no]]) {
        // Slidev's own mark (shallowReactive route meta): SlidesShow draws marked slides, hidden.
        const meta = route?.meta as { __preloaded?: boolean } | undefined
        if (route && meta && !meta.__preloaded) {
          meta.__preloaded = true
          route.load().catch(() => {})
        }
      }
    }
    watch(currentSlideNo, drawAround, { flush: 'sync' })
    onFirstMove(() => drawAround(currentSlideNo.value))
  }
})
