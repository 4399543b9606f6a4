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
const DEFERRED_ID = '\0deferred-controls'

/** True when `importer` is Slidev's slideshow page importing its Controls component (`id` as written). */
export function isSlideshowControls(id: string, importer: string | undefined): boolean {
  return id === CONTROLS && !!importer && PLAY_PAGE.test(importer.split('?')[0]!)
}

/**
 * Vite plugin: the slideshow's Controls.vue becomes an async component that loads after
 * the first slide (afterFirstSlide) or the first move (onFirstMove), whichever comes first.
 * `root`: the deck's folder (lib/first-slide.ts lives there).
 */
export function deferSlideshowControls(root: string = process.cwd()): Plugin {
  let controlsPath = ''
  return {
    name: 'briefing:defer-slideshow-controls',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!isSlideshowControls(id, importer))
        return undefined
      controlsPath = (await this.resolve(id, importer, { skipSelf: true }))?.id ?? ''
      return controlsPath
        ? DEFERRED_ID
        : undefined
    },
    load(id) {
      if (id !== DEFERRED_ID)
        return undefined
      const firstSlide = JSON.stringify(resolve(root, 'lib/first-slide.ts'))
      return `import { defineAsyncComponent } from 'vue'
import { afterFirstSlide, onFirstMove } from ${firstSlide}
const ready = typeof window === 'undefined'
  ? Promise.resolve()
  : new Promise(done => { afterFirstSlide().then(done, done); onFirstMove(done) })
export default defineAsyncComponent(() => ready.then(() => import(${JSON.stringify(controlsPath)})))
`
    },
  }
}
