// The offline cache (service worker), set up in one place; vite.config.ts only wires it in.
//
// - What it holds: what the deck can show and nothing else. Every built page, chunk,
//   stylesheet, image and `.woff2` font, the PDF of the hosted build; no KaTeX fonts
//   (the deck has no maths) and no `.woff` where the same font exists as `.woff2`
//   (every browser that runs a service worker reads `.woff2`).
// - When it fills: the worker is registered by setup/root.ts (lib/offline.ts) once slide 1
//   is visible and the page is idle, so precaching never competes with the first slide.
// - A redeploy never breaks an open page: a new worker installs beside the old one and
//   WAITS (no skipWaiting). The old worker keeps serving the old version's precache, so
//   every slide of the running version still loads; the page shows "New version, reload"
//   and the new worker takes over when that is clicked or when every tab is closed.
//   (Workbox's skipWaiting + clientsClaim swapped the precache under an open page and its
//   lazy slide chunks came back as index.html or 404.)
// - Offline navigation: every address under the base path that is not a file (slides,
//   /presenter, /overview, /read, any SPA route) is answered with the cached index.html.
import type { Plugin } from 'vite'
import type { ManifestTransform } from 'workbox-build'
import { VitePWA } from 'vite-plugin-pwa'

/** The built files the precache may list (the PDF is added by hand, see offlineCache). */
export const PRECACHE_GLOB = '**/*.{js,css,html,woff2,woff,svg,png,webmanifest}'

/** Addresses that are files (a dot in the last segment): never answered with the app's HTML. */
export const FILE_URL = /\/[^/]+\.[a-z\d]+$/i

/** The font's name without Vite's content hash and extension: `inter-latin-400-normal`. */
function fontStem(url: string): string {
  return url.replace(/^.*\//, '').replace(/\.(?:woff2?|ttf)$/, '').replace(/-[\w-]{8}$/, '')
}

/**
 * Which built files go into the offline cache: drops KaTeX's fonts (Slidev bundles them for
 * `$...$` maths; this deck has none) and any `.woff` whose font also exists as `.woff2`.
 * `urls` are paths relative to the build folder, e.g. `assets/inter-latin-400-normal-C38f.woff`.
 */
export function keepForOffline(urls: readonly string[]): string[] {
  const woff2 = new Set(urls.filter(u => u.endsWith('.woff2')).map(fontStem))
  return urls.filter((url) => {
    if (/(?:^|\/)KaTeX_[^/]*$/.test(url))
      return false
    if (url.endsWith('.woff') && woff2.has(fontStem(url)))
      return false
    return true
  })
}

const manifestFilter: ManifestTransform = async (entries) => {
  const kept = new Set(keepForOffline(entries.map(e => e.url)))
  return {
    manifest: entries.filter(e => kept.has(e.url)),
    warnings: [],
  }
}

/**
 * The service-worker plugin. `downloadPdf` is the PDF file name that scripts/build-site.ts
 * writes into the site after the Vite build (it is listed by hand, with a new revision on
 * every build); undefined for the quick build. `disable`: write no worker (the virtual
 * register module still resolves, so the page's code is unchanged).
 */
export function offlineCache(options: { downloadPdf?: string, disable?: boolean } = {}): Plugin[] {
  return VitePWA({
    // A build only printed from (scripts/print.ts) is never visited: no worker to write.
    disable: options.disable,
    // The same minified worker whatever NODE_ENV the build inherits (a test runner sets "test").
    mode: 'production',
    // The page asks before a new version takes over (lib/offline.ts shows the prompt).
    registerType: 'prompt',
    // lib/offline.ts registers the worker itself, after slide 1 is shown.
    injectRegister: false,
    workbox: {
      globPatterns: [PRECACHE_GLOB],
      maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
      manifestTransforms: [manifestFilter],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [FILE_URL],
      additionalManifestEntries: options.downloadPdf
        ? [
            { url: options.downloadPdf, revision: `${Date.now()}` },
          ]
        : [],
      // Old versions' caches go once their worker is replaced, never while a page uses them.
      cleanupOutdatedCaches: true,
      // The first worker controls the open page at once (it has nothing to replace); a new
      // version's worker waits, see above. skipWaiting stays off.
      clientsClaim: true,
      skipWaiting: false,
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
  })
}
