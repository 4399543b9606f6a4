import { useNav } from '@slidev/client'
// Root setup: a document title per slide, and deferred loading of heavy slides.
import { defineRootSetup } from '@slidev/types'
import { useHead } from '@unhead/vue'
import { computed } from 'vue'
import { afterFirstSlide } from '../lib/first-slide'
import { setupLiveSync } from '../lib/live-sync'
import { registerOfflineCache } from '../lib/offline'
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

  // Slides marked `preload: false` (the map) are kept out of the first load, then
  // fetched once the first slide is up and the page idle, so they are ready before anyone
  // gets there and no byte of them competes with slide 1.
  if (typeof window !== 'undefined') {
    void afterFirstSlide().then(() => {
      for (const route of slides.value.filter(r => r.meta.preload === false))
        route.load().catch(() => {})
    })
  }
})
