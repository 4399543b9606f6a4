// Creates an output folder (an export's, a build's) or says in one sentence why it cannot.
// Not Node's `mkdirSync(dir, { recursive: true })`: on a path under /proc (or another
// filesystem that answers ENOENT for a folder it will never create) Node 22's recursive
// mkdir retries for ever, and `npm run export -- --out /proc/nope/x.pdf` hung. Here each
// missing folder is made on its own, from the nearest existing one down, so a refusal
// fails at once.
import { accessSync, constants, mkdirSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

/**
 * Makes `dir` (an absolute or relative path) and any missing parents, then checks that it
 * can be written. Returns undefined when it can, else a message naming the folder and the
 * system's error code (ENOENT, ENOTDIR, EACCES, EROFS...). Never throws, never hangs.
 */
export function makeWritableDir(dir: string): string | undefined {
  const target = resolve(dir)
  const missing: string[] = []
  let existing = target
  for (;;) {
    try {
      if (!statSync(existing).isDirectory())
        return `cannot write to ${target}: ${existing} is a file, not a folder (ENOTDIR)`
      break
    }
    catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT')
        return `cannot write to ${target} (${code ?? 'error'})`
      const parent = dirname(existing)
      if (parent === existing)
        return `cannot write to ${target} (no such filesystem root)`
      missing.unshift(existing)
      existing = parent
    }
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder)
    }
    catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EEXIST')
        return `cannot write to ${target}: ${folder} cannot be created (${code ?? 'error'})`
    }
  }
  try {
    accessSync(target, constants.W_OK)
  }
  catch (error) {
    return `cannot write to ${target} (${(error as NodeJS.ErrnoException).code ?? 'error'})`
  }
  return undefined
}
