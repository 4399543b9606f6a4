import { useNav } from '@slidev/client'
// Gives every slide its own document title ("3 · Headline · Deck"), so the tab,
// browser history and screen readers say where the audience is.
import { defineRootSetup } from '@slidev/types'
import { useHead } from '@unhead/vue'
import { computed } from 'vue'
import { slideDocumentTitle } from '../lib/document-title'

export default defineRootSetup(() => {
  const { currentSlideNo, currentSlideRoute, isPresenter } = useNav()
  // Slidev sets the deck title itself; a template overrides it without fighting that entry.
  useHead({
    titleTemplate: computed(() => slideDocumentTitle({
      no: currentSlideNo.value,
      slideTitle: currentSlideRoute.value?.meta?.slide?.title,
      presenter: isPresenter.value,
    })),
  })
})
