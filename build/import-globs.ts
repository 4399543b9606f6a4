// Slidev finds a deck's and a theme's setup files, global layers and styles through small
// modules it writes to node_modules/.slidev/virtual/import-glob.<hash>.ts, each one line:
//   export default import.meta.glob(["../../../setup/root.{ts,js,mts,mjs}"], {"eager":true,"exhaustive":true,"import":"default"})
// The patterns only ever name files, with brace alternatives. But `exhaustive` (needed
// because a theme lives in node_modules) makes the bundler walk every folder under the
// common base of the patterns, node_modules included: about 6,600 folders here, for each
// of the ~20 modules, in every build (strace: 34,000 folders opened in one build).
// This plugin expands the braces itself and imports the files that exist, as the glob
// would have: same keys, same values, same order (Vite sorts the matched absolute paths,
// and Slidev takes the first value of a layer glob and imports styles in key order).
// Anything else is left to Vite.
import type { Plugin } from 'vite'
import { readFileSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

/** Slidev's generated glob modules (node/virtual: createMakeAbsoluteImportGlob). */
const GLOB_MODULE = /[/\\]node_modules[/\\]\.slidev[/\\]virtual[/\\]import-glob\.[0-9a-f]+\.ts$/
const GLOB_CALL = /^export default import\.meta\.glob\((\[[^\]]*\]), (\{[^}]*\})\)\s*$/
/** Options this plugin reproduces; a module with any other is left to Vite. */
const KNOWN_OPTIONS = new Set(['eager', 'exhaustive', 'import'])

/**
 * Every path a pattern with brace alternatives names, in order: `a.{ts,js}` gives `a.ts`,
 * `a.js`. Nested and repeated groups expand too. Returns undefined when the pattern has a
 * wildcard (`*`, `?`, `[`) and so needs a real glob.
 */
export function expandBraces(pattern: string): string[] | undefined {
  if (/[*?[\]]/.test(pattern))
    return undefined
  const open = pattern.indexOf('{')
  if (open < 0)
    return [pattern]
  let depth = 0
  const commas: number[] = []
  let close = -1
  for (let i = open; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '{') {
      depth++
    }
    else if (char === '}') {
      depth--
      if (depth === 0) {
        close = i
        break
      }
    }
    else if (char === ',' && depth === 1) {
      commas.push(i)
    }
  }
  if (close < 0)
    return undefined
  const head = pattern.slice(0, open)
  const tail = pattern.slice(close + 1)
  const bounds = [open, ...commas, close]
  const paths: string[] = []
  for (let i = 0; i < bounds.length - 1; i++) {
    const expanded = expandBraces(head + pattern.slice(bounds[i]! + 1, bounds[i + 1]) + tail)
    if (!expanded)
      return undefined
    paths.push(...expanded)
  }
  return paths
}

/**
 * The code of one of Slidev's glob modules with the glob resolved: a static import of each
 * file that exists and an object keyed as `import.meta.glob` keys it (the path as written,
 * relative to the module), in the order Vite gives: sorted by absolute path (code units).
 * `exists(path)` is given the path relative to the module; `absolute(path)` gives the
 * path's absolute form with forward slashes for that sort (default: the path itself, which
 * sorts the same while every pattern starts with the same `../` run, as Slidev's do).
 * Returns undefined when the module is not one line of the expected shape, asks for an
 * option other than eager/exhaustive/import, is not eager, or has a wildcard.
 */
export function resolveEagerGlob(
  code: string,
  exists: (relative: string) => boolean,
  absolute: (relative: string) => string = path => path,
): string | undefined {
  const call = code.match(GLOB_CALL)
  if (!call)
    return undefined
  let patterns: unknown
  let options: Record<string, unknown>
  try {
    patterns = JSON.parse(call[1]!)
    options = JSON.parse(call[2]!)
  }
  catch {
    return undefined
  }
  if (!Array.isArray(patterns) || !patterns.every(p => typeof p === 'string' && p.startsWith('.')))
    return undefined
  if (options.eager !== true || Object.keys(options).some(key => !KNOWN_OPTIONS.has(key)))
    return undefined
  if (options.import !== undefined && options.import !== 'default')
    return undefined
  const files: string[] = []
  for (const pattern of patterns as string[]) {
    const paths = expandBraces(pattern)
    if (!paths)
      return undefined
    for (const path of paths) {
      if (!files.includes(path) && exists(path))
        files.push(path)
    }
  }
  // As Vite's importGlob: `.sort()` of the matched absolute paths, not the pattern order.
  const byPath = new Map(files.map(file => [
    absolute(file),
    file,
  ]))
  const sorted = [
    ...byPath.keys(),
  ].sort().map(path => byPath.get(path)!)
  const imports = sorted.map((file, i) => options.import === 'default'
    ? `import __glob_${i} from ${JSON.stringify(file)}`
    : `import * as __glob_${i} from ${JSON.stringify(file)}`)
  const entries = sorted.map((file, i) => `  ${JSON.stringify(file)}: __glob_${i},`)
  return `${imports.join('\n')}\nexport default {\n${entries.join('\n')}\n}\n`
}

/**
 * Vite plugin, build only: Slidev's glob modules load as static imports (resolveEagerGlob)
 * instead of a walk of the project. `npm run dev` keeps Vite's glob, which also watches
 * for a setup file added while it runs.
 */
export function resolveSlidevGlobs(): Plugin {
  return {
    name: 'briefing:resolve-slidev-globs',
    enforce: 'pre',
    apply: 'build',
    load(id) {
      const file = id.split('?')[0]!
      if (!GLOB_MODULE.test(file))
        return undefined
      const folder = dirname(file)
      return resolveEagerGlob(
        readFileSync(file, 'utf8'),
        path => statSync(resolve(folder, path), { throwIfNoEntry: false })?.isFile() ?? false,
        path => resolve(folder, path).replaceAll('\\', '/'),
      )
    },
  }
}
