// The build that exports print from (scripts/print.ts): `.cache/print-dist`, built by
// `slidev build` with BRIEFING_PRINT_BUILD=1 (vite.config.ts) and reused while no source
// has changed. Only Node's own modules are imported here, so `npm run export` can start
// the build first thing, before it loads Playwright and the rest (about a second).
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { makeWritableDir } from './out-dir.ts'
import { timed } from './timings.ts'

/** The project folder (as scripts/deck.ts's ROOT, without loading the Slidev parser). */
const ROOT = resolve(import.meta.dirname, '..')

/** Where `npm run export` keeps the build it prints from; never the user's dist/. */
export const PRINT_DIST = resolve(ROOT, '.cache/print-dist')
const STAMP = '.briefing-sources'

/**
 * Files and folders whose content decides what the build looks like: the deck, everything it
 * imports (components/ import composables/, setup/routes.ts the reading view in reading/ that
 * the handout prints) and the Vite plugins vite.config.ts imports from build/.
 */
export const SOURCES = [
  'slides.md',
  'pages',
  'components',
  'composables',
  'layouts',
  'lib',
  'reading',
  'styles',
  'setup',
  'data',
  'public',
  'build',
  'vite.config.ts',
  'uno.config.ts',
  'package-lock.json',
]

/** A hash of every source of the build (content and path), so an unchanged deck is not built again. */
export function sourcesHash(root = ROOT): string {
  const hash = createHash('sha256')
  const walk = (path: string): void => {
    if (!existsSync(path))
      return
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!entry.endsWith('.test.ts'))
          walk(join(path, entry))
      }
      return
    }
    hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0')
  }
  for (const source of SOURCES)
    walk(join(root, source))
  return hash.digest('hex')
}

/** The base path a built deck was made for, read from its index.html. */
export function builtBase(dist: string): string {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  return html.match(/<script type="module"[^>]*\ssrc="([^"]*?)assets\//)?.[1] || '/'
}

const running = new Set<ChildProcess>()
const partial = new Set<string>()
// An export that stops (a failed check, no browser) while its build still runs ends the
// build too, and leaves no half-built folder behind.
process.on('exit', () => {
  for (const child of running)
    child.kill()
  for (const temp of partial)
    rmSync(temp, { recursive: true, force: true })
})

/** Runs a command in the project; stdio is shown unless quiet. Resolves to the exit code. */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv, quiet?: boolean } = {}): Promise<{ code: number, output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    running.add(child)
    child.on('exit', () => running.delete(child))
    let output = ''
    const take = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString()
      if (!options.quiet)
        stream.write(chunk)
    }
    child.stdout.on('data', take(process.stdout))
    child.stderr.on('data', take(process.stderr))
    child.on('close', code => done({ code: code ?? 1, output }))
    child.on('error', error => done({ code: 1, output: `${output}\n${error.message}` }))
  })
}

export const SLIDEV = resolve(ROOT, 'node_modules/.bin/slidev')
/** The script node_modules/.bin/slidev runs. */
const SLIDEV_ENTRY = resolve(ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs')
/** Module hooks that leave out what a build never uses (build/print-build-hooks.ts). */
const PRINT_BUILD_HOOKS = resolve(ROOT, 'build/print-build-hooks.ts')

/**
 * Builds the deck into `out` through a temporary folder beside it, swapped in only when
 * the build succeeded: a failed build leaves `out` exactly as it was.
 * Returns undefined on success, else an error message naming the cause.
 */
export async function buildInto(out: string, options: {
  base?: string
  env?: NodeJS.ProcessEnv
  quiet?: boolean
  /** Node options for the build's process (before Slidev's entry), such as `--import`. */
  nodeArgs?: string[]
  /** Adds to the new build before the swap; an error message stops the swap. */
  beforeSwap?: (temp: string) => Promise<string | undefined>
} = {}): Promise<string | undefined> {
  const temp = `${out}.partial-${process.pid}`
  rmSync(temp, { recursive: true, force: true })
  partial.add(temp)
  const problem = makeWritableDir(resolve(out, '..'))
  if (problem)
    return problem
  const args = ['build', 'slides.md', '--out', temp]
  if (options.base)
    args.push('--base', options.base)
  // Slidev's own entry run by this Node, so Node options can go before it.
  const { code, output } = await timed('build: slidev build', run(process.execPath, [
    ...options.nodeArgs ?? [],
    SLIDEV_ENTRY,
    ...args,
  ], { env: options.env, quiet: options.quiet }))
  if (code !== 0 || !existsSync(join(temp, 'index.html'))) {
    rmSync(temp, { recursive: true, force: true })
    const why = output.split('\n').filter(line => /error/i.test(line)).slice(0, 3).join('\n  ')
    return `slidev build exited with code ${code}${why
      ? `:\n  ${why}`
      : ''}`
  }
  let failure: string | undefined
  try {
    failure = await options.beforeSwap?.(temp)
  }
  catch (error) {
    failure = (error as Error).message.split('\n')[0]
  }
  if (failure) {
    rmSync(temp, { recursive: true, force: true })
    return failure
  }
  const old = `${out}.old-${process.pid}`
  if (existsSync(out))
    renameSync(out, old)
  renameSync(temp, out)
  partial.delete(temp)
  rmSync(old, { recursive: true, force: true })
  return undefined
}

/**
 * A built deck to print from: `dist` when given, else `.cache/print-dist`, built again only
 * when a source changed since its last build. Throws with the build's error on failure.
 */
export async function ensurePrintBuild(dist?: string, log: (line: string) => void = console.log): Promise<{ dist: string, base: string, built: boolean }> {
  if (dist) {
    const folder = resolve(dist)
    if (!existsSync(join(folder, 'index.html')))
      throw new Error(`${folder} holds no built deck (no index.html).`)
    return {
      dist: folder,
      base: builtBase(folder),
      built: false,
    }
  }
  const hash = await timed('build: sources hash', () => sourcesHash())
  const stamp = join(PRINT_DIST, STAMP)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    return {
      dist: PRINT_DIST,
      base: builtBase(PRINT_DIST),
      built: false,
    }
  }
  log(`Building the deck to print from (${relative(ROOT, PRINT_DIST)}/)...`)
  const error = await buildInto(PRINT_DIST, {
    quiet: !process.stdout.isTTY,
    // No service worker in a build that is only printed from (vite.config.ts), and no
    // JSX compiler or MCP server loaded for it (build/print-build-hooks.ts).
    env: { ...process.env, BRIEFING_PRINT_BUILD: '1' },
    nodeArgs: ['--import', pathToFileURL(PRINT_BUILD_HOOKS).href],
  })
  if (error)
    throw new Error(error)
  writeFileSync(stamp, hash)
  return {
    dist: PRINT_DIST,
    base: builtBase(PRINT_DIST),
    built: true,
  }
}
