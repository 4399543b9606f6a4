// A build that is only printed from (scripts/print-build.ts: BRIEFING_PRINT_BUILD=1, in
// .cache/print-dist, never hosted) is opened at two pages only: Slidev's /print, for the
// PDF, PNG and PPTX, and the reading view /read, for the notes handout. Slidev's other pages
// (the slideshow, presenter, overview, notes, entry and export pages) are swapped for a
// one-line placeholder there, so the build compiles none of their components, and UnoCSS
// scans none of their classes. That is about 1 s of a 7.7 s print build on 2 cores, and
// `npm run export` from a fresh checkout builds first. The printed pages are unchanged:
// the same PDF, pixel for pixel, from either build.
// The slides also go into one chunk there (printChunk), for a print page that loads faster.

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

/** A slide's modules: Slidev's per-slide module and the slide's compiled Markdown. */
const SLIDE_MODULE = /^\/@slidev\/slides\/\d+\/|\.md__slidev_\d+\.md$/

/**
 * The chunk a print build puts module `id` in: 'slides' for every slide, so the print
 * page fetches one file instead of two per slide (Chromium fetches at most six at a time
 * from one host over HTTP/1.1: 105 requests queued about half a second each). Undefined:
 * Slidev's chunking decides. A hosted build keeps a chunk per slide, so a visitor fetches
 * only the slides they open.
 */
export function printChunk(id: string): string | undefined {
  return SLIDE_MODULE.test(id)
    ? 'slides'
    : undefined
}

/**
 * Vite plugin for a print build only: Slidev's UNPRINTED_PAGES resolve to PLACEHOLDER_PAGE,
 * and the slides are bundled as one chunk (printChunk).
 * Add it to a build that is printed from and never hosted; a hosted build keeps every page.
 */
export function leaveOutUnprintedPages(): Plugin {
  return {
    name: 'briefing:leave-out-unprinted-pages',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      const output = config.build.rollupOptions.output
      if (!output || Array.isArray(output))
        return
      const slidevChunks = output.manualChunks
      // Slidev's own grouping, and the slides as one chunk (see printChunk).
      output.manualChunks = (id, meta) => printChunk(id) ?? (typeof slidevChunks === 'function'
        ? slidevChunks(id, meta)
        : undefined)
    },
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
