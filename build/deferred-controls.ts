// Slidev's slideshow mounts its hidden controls with slide 1, in the same task: the quick
// overview ("o"), the go-to dialog ("g"), the right-click menu, the drawing toolbar and the
// info dialog (`internals/Controls.vue`). None of them shows until someone asks for it, yet
// on a phone their setup is part of the long task before slide 1 is drawn. Here they mount
// once slide 1 is up and the main thread is idle, or at once on the first key, click or tap
// (lib/first-slide.ts), so a shortcut pressed early still opens what it asks for.
// The nav bar (`internals/NavControls.vue`) is visible on a phone held upright, so it does
// not wait for slide 1: it draws one task later (lib/yield-to-main.ts), which splits the
// slideshow's first render in two shorter tasks.

import type { Plugin } from 'vite'
import { resolve } from 'node:path'

const PLAY_PAGE = /\/@slidev\/client\/pages\/play\.vue$/
const CONTROLS = '../internals/Controls.vue'
const NAV_CONTROLS = '../internals/NavControls.vue'
const DEFERRED_PREFIX = '\0deferred-controls:'
const NEXT_TASK_PREFIX = '\0next-task-controls:'

/** True when `importer` is Slidev's slideshow page importing its Controls component (`id` as written). */
export function isSlideshowControls(id: string, importer: string | undefined): boolean {
  return id === CONTROLS && !!importer && PLAY_PAGE.test(importer.split('?')[0]!)
}

/** True when `importer` is Slidev's slideshow page importing its nav bar, NavControls.vue. */
export function isSlideshowNavControls(id: string, importer: string | undefined): boolean {
  return id === NAV_CONTROLS && !!importer && PLAY_PAGE.test(importer.split('?')[0]!)
}

/**
 * Vite plugin: the slideshow's Controls.vue becomes an async component that loads after
 * the first slide or the first move, whichever comes first (afterFirstSlideOrMove); its
 * NavControls.vue one that draws after one yield to the main thread (yieldToMain).
 * `root`: the deck's folder (lib/first-slide.ts lives there).
 */
export function deferSlideshowControls(root: string = process.cwd()): Plugin {
  return {
    name: 'briefing:defer-slideshow-controls',
    enforce: 'pre',
    async resolveId(id, importer) {
      const prefix = isSlideshowControls(id, importer)
        ? DEFERRED_PREFIX
        : isSlideshowNavControls(id, importer)
          ? NEXT_TASK_PREFIX
          : undefined
      if (!prefix)
        return undefined
      // The real file rides in the id, for load() to import.
      const controls = (await this.resolve(id, importer, { skipSelf: true }))?.id
      return controls
        ? `${prefix}${controls}`
        : undefined
    },
    load(id) {
      if (id.startsWith(NEXT_TASK_PREFIX)) {
        const navControls = JSON.stringify(id.slice(NEXT_TASK_PREFIX.length))
        const yieldModule = JSON.stringify(resolve(root, 'lib/yield-to-main.ts'))
        return `import { defineAsyncComponent } from 'vue'
import { yieldToMain } from ${yieldModule}
import NavControls from ${navControls}
export default defineAsyncComponent(() => yieldToMain().then(() => NavControls))
`
      }
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
