// Slidev's entry (@slidev/client/main.ts) evaluates every module it imports, runs
// setupMain (router, head, directives, the deck's setups) and mounts the app, all in one
// task: on Lighthouse's mobile model (4x CPU) one long task of 150-180 ms, after the first
// paint, where it counts as blocking time. Here the entry yields to the main thread between
// those steps, so each is a task of its own and input can be handled in between. Nothing
// else changes: the same code runs, in the same order.

import type { Plugin } from 'vite'
import { resolve } from 'node:path'

/** Slidev's entry, as a Vite id (any prefix, no query). */
const ENTRY = /\/@slidev\/client\/main\.ts$/

/**
 * The entry's source: Slidev's main.ts (v53), statement for statement, with a yield
 * (`yieldToMain` from `yieldModule`, an absolute path to lib/yield-to-main.ts) before
 * setupMain and another before mount.
 */
export function entrySource(yieldModule: string): string {
  return `/// <reference types="@slidev/types/client" />

import { createApp } from 'vue'
import { yieldToMain } from ${JSON.stringify(yieldModule)}
import App from './App.vue'
import setupMain from './setup/main'

async function main() {
  await yieldToMain()
  const app = createApp(App)
  await setupMain(app)
  await yieldToMain()
  app.mount('#app')
}

main()
`
}

/** Whether `id` (a Vite id, query allowed) is Slidev's entry. */
export function isSlidevEntry(id: string): boolean {
  return ENTRY.test(id.split('?')[0]!)
}

/** Vite plugin (build only): Slidev's entry yields to the main thread between its steps. */
export function yieldingEntry(root: string = process.cwd()): Plugin {
  return {
    name: 'briefing:yielding-entry',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      return isSlidevEntry(id)
        ? entrySource(resolve(root, 'lib/yield-to-main.ts'))
        : undefined
    },
  }
}
