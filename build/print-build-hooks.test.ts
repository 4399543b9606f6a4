import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LEFT_OUT_PACKAGES, leftOutPackageUrl } from './print-build-hooks.ts'

const ROOT = resolve(import.meta.dirname, '..')
const SLIDEV_DIST = resolve(ROOT, 'node_modules/@slidev/cli/dist')
const FROM_SLIDEV = `file://${SLIDEV_DIST}/serve-x.mjs`

describe('the print build\'s module hooks', () => {
  it('answer Slidev\'s own imports of the left-out packages with a stand-in', async () => {
    for (const name of Object.keys(LEFT_OUT_PACKAGES)) {
      const url = leftOutPackageUrl(name, FROM_SLIDEV)
      expect(url, name).toMatch(/^data:text\/javascript,/)
      // The stand-in is a module that loads.
      await expect(import(url!)).resolves.toBeDefined()
    }
  })

  it('leave every other import alone, and the same packages imported by anyone else', () => {
    expect(leftOutPackageUrl('vite', FROM_SLIDEV)).toBeUndefined()
    expect(leftOutPackageUrl('constructor', FROM_SLIDEV)).toBeUndefined()
    expect(leftOutPackageUrl('@vitejs/plugin-vue-jsx', `file://${ROOT}/vite.config.ts`)).toBeUndefined()
    expect(leftOutPackageUrl('@vitejs/plugin-vue-jsx', undefined)).toBeUndefined()
  })

  it('give each stand-in every name the installed Slidev imports from its package', async () => {
    // A Slidev update that imports another name would otherwise stop the build at link time.
    const source = readdirSync(SLIDEV_DIST).filter(name => name.endsWith('.mjs')).map(name => readFileSync(resolve(SLIDEV_DIST, name), 'utf8')).join('\n')
    for (const [name, stub] of Object.entries(LEFT_OUT_PACKAGES)) {
      const imports = [
        ...source.matchAll(new RegExp(`^import (.+) from "${name.replace(/[/.]/g, '\\$&')}";$`, 'gm')),
      ]
      expect(imports.length, name).toBeGreaterThan(0)
      const module = await import(leftOutPackageUrl(name, FROM_SLIDEV)!)
      for (const [, clause] of imports) {
        const named = clause!.match(/\{([^}]*)\}/)?.[1]?.split(',').map(part => part.trim().split(/\s+as\s+/)[0]!).filter(Boolean) ?? []
        for (const exported of named)
          expect(module, `${name} exports ${exported}`).toHaveProperty(exported)
        if (!clause!.startsWith('{'))
          expect(module.default, `${name} has a default export (${stub})`).toBeTypeOf('function')
      }
    }
  })

  it('are registered when Node loads the file with --import and the print build asks for them', () => {
    const script = `const m = await import('@vitejs/plugin-vue-jsx'); console.log(m.default().name)`
    // Code run with -e counts as a file of its working folder.
    const pluginName = (cwd: string, env: Record<string, string>) => execFileSync(process.execPath, [
      '--import',
      resolve(import.meta.dirname, 'print-build-hooks.ts'),
      '--input-type=module',
      '-e',
      script,
    ], {
      cwd,
      env: {
        ...process.env,
        BRIEFING_PRINT_BUILD: '',
        ...env,
      },
      encoding: 'utf8',
    }).trim()
    expect(pluginName(SLIDEV_DIST, { BRIEFING_PRINT_BUILD: '1' })).toContain('left out of the print build')
    expect(pluginName(SLIDEV_DIST, {})).toBe('vite:vue-jsx')
    expect(pluginName(ROOT, { BRIEFING_PRINT_BUILD: '1' })).toBe('vite:vue-jsx')
  })
})

describe('what the print build leaves out is not in the deck', () => {
  it('has no .jsx or .tsx file to compile', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n')
    expect(files.filter(file => /\.[jt]sx$/.test(file))).toEqual([])
  })
})
