// Slidev's slideshow mounts its hidden controls with slide 1, in the same task: the quick
// overview ("o"), the go-to dialog ("g"), the right-click menu, the drawing toolbar and the
// info dialog (`internals/Controls.vue`). None of them shows until someone asks for it, yet
// on a phone their setup is part of the long task before slide 1 is drawn. Here they mount
// once slide 1 is up and the main thread is idle, or at once on the first key, click or tap
// (lib/first-slide.ts), so a shortcut pressed early still opens what it asks for.

import type { Plugin } from 'vite'
import { resolve } from 'node:path'

const PLAY_PAGE = /\/@slidev\/client\/pages\/play\.vue$/
const CONTROLS = '../internals/Controls.vue'
const DEFERRED_PREFIX = '\0deferred-controls:'

/** True when `importer` is Slidev's slideshow page importing its Controls component (`id` as written). */
export function isSlideshowControls(id: string, importer: string | undefined): boolean {
  return id === CONTROLS && !!importer && PLAY_PAGE.test(importer.split('?')[0]!)
}

/**
 * Vite plugin: the slideshow's Controls.vue becomes an async component that loads after
 * the first slide or the first move, whichever comes first (afterFirstSlideOrMove).
 * `root`: the deck's folder (lib/first-slide.ts lives there).
 */
export function deferSlideshowControls(root: string = process.cwd()): Plugin {
  return {
    name: 'briefing:defer-slideshow-controls',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!isSlideshowControls(id, importer))
        return undefined
      // The real file rides in the id, for load() to import.
      const controls = (await this.resolve(id, importer, { skipSelf: true }))?.id
      return controls
        ? `${DEFERRED_PREFIX}${controls}`
        : undefined
    },
    load(id) {
      if (!id.startsWith(DEFERRED_PREFIX))
        return undefined
      const controls = JSON.stringify(id.slice(DEFERRED_PREFIX.length))
      const firstSlide = JSON.stringify(resolve(root, 'lib/first-slide.ts'))
      return `import { defineAsyncComponent } from 'vue'
import { afterFirstSlideOrMove } from ${firstSlide}
const ready = afterFirstSlideOrMove()
export default defineAsyncComponent(() => ready.then(() => import(${controls})))
`
    },
  }
}
