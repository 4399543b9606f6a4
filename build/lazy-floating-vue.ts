// Slidev's slideshow loads floating-vue (menus and tooltips, with @floating-ui, about
// 12 KB gzip) before slide 1, though no popper can be open then:
// - internals/SlidesShow.vue, SlideContainer.vue and builtin/VSwitch.ts import it only to
//   call recomputeAllPoppers() after a transition or a change of scale;
// - internals/FormItem.vue (the settings menu's rows) imports its Tooltip, which shows only
//   once that menu is open and a row with a description is hovered.
// Here those imports get stand-ins: recomputeAllPoppers does nothing while no popper is open
// (and calls the real one, already loaded, when one is); Tooltip is an async component that
// loads floating-vue when a row first draws one. The menus that open poppers (drawing
// controls, presenter) still import floating-vue themselves.

import type { Plugin } from 'vite'

const STAND_IN = '\0briefing:floating-vue:'

/** Slidev files (paths as Vite ids, any prefix) and what each imports from floating-vue. */
const IMPORTERS: { file: RegExp, standIn: 'recompute' | 'tooltip' }[] = [
  { file: /\/@slidev\/client\/internals\/SlidesShow\.vue$/, standIn: 'recompute' },
  { file: /\/@slidev\/client\/internals\/SlideContainer\.vue$/, standIn: 'recompute' },
  { file: /\/@slidev\/client\/builtin\/VSwitch\.ts$/, standIn: 'recompute' },
  { file: /\/@slidev\/client\/internals\/FormItem\.vue$/, standIn: 'tooltip' },
]

/**
 * The stand-ins' sources. floating-vue adds the class `v-popper--some-open` to <body> while
 * any of its poppers is shown (and removes it when the last one hides), so the class says
 * whether there is anything to recompute.
 */
export const STAND_INS = {
  recompute: `export function recomputeAllPoppers() {
  if (typeof document !== 'undefined' && document.body.classList.contains('v-popper--some-open'))
    import('floating-vue').then(m => m.recomputeAllPoppers())
}
`,
  tooltip: `import { defineAsyncComponent } from 'vue'
export const Tooltip = defineAsyncComponent(() => import('floating-vue').then(m => m.Tooltip))
`,
} as const

/** The stand-in for `id` imported by `importer` (`id` as written), or undefined for an import left as it is. */
export function standInFor(id: string, importer: string | undefined): keyof typeof STAND_INS | undefined {
  if (id !== 'floating-vue' || !importer)
    return undefined
  const path = importer.split('?')[0]!
  return IMPORTERS.find(({ file }) => file.test(path))?.standIn
}

/** Vite plugin (build only; `npm run dev` keeps Slidev as it is): those imports resolve to the stand-ins. */
export function deferFloatingVue(): Plugin {
  return {
    name: 'briefing:lazy-floating-vue',
    apply: 'build',
    enforce: 'pre',
    resolveId(id, importer) {
      const standIn = standInFor(id, importer)
      return standIn
        ? `${STAND_IN}${standIn}`
        : undefined
    },
    load(id) {
      return id.startsWith(STAND_IN)
        ? STAND_INS[id.slice(STAND_IN.length) as keyof typeof STAND_INS]
        : undefined
    },
  }
}
