// Adds Slidev's own print page (`/print`, every slide on one page) to every build.
// Slidev 53 registers it only in a build with `download` on, and the deck keeps
// `download: false`; scripts/print.ts prints the PDF, PNG and PPTX from this page
// of an ordinary build, so no second build is needed.
import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'

export default defineRoutesSetup((routes: RouteRecordRaw[]) => {
  if (routes.some(route => route.name === 'print'))
    return routes
  const play = routes.findIndex(route => route.name === 'play')
  const print: RouteRecordRaw = {
    name: 'print',
    path: '/print',
    component: () => import('@slidev/client/pages/print.vue'),
  }
  return [
    ...routes.slice(0, play),
    print,
    ...routes.slice(play),
  ]
})
