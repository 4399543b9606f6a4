import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { expandBraces, resolveEagerGlob } from './import-globs.ts'

describe('expandBraces', () => {
  it('expands each group in order, nested and repeated ones too', () => {
    expect(expandBraces('../setup/root.{ts,js,mts,mjs}')).toEqual([
      '../setup/root.ts',
      '../setup/root.js',
      '../setup/root.mts',
      '../setup/root.mjs',
    ])
    expect(expandBraces('{a,b}/x.{ts,vue}')).toEqual([
      'a/x.ts',
      'a/x.vue',
      'b/x.ts',
      'b/x.vue',
    ])
    expect(expandBraces('a.{t{s,sx},js}')).toEqual(['a.ts', 'a.tsx', 'a.js'])
    expect(expandBraces('plain.ts')).toEqual(['plain.ts'])
  })

  it('gives up on a wildcard or an unclosed brace', () => {
    expect(expandBraces('../layouts/*.vue')).toBeUndefined()
    expect(expandBraces('../**/x.ts')).toBeUndefined()
    expect(expandBraces('../x.[tj]s')).toBeUndefined()
    expect(expandBraces('../x.{ts,js')).toBeUndefined()
  })
})

describe('resolveEagerGlob', () => {
  const setupModule = 'export default import.meta.glob(["../../../setup/root.{ts,js,mts,mjs}"], {"eager":true,"exhaustive":true,"import":"default"})\n'

  it('imports the default export of each file that exists, keyed as the glob keys it', () => {
    const code = resolveEagerGlob(setupModule, path => path === '../../../setup/root.ts')
    expect(code).toBe('import __glob_0 from "../../../setup/root.ts"\nexport default {\n  "../../../setup/root.ts": __glob_0,\n}\n')
  })

  it('imports whole modules (styles) when no export is named, in Vite\'s order: sorted paths, not pattern order', () => {
    // Vite 8 on the same patterns gives ["./x/style.ts","./x/styles/index.ts"]: style.css
    // loads first, so styles/index.ts wins the cascade as in `npm run dev`.
    const code = resolveEagerGlob(
      'export default import.meta.glob(["../../../styles/index.{ts,js,css}","../../../style.{ts,js,css}"], {"eager":true,"exhaustive":true})\n',
      path => ['../../../style.css', '../../../styles/index.ts'].includes(path),
    )
    expect(code).toContain('import * as __glob_0 from "../../../style.css"\nimport * as __glob_1 from "../../../styles/index.ts"')
  })

  it('puts first the global layer Vite puts first (Slidev renders only Object.values(glob)[0])', () => {
    // Vite 8 on these patterns with all three present: GlobalTop, global-top, global
    // (code-unit order: upper case, then '-' before '.'); .js before .ts before .vue.
    const code = resolveEagerGlob(
      'export default import.meta.glob(["../../../global.{ts,js,vue}","../../../global-top.{ts,js,vue}","../../../GlobalTop.{ts,js,vue}"], {"eager":true,"exhaustive":true,"import":"default"})\n',
      path => [
        '../../../global.vue',
        '../../../global-top.vue',
        '../../../GlobalTop.vue',
        '../../../global.ts',
      ].includes(path),
    )!
    const keys = [
      ...code.matchAll(/^ {2}"([^"]+)":/gm),
    ].map(m => m[1])
    expect(keys).toEqual([
      '../../../GlobalTop.vue',
      '../../../global-top.vue',
      '../../../global.ts',
      '../../../global.vue',
    ])
  })

  it('sorts by the absolute path it is given', () => {
    const code = resolveEagerGlob(
      'export default import.meta.glob(["../b.ts","../../a/z.ts"], {"eager":true,"exhaustive":true,"import":"default"})\n',
      () => true,
      path => ({ '../b.ts': '/p/q/b.ts', '../../a/z.ts': '/p/a/z.ts' })[path]!,
    )
    expect(code).toMatch(/__glob_0 from "\.\.\/\.\.\/a\/z\.ts"/)
  })

  it('is an empty object when nothing exists, as the glob is', () => {
    expect(resolveEagerGlob(setupModule, () => false)).toBe('\nexport default {\n\n}\n')
  })

  it('leaves to Vite what it does not reproduce', () => {
    expect(resolveEagerGlob(setupModule.replace('"eager":true', '"eager":false'), () => true)).toBeUndefined()
    expect(resolveEagerGlob(setupModule.replace('"import":"default"', '"import":"setup"'), () => true)).toBeUndefined()
    expect(resolveEagerGlob(setupModule.replace('{"eager"', '{"query":"?raw","eager"'), () => true)).toBeUndefined()
    expect(resolveEagerGlob(setupModule.replace('root.{ts,js,mts,mjs}', '*.ts'), () => true)).toBeUndefined()
    expect(resolveEagerGlob(`import x from 'y'\n${setupModule}`, () => true)).toBeUndefined()
  })

  it('reads the glob modules the installed Slidev writes', () => {
    // A Slidev update that writes another shape would silently bring back the folder walk.
    const cli = resolve(import.meta.dirname, '../node_modules/@slidev/cli/dist')
    const source = readdirSync(cli).filter(name => name.endsWith('.mjs')).map(name => readFileSync(resolve(cli, name), 'utf8')).join('\n')
    // Slidev's own template literals, as text.
    /* eslint-disable no-template-curly-in-string */
    expect(source).toContain('content = `export default ${makeAbsoluteImportGlobExpression(')
    expect(source).toContain('return `import.meta.glob(${JSON.stringify(relativeGlobs)}, ${JSON.stringify(opts)})`')
    /* eslint-enable no-template-curly-in-string */
    // Those it wrote on this machine (after any Slidev run: build, dev or export).
    const folder = resolve(import.meta.dirname, '../node_modules/.slidev/virtual')
    const modules = existsSync(folder)
      ? readdirSync(folder).filter(name => /^import-glob\.[0-9a-f]+\.ts$/.test(name))
      : []
    for (const name of modules)
      expect(resolveEagerGlob(readFileSync(resolve(folder, name), 'utf8'), () => true), name).toBeDefined()
  })
})
