// Slidev merges this into its own Vite config (dev, build and export).
//
// 1. Offline after the first visit, and safe across a redeploy: the service worker's
//    settings live in build/pwa.ts (what it caches, when it starts, how a new version
//    takes over); the page registers it from setup/root.ts (lib/offline.ts).
// 2. Link previews: the seoMeta tags of slides.md, made absolute under the base path
//    (and under SITE_ORIGIN when it is known), see build/seo-meta.ts.
// 3. The download button (on in the hosted build) points at the PDF under the base path
//    from every page, presenter mode included, and saves it as isis-k-briefing.pdf, see
//    build/download-url.ts.
// 4. `npm run dev -- --remote <password>`: the presenter's pages, files and shared state
//    need the password on the server, see build/remote-guard.ts.
// 5. `npm run dev` never reloads mid-talk: every dependency the deck's components import
//    is pre-bundled up front, so Vite does not discover one on slide 2 and reload the page.
// 6. Slide 1's fonts are preloaded, so its headline does not wait for the CSS and scripts
//    to find them, see build/preload-fonts.ts.
// 7. The title slide's "Latest event" date is computed from data/ at build time, so
//    slide 1 loads none of the data, see build/evidence-date.ts.
// 8. The code the address draws first (the slideshow or the reading view, and the slide) is
//    preloaded as the page starts, not found one import at a time, see build/first-screen.ts.
// 9. Slidev features the deck does not use (Twoslash, Magic Move, v-motion, Vue's template
//    compiler) are left out of the page that loads before slide 1, see build/unused-features.ts.
// 10. A build only printed from (below) leaves out the pages the printer never opens, and
//    needs no worker and no first-screen preloads, see build/print-only.ts.
// 11. The slideshow's hidden controls (quick overview, go-to dialog, context menu) mount once
//    slide 1 is up, or at the first key or tap; its nav bar draws one task after the slide,
//    see build/deferred-controls.ts.
// 12. A build finds Slidev's setup files, layers and styles without walking every folder of
//    node_modules, see build/import-globs.ts.
// 13. floating-vue (menus, tooltips) loads with the menus that use it, not before slide 1,
//    see build/lazy-floating-vue.ts.
// 14. Slidev's entry evaluates its modules, sets up and mounts the app in three tasks, not
//    one long one, see build/yielding-entry.ts (not in a build only printed from, nor 15).
// 15. Slidev's control icons come from one SVG file of <view> regions, one document for the
//    browser instead of one per icon, see build/icon-views.ts.
// 16. The reading view's page, read.html, carries its header in the HTML and starts the app
//     once that is drawn, see build/reading-shell.ts (not in a build only printed from).
import { defineConfig } from 'vite'
import { deferSlideshowControls } from './build/deferred-controls.ts'
import { downloadUnderBase } from './build/download-url.ts'
import { evidenceDate } from './build/evidence-date.ts'
import { preloadFirstScreen } from './build/first-screen.ts'
import { iconViews } from './build/icon-views.ts'
import { resolveSlidevGlobs } from './build/import-globs.ts'
import { deferFloatingVue } from './build/lazy-floating-vue.ts'
import { preloadFirstSlideFonts } from './build/preload-fonts.ts'
import { leaveOutUnprintedPages } from './build/print-only.ts'
import { offlineCache } from './build/pwa.ts'
import { readingShell } from './build/reading-shell.ts'
import { remoteGuard } from './build/remote-guard.ts'
import { seoMetaUnderBase } from './build/seo-meta.ts'
import { leaveOutUnusedFeatures } from './build/unused-features.ts'
import { yieldingEntry } from './build/yielding-entry.ts'

// BRIEFING_PRINT_BUILD is set by scripts/print-build.ts: a build that is only printed from, on
// this machine, and never hosted.
const printBuild = !!process.env.BRIEFING_PRINT_BUILD

export default defineConfig({
  build: {
    // Gzip-measuring every chunk only prints a table; the bench measures sizes itself.
    reportCompressedSize: false,
  },
  optimizeDeps: {
    // What components/ and lib/ import from npm (a cold-cache walk through every slide
    // found these); Slidev's own client dependencies are pre-bundled by Slidev.
    include: [
      'd3-array',
      'd3-geo',
      'd3-scale',
      'd3-time',
      'topojson-client',
    ],
  },
  plugins: [
    resolveSlidevGlobs(),
    leaveOutUnusedFeatures(),
    seoMetaUnderBase(),
    downloadUnderBase(),
    remoteGuard(),
    preloadFirstSlideFonts(),
    printBuild
      ? leaveOutUnprintedPages()
      : preloadFirstScreen(),
    deferSlideshowControls(),
    evidenceDate(),
    deferFloatingVue(),
    // All three serve a phone's first visit; a build only printed from needs none.
    ...printBuild
      ? []
      : [
          yieldingEntry(),
          iconViews(),
          readingShell(),
        ],
    // BRIEFING_DOWNLOAD_PDF is set by scripts/build-site.ts: the PDF it exports into the site.
    // A build only printed from needs no worker.
    offlineCache({ downloadPdf: process.env.BRIEFING_DOWNLOAD_PDF, disable: printBuild }),
  ],
})
