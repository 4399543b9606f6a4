// Slidev 53 loads some features on every page, before slide 1, whether a deck uses them or
// not. This deck uses none of those below, and they cost a phone's first visit about 120 KB
// of gzip and most of its blocking script (measured with `npm run bench`, Lighthouse TBT):
// - Twoslash's hover popups (`@shikijs/vitepress-twoslash/client`, floating-vue) and its CSS;
// - Shiki Magic Move's CSS;
// - the `v-motion` directive (`@vueuse/motion`, popmotion);
// - the `v-mark` directive's hand-drawn marks (`@slidev/rough-notation`, roughjs: about
//   75 KB of script in the entry chunk);
// - the YAML parser, which `logic/utils.ts` pulls in through `@slidev/parser/core` only to
//   use `parseRangeString`, also exported by the light `@slidev/parser/utils`;
// - Vue's template compiler: Slidev aliases `vue` to the full build so that a deck may
//   write `template:` strings; every component here is a compiled SFC.
// Each is swapped for a stub or a lighter module at build time. The build fails, naming the
// file, when a deck source starts using one of them, so no feature ever goes quietly dead.

import type { Plugin } from 'vite'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** A feature this deck leaves out, and how to tell that a deck source uses it. */
export interface UnusedFeature {
  name: string
  /** Matches a use of the feature in a deck source (Markdown, Vue, TypeScript). */
  usedBy: RegExp
}

/** What is left out. `usedBy` is what a deck would write to use the feature. */
export const UNUSED_FEATURES: readonly UnusedFeature[] = [
  // Any fence: three or more backticks or tildes (Magic Move's blocks sit in four).
  { name: 'Twoslash (code blocks marked `twoslash`)', usedBy: /^\s*(?:`{3,}|~{3,})\s*\w[^\n]* twoslash\b/m },
  { name: 'Shiki Magic Move', usedBy: /magic-move|ShikiMagicMove/ },
  { name: 'the v-motion directive', usedBy: /\bv-motion\b/ },
  { name: 'the v-mark directive', usedBy: /\bv-mark\b/ },
  {
    name: 'runtime template compilation (`template:` strings, Vue\'s `compile`)',
    usedBy: /\btemplate:\s*[`'"]|\bimport\s*\{[^}]*\bcompile\b[^}]*\}\s*from\s*['"]vue['"]/,
  },
]

/** Module id -> the code that replaces it. */
const STUB_MODULES: Readonly<Record<string, string>> = {
  // Slidev's main.ts installs it as a Vue plugin.
  '@shikijs/vitepress-twoslash/client': 'export default { install() {} }',
  '@shikijs/vitepress-twoslash/style.css': '',
  '@shikijs/magic-move/style.css': '',
  // Slidev's modules/v-motion.ts wraps it; without a `v-motion` the wrapper never calls it.
  '@vueuse/motion': 'export function MotionDirective() { return {} }',
  // Slidev's modules/v-mark.ts calls annotate() only for an element with a `v-mark`.
  '@slidev/rough-notation': 'export function annotate() { throw new Error("v-mark is left out of this deck (build/unused-features.ts)") }',
}

const STUB_PREFIX = '\0unused-feature:'
const FULL_VUE = /\/vue\/dist\/vue\.esm-bundler\.js$/

/**
 * The features of UNUSED_FEATURES that `sources` use, as "file: feature" lines.
 * `sources` maps a path (for the message) to the file's text.
 */
export function featureUses(sources: ReadonlyMap<string, string>, features: readonly UnusedFeature[] = UNUSED_FEATURES): string[] {
  const uses: string[] = []
  for (const [path, text] of sources) {
    for (const feature of features) {
      if (feature.usedBy.test(text))
        uses.push(`${path}: ${feature.name}`)
    }
  }
  return uses
}

/**
 * The deck's own sources: slides.md and every .md, .vue and .ts file under `folders`, which
 * are every folder the page's code comes from (a component defined in lib/ renders as
 * surely as one in components/).
 */
export function deckSources(root: string, folders: readonly string[] = [
  'pages',
  'components',
  'composables',
  'data',
  'layouts',
  'lib',
  'reading',
  'setup',
  'styles',
]): Map<string, string> {
  const sources = new Map<string, string>()
  const add = (path: string): void => {
    sources.set(relative(root, path), readFileSync(path, 'utf8'))
  }
  add(join(root, 'slides.md'))
  for (const folder of folders) {
    let entries: string[]
    try {
      entries = readdirSync(join(root, folder), { recursive: true }) as string[]
    }
    catch {
      continue
    }
    for (const entry of entries) {
      if (/\.(?:md|vue|ts)$/.test(entry) && !/\.test\.ts$/.test(entry))
        add(join(root, folder, entry))
    }
  }
  return sources
}

/**
 * Vite plugin: leaves UNUSED_FEATURES out of the deck (see the file's head); the lighter
 * YAML-free parser and Vue runtime in builds only. Errors at the start of a build or dev
 * server when a deck source uses one of the features.
 */
export function leaveOutUnusedFeatures(root: string = process.cwd()): Plugin {
  let build = false
  return {
    name: 'briefing:leave-out-unused-features',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build'
    },
    buildStart() {
      const uses = featureUses(deckSources(root))
      if (uses.length) {
        this.error(`This deck leaves some Slidev features out (build/unused-features.ts), but uses them:\n  ${uses.join('\n  ')}\n`
          + 'Take the feature off the list in build/unused-features.ts to use it.')
      }
    },
    async resolveId(id, importer) {
      if (id in STUB_MODULES)
        return `${STUB_PREFIX}${id}`
      // The dev server keeps the modules Slidev pre-bundles: swapping one there would load
      // a second copy of Vue, and make Vite discover a dependency late and reload the page.
      if (!build)
        return undefined
      if (id === '@slidev/parser/core' && importer?.includes('/@slidev/client/logic/utils'))
        return this.resolve('@slidev/parser/utils', importer, { skipSelf: true })
      // Slidev's alias has already turned `vue` into the full build's path.
      if (FULL_VUE.test(id))
        return id.replace(/vue\.esm-bundler\.js$/, 'vue.runtime.esm-bundler.js')
      return undefined
    },
    load(id) {
      if (id.startsWith(STUB_PREFIX))
        return STUB_MODULES[id.slice(STUB_PREFIX.length)]
      return undefined
    },
  }
}
