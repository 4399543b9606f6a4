import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SOURCES, sourcesHash } from './print-build'

const ROOT = resolve(import.meta.dirname, '..')

/** Top-level entries that never reach the built site, and why. */
const NOT_SOURCES: Record<string, string> = {
  'scripts': 'export, bench and CI scripts (run beside the build, not in it)',
  'tests': 'tests',
  'docs': 'documentation and its images',
  'types': 'type declarations only (vue-tsc), no code',
  'README.md': 'documentation',
  'package.json': 'scripts and metadata; the installed packages are package-lock.json',
  'tsconfig.json': 'type checking',
  'eslint.config.js': 'lint',
  'vitest.config.ts': 'unit tests',
  'vitest.e2e.config.ts': 'e2e tests',
  'netlify.toml': 'hosting settings',
  'vercel.json': 'hosting settings',
}
/** Ignored by git (.gitignore): outputs, caches and installed packages. */
const GENERATED = new Set([
  'node_modules',
  'dist',
  'exports',
  'scratch',
  'screenshots',
  'test-results',
])

describe('the print build is built again when', () => {
  it('any top-level file or folder that can reach the built site changes (a new one must be sorted here)', () => {
    const entries = readdirSync(ROOT).filter(name => !name.startsWith('.') && !GENERATED.has(name) && !name.endsWith('.log'))
    expect(entries.filter(name => !SOURCES.includes(name) && !(name in NOT_SOURCES))).toEqual([])
  })

  const temp = mkdtempSync(join(tmpdir(), 'print-build-'))
  afterAll(() => rmSync(temp, { recursive: true, force: true }))

  it.each([
    ['build/print-only.ts', 'a Vite plugin of vite.config.ts'],
    ['reading/ReadingView.vue', 'the reading view the handout prints'],
    ['composables/useReveal.ts', 'a composable the slides\' components import'],
  ])('%s changes (%s)', (file) => {
    const root = join(temp, file.replace(/\W/g, '-'))
    cpSync(join(ROOT, file), join(root, file))
    const before = sourcesHash(root)
    writeFileSync(join(root, file), '// changed\n', { flag: 'a' })
    expect(sourcesHash(root)).not.toBe(before)
  })
})
