// A build that is only printed from (scripts/print-build.ts: BRIEFING_PRINT_BUILD=1, in
// .cache/print-dist, never hosted) is opened at two pages only: Slidev's /print, for the
// PDF, PNG and PPTX, and the reading view /read, for the notes handout. Slidev's other pages
// (the slideshow, presenter, overview, notes, entry and export pages) are swapped for a
// one-line placeholder there, so the build compiles none of their components, and UnoCSS
// scans none of their classes. That is about 1 s of a 7.7 s print build on 2 cores, and
// `npm run export` from a fresh checkout builds first. The printed pages are unchanged:
// the same PDF, pixel for pixel, from either build.

import type { Plugin } from 'vite'

/** Slidev's pages (imported by its setup/routes.ts as `../pages/<name>.vue`) a print build leaves out. */
export const UNPRINTED_PAGES: readonly string[] = [
  'play',
  'presenter',
  'presenter/print',
  'overview',
  'notes',
  'notes-edit',
  'entry',
  'export',
]

const ROUTES_MODULE = /\/@slidev\/client\/setup\/routes\.ts$/
const PLACEHOLDER_ID = '\0print-only:placeholder-page'

/**
 * The page a print build serves in place of an UNPRINTED_PAGES one: a line saying where the
 * real page is. Vue's runtime build (no template compiler), so a render function.
 */
const PLACEHOLDER_PAGE = `import { h } from 'vue'
export default {
  name: 'PrintBuildPlaceholder',
  render: () => h('p', { style: 'padding: 2rem; font: 18px/1.5 sans-serif' },
    'This build of the deck is only printed from (npm run export). The slideshow and the presenter are in npm run dev and npm run build.'),
}
`

/**
 * True when Slidev's routes module (`importer`) imports one of UNPRINTED_PAGES (`id`, as
 * written in the import: `../pages/play.vue`).
 */
export function isUnprintedPage(id: string, importer: string | undefined): boolean {
  if (!importer || !ROUTES_MODULE.test(importer.split('?')[0]!))
    return false
  const page = id.match(/^\.\.\/pages\/(.+)\.vue$/)?.[1]
  return page !== undefined && UNPRINTED_PAGES.includes(page)
}

/**
 * Vite plugin for a print build only: Slidev's UNPRINTED_PAGES resolve to PLACEHOLDER_PAGE.
 * Add it to a build that is printed from and never hosted; a hosted build keeps every page.
 */
export function leaveOutUnprintedPages(): Plugin {
  return {
    name: 'briefing:leave-out-unprinted-pages',
    enforce: 'pre',
    apply: 'build',
    resolveId(id, importer) {
      return isUnprintedPage(id, importer)
        ? PLACEHOLDER_ID
        : undefined
    },
    load(id) {
      return id === PLACEHOLDER_ID
        ? PLACEHOLDER_PAGE
        : undefined
    },
  }
}
