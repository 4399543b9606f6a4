import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { entrySource, isSlidevEntry, yieldingEntry } from './yielding-entry'

const require = createRequire(import.meta.url)
const installedEntry = readFileSync(require.resolve('@slidev/client/main.ts'), 'utf8')

/** The statements of a module's source, without comments, blank lines, yields and its own helper import. */
function statements(source: string): string[] {
  return source.split('\n')
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('//') && !line.includes('yieldToMain'))
}

describe('the slideshow entry: yields to the main thread between its steps', () => {
  it('finds Slidev\'s entry and nothing else', () => {
    expect(isSlidevEntry('/work/deck/node_modules/@slidev/client/main.ts')).toBe(true)
    expect(isSlidevEntry('/work/deck/node_modules/@slidev/client/main.ts?v=1')).toBe(true)
    expect(isSlidevEntry('/work/deck/node_modules/@slidev/client/setup/main.ts')).toBe(false)
    expect(isSlidevEntry('/work/deck/main.ts')).toBe(false)
  })

  it('runs the installed Slidev\'s entry, statement for statement, with only the yields added', () => {
    // A Slidev upgrade that changes its entry fails here, so the copy cannot drift from it.
    expect(statements(entrySource('/deck/lib/yield-to-main.ts'))).toEqual(statements(installedEntry))
  })

  it('yields once the modules are evaluated and again before the app mounts', () => {
    const body = entrySource('/deck/lib/yield-to-main.ts').split('async function main() {')[1]!
    const steps = body.split('\n').map(line => line.trim()).filter(Boolean).slice(0, 5)
    expect(steps).toEqual([
      'await yieldToMain()',
      'const app = createApp(App)',
      'await setupMain(app)',
      'await yieldToMain()',
      'app.mount(\'#app\')',
    ])
  })

  it('serves that source for the entry in a build only', () => {
    const plugin = yieldingEntry('/deck')
    expect(plugin.apply).toBe('build')
    const load = plugin.load as (id: string) => string | undefined
    expect(load('/deck/node_modules/@slidev/client/main.ts')).toBe(entrySource('/deck/lib/yield-to-main.ts'))
    expect(load('/deck/node_modules/@slidev/client/App.vue')).toBeUndefined()
  })
})
