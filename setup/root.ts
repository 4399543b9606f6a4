import { useNav } from '@slidev/client'
// Root setup: a document title per slide, and deferred loading of heavy slides.
import { defineRootSetup } from '@slidev/types'
import { useHead } from '@unhead/vue'
import { computed } from 'vue'
import { setupLiveSync } from '../lib/live-sync'
import { registerOfflineCache } from '../lib/offline'
import { slideDocumentTitle } from './document-title'

/** After first paint, how long to wait before fetching slides marked `preload: false`. */
const DEFERRED_PRELOAD_MS = 800

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

  // Slides marked `preload: false` (the map) are kept out of the first load, then
  // fetched once the first slide is up, so they are ready before anyone gets there.
  if (typeof window !== 'undefined') {
    window.setTimeout(() => {
      for (const route of slides.value.filter(r => r.meta.preload === false))
        route.load().catch(() => {})
    }, DEFERRED_PRELOAD_MS)
  }
})
