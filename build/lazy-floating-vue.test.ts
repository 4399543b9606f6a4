import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STAND_INS, standInFor } from './lazy-floating-vue'

const ROOT = resolve(import.meta.dirname, '..')
const CLIENT = join(ROOT, 'node_modules/@slidev/client')

/** Every source file of the installed Slidev client, relative to its folder. */
function clientFiles(dir = CLIENT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === 'node_modules'
        ? []
        : clientFiles(path)
    }
    return /\.(?:vue|ts)$/.test(entry.name)
      ? [
          relative(CLIENT, path),
        ]
      : []
  })
}

/** The names a file imports from floating-vue, sorted ([] when it does not). */
function floatingVueNames(file: string): string[] {
  const source = readFileSync(join(CLIENT, file), 'utf8')
  return [
    ...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'floating-vue'/g),
  ]
    .flatMap(m => m[1]!.split(',').map(name => name.trim()).filter(Boolean))
    .sort()
}

describe('floating-vue after slide 1', () => {
  it('gives a stand-in to the slideshow\'s files, and to no other import', () => {
    const id = (file: string): string => `/work/deck/node_modules/@slidev/client/${file}`
    expect(standInFor('floating-vue', id('internals/SlidesShow.vue'))).toBe('recompute')
    expect(standInFor('floating-vue', `${id('internals/SlideContainer.vue')}?vue&type=script&setup=true&lang.ts`)).toBe('recompute')
    expect(standInFor('floating-vue', id('builtin/VSwitch.ts'))).toBe('recompute')
    expect(standInFor('floating-vue', id('internals/FormItem.vue'))).toBe('tooltip')
    // The menus that open poppers load the real library.
    expect(standInFor('floating-vue', id('internals/DrawingControls.vue'))).toBeUndefined()
    expect(standInFor('floating-vue', '/work/deck/components/Menu.vue')).toBeUndefined()
    expect(standInFor('vue', id('internals/SlidesShow.vue'))).toBeUndefined()
  })

  it('covers every name the installed Slidev imports there, and knows every other importer', () => {
    const importers = clientFiles().filter(file => floatingVueNames(file).length > 0)
    const exported = (standIn: keyof typeof STAND_INS): string[] =>
      [
        ...STAND_INS[standIn].matchAll(/export (?:function|const) (\w+)/g),
      ].map(m => m[1]!)
    for (const file of importers) {
      const standIn = standInFor('floating-vue', `/x/node_modules/@slidev/client/${file}`)
      if (standIn)
        expect(floatingVueNames(file), file).toEqual(exported(standIn).sort())
      else
        // Files that load it for a popper of their own, after slide 1 (a new one here needs a look).
        expect(['internals/DrawingControls.vue', 'pages/print.vue'], file).toContain(file)
    }
    expect(importers.filter(file => standInFor('floating-vue', `/x/node_modules/@slidev/client/${file}`))).toHaveLength(4)
  })

  it('reads the open-popper mark that the installed floating-vue sets and clears on <body>', () => {
    const source = readFileSync(join(ROOT, 'node_modules/floating-vue/dist/floating-vue.mjs'), 'utf8')
    expect(source).toContain('document.body.classList.add("v-popper--some-open")')
    expect(source).toContain('document.body.classList.remove("v-popper--some-open")')
    expect(STAND_INS.recompute).toContain('classList.contains(\'v-popper--some-open\')')
  })
})
