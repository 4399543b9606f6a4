// The first slide's text waits for its web fonts: with `font-display: swap` Chrome counts
// the repaint in the web font as the Largest Contentful Paint, and the browser finds the
// fonts only after the CSS and the slide's script have run. Preloading the faces slide 1
// draws starts them with the scripts instead (measured in `npm run bench`: Lighthouse LCP).
// Only those faces: a preload of a face slide 1 never uses would compete with it.

import type { HtmlTagDescriptor, Plugin } from 'vite'

/**
 * The @fontsource files that slide 1 (the cover, and the reading view's first section)
 * draws in: the title in Source Serif 4 600, the rest in Inter 400. The e2e test
 * "what the first screen costs" fails when slide 1 loads a face not listed here.
 */
export const FIRST_SLIDE_FONT_FILES = [
  'inter-latin-400-normal.woff2',
  'source-serif-4-latin-600-normal.woff2',
] as const

/** An emitted asset as the plugin needs it: its output path and the source names it came from. */
export interface EmittedAsset {
  /** Path inside the build's output folder, e.g. "assets/inter-latin-400-normal-C38fXH4l.woff2". */
  fileName: string
  /** Rollup's `originalFileNames` (or `names`): the source files' names or paths. */
  sources: readonly string[]
}

/**
 * `<link rel="preload" as="font">` tags for the emitted files of `fontFiles`, under `base`
 * (Vite's base, "/" or "/path/"). Fonts are fetched in CORS mode, so the preload carries
 * `crossorigin` or the browser would fetch each file twice.
 * Throws when a listed font was not emitted: a renamed @fontsource file would otherwise
 * drop the preload without a word.
 */
export function fontPreloadTags(assets: readonly EmittedAsset[], base: string, fontFiles: readonly string[] = FIRST_SLIDE_FONT_FILES): HtmlTagDescriptor[] {
  return fontFiles.map((font) => {
    const asset = assets.find(a => a.sources.some(source => source === font || source.endsWith(`/${font}`)))
    if (!asset)
      throw new Error(`preload-fonts: ${font} is not in the build's assets (renamed in @fontsource?)`)
    return {
      tag: 'link',
      attrs: {
        rel: 'preload',
        as: 'font',
        type: 'font/woff2',
        href: `${base}${asset.fileName}`,
        crossorigin: '',
      },
      injectTo: 'head-prepend',
    }
  })
}

/** Vite plugin: in a build, preloads the fonts slide 1 draws (see FIRST_SLIDE_FONT_FILES). */
export function preloadFirstSlideFonts(): Plugin {
  let base = '/'
  return {
    name: 'briefing:preload-first-slide-fonts',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle)
          return
        const assets: EmittedAsset[] = Object.values(context.bundle)
          .filter(output => output.type === 'asset')
          .map(output => ({
            fileName: output.fileName,
            sources: [
              ...(output.originalFileNames ?? []),
              ...(output.names ?? []),
            ],
          }))
        return fontPreloadTags(assets, base)
      },
    },
  }
}
