// Slidev merges this into its own Vite config (dev, build and export).
//
// 1. Offline after the first visit: a service worker (vite-plugin-pwa, Workbox) precaches
//    the whole built site, and every navigation under the base path (slides, overview,
//    presenter) falls back to the cached index.html. We use the plugin directly instead
//    of Slidev's `pwa` option, which (in 53.0) leaves a "Caching for offline" badge on
//    screen after every reload and refuses the offline fallback for /presenter and
//    /overview on a site served at the root. The hosted build (scripts/build-site.ts)
//    also precaches the PDF behind the download button.
// 2. Link previews: the seoMeta tags of slides.md, made absolute under the base path
//    (and under SITE_ORIGIN when it is known), see lib/seo-meta.ts.
// 3. The download button (on in the hosted build) points at the PDF under the base path
//    from every page, presenter mode included, and saves it as isis-k-briefing.pdf, see
//    lib/download-url.ts.
import type { Plugin } from 'vite'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { keepExportFileName, pointDownloadAtBase } from './lib/download-url.ts'
import { absolutizeSeoMeta } from './lib/seo-meta.ts'

function seoMetaUnderBase(): Plugin {
  let base = '/'
  return {
    name: 'briefing:seo-meta-under-base',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler: html => absolutizeSeoMeta(html, { base, origin: process.env.SITE_ORIGIN }),
    },
  }
}

function downloadUnderBase(): Plugin {
  let base = '/'
  return {
    name: 'briefing:download-under-base',
    configResolved(config) {
      base = config.base
    },
    transform(code, id) {
      // Slidev's virtual module with the headmatter config, imported as #slidev/configs.
      if (id === '/@slidev/configs')
        return pointDownloadAtBase(code, base, process.env.BRIEFING_DOWNLOAD_PDF)
      // The saved file keeps the export's name, not the deck's title.
      if (/[/\\]@slidev[/\\]client[/\\]utils\.ts$/.test(id))
        return keepExportFileName(code)
    },
  }
}

/** Set by scripts/build-site.ts: the PDF it prints into the site after the Vite build. */
const downloadPdf = process.env.BRIEFING_DOWNLOAD_PDF

export default defineConfig({
  plugins: [
    seoMetaUnderBase(),
    downloadUnderBase(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      workbox: {
        globPatterns: ['**/*.{js,css,html,woff,woff2,svg,png,webmanifest}'],
        maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
        navigateFallback: 'index.html',
        // A file URL (the PDF, an image) is never answered with the app's HTML.
        navigateFallbackDenylist: [/\/[^/]+\.[a-z\d]+$/i],
        // The PDF is written after the bundle, so it is listed by hand, new on every build.
        additionalManifestEntries: downloadPdf
          ? [
              { url: downloadPdf, revision: `${Date.now()}` },
            ]
          : [],
        cleanupOutdatedCaches: true,
        // Take over the open page as soon as the cache is ready, so it is offline-ready at once.
        clientsClaim: true,
        skipWaiting: true,
      },
      manifest: {
        name: 'ISIS-K after Afghanistan: a counterterrorism briefing',
        short_name: 'ISIS-K briefing',
        display: 'fullscreen',
        theme_color: '#ffffff',
        background_color: '#ffffff',
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
    }),
  ],
})
