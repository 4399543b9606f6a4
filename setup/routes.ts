// Routes added to Slidev's own: Slidev 53 calls this with its route list (see
// setup/routes.ts in the @slidev/client package).
// - /read: the reading view, every slide in its final state with its notes and sources;
// - a phone held upright that opens a slideshow route (/, /N, /<alias>) is sent to
//   /read#N, unless it chose the slides before (the choice sits in localStorage);
// - the overview page on a phone gets a bar offering the reading view;
// - /print: Slidev's own print page (every slide on one page) in every build. Slidev 53
//   registers it only in a build with `download` on, and the deck keeps `download: false`;
//   scripts/print.ts prints the PDF, PNG and PPTX from it, so no second build is needed.
import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'
import { defineAsyncComponent, defineComponent, h } from 'vue'
import { PHONE_PORTRAIT_QUERY, shouldRedirectToReading, VIEW_CHOICE_KEY } from '../lib/reading'

/**
 * Slidev's own flag: true under `slidev` (npm run dev) only. Vite's import.meta.env.DEV
 * follows NODE_ENV instead, which a build started from a test runner inherits as "test".
 */
declare const __DEV__: boolean

function storedChoice(): string | null {
  try {
    return window.localStorage.getItem(VIEW_CHOICE_KEY)
  }
  catch {
    return null
  }
}

export default defineRoutesSetup((routes: RouteRecordRaw[]) => {
  const play = routes.find(r => r.name === 'play')
  // Slidev 53 puts no guard on the slideshow route; keep it that way if a later one does.
  if (play && !play.beforeEnter) {
    play.beforeEnter = (to) => {
      const redirect = typeof window !== 'undefined' && shouldRedirectToReading({
        routeName: 'play',
        phonePortrait: window.matchMedia(PHONE_PORTRAIT_QUERY).matches,
        dev: __DEV__,
        choice: storedChoice(),
        query: to.query,
      })
      if (redirect)
        return { name: 'read', hash: `#${String(to.params.no ?? '1')}`, replace: true }
      return true
    }
  }

  const overview = routes.find(r => r.name === 'overview')
  if (overview && typeof overview.component === 'function') {
    const page = defineAsyncComponent(overview.component as () => Promise<{ default: object }>)
    const offer = defineAsyncComponent(() => import('../reading/ReadingOffer.vue'))
    overview.component = defineComponent({
      name: 'OverviewWithReadingOffer',
      render: () => [
        h(page),
        h(offer),
      ],
    })
  }

  const print: RouteRecordRaw[] = routes.some(route => route.name === 'print')
    ? []
    : [
        {
          name: 'print',
          path: '/print',
          component: () => import('@slidev/client/pages/print.vue'),
        },
      ]

  return [
    ...print,
    {
      name: 'read',
      path: '/read',
      component: () => import('../reading/ReadingView.vue'),
    },
    ...routes,
  ]
})
