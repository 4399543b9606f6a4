// The contrast rule stated in tokens.css, checked: text >= 4.5:1, marks >= 3:1,
// against every background a token can sit on; and the size tokens agree with styles/tokens.ts.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contrastRatio, readColorTokens } from '../tests/rules/contrast'
import { CANVAS, GRID, TYPE, TYPE_VARS } from './tokens'

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8')
const tokens = readColorTokens(css)
const backgrounds = [
  '--bf-bg',
  '--bf-surface',
  '--bf-band',
  '--bf-land',
].map(name => [name, tokens[name]!] as const)

/** `--name: 12.5px` declarations of tokens.css. */
function pxTokens(text: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [, name, value] of text.matchAll(/(--[\w-]+):\s*([\d.]+)px\b/g))
    out[name!] = Number(value)
  return out
}
const px = pxTokens(css)

function failures(prefix: string, minimum: number): string[] {
  const names = Object.keys(tokens).filter(name => name.startsWith(prefix))
  expect(names.length).toBeGreaterThan(0)
  return names.flatMap(name => backgrounds
    .map(([bgName, bg]) => ({
      ratio: contrastRatio(tokens[name]!, bg),
      bgName,
    }))
    .filter(({ ratio }) => ratio < minimum)
    .map(({ ratio, bgName }) => `${name} on ${bgName}: ${ratio.toFixed(2)}:1`))
}

describe('colour tokens', () => {
  it('has the backgrounds the rule refers to', () => {
    for (const [name, value] of backgrounds)
      expect(value, name).toMatch(/^#/)
  })

  it('gives text tokens at least 4.5:1', () => {
    expect(failures('--bf-text-', 4.5)).toEqual([])
  })

  it('gives chart mark tokens at least 3:1', () => {
    expect(failures('--bf-mark-', 3)).toEqual([])
  })

  it('keeps backgrounds visible on a projector (at least 1.15:1 on white)', () => {
    for (const name of ['--bf-surface', '--bf-band', '--bf-land'])
      expect(contrastRatio(tokens[name]!, tokens['--bf-bg']!), name).toBeGreaterThanOrEqual(1.15)
  })
})

describe('size tokens', () => {
  it('match the TypeScript constants the layouts use', () => {
    expect(px['--bf-canvas-width']).toBe(CANVAS.width)
    expect(px['--bf-canvas-height']).toBe(CANVAS.height)
    for (const [step, name] of Object.entries(TYPE_VARS))
      expect(px[name], name).toBe(TYPE[step as keyof typeof TYPE])
    expect(px['--bf-pad-top']).toBe(GRID.padTop)
    expect(px['--bf-pad-x']).toBe(GRID.padX)
    expect(px['--bf-headline-gap']).toBe(GRID.headlineGap)
  })

  it('declares no size token the constants lack (one scale, six steps)', () => {
    const declared = Object.keys(px).filter(n => n.startsWith('--bf-size-'))
    expect(declared.sort()).toEqual(Object.values(TYPE_VARS).sort())
    expect(Object.keys(TYPE)).toHaveLength(6)
  })

  it('is the only font size the stylesheets and components use', () => {
    const scale = new Set(Object.values(TYPE).map(String))
    const dirs = ['../styles/', '../components/']
    const stray: string[] = []
    for (const dir of dirs) {
      const url = new URL(dir, import.meta.url)
      for (const file of readdirSync(url).filter(f => /\.(?:css|vue)$/.test(f))) {
        const text = readFileSync(new URL(file, url), 'utf8')
        for (const m of text.matchAll(/font-size:\s*([\d.]+)px/g)) {
          if (!scale.has(m[1]!))
            stray.push(`${dir}${file}: ${m[0]}`)
        }
      }
    }
    expect(stray).toEqual([])
  })

  it('is the only canvas size and chart-label size the code writes out', () => {
    // Code only: comments and quoted text (test names) may name the 980x552 canvas. `1980` is not a hit.
    const code = (text: string) => text.split('\n').map(line => line
      .replace(/'(?:[^'\\]|\\.)*'/g, '\'\'')
      .replace(/\/\/.*$|^\s*\*.*$|^\s*\/\*.*$/, ''))
    const stray: string[] = []
    for (const dir of [
      '../scripts/',
      '../scripts/bench/',
      '../tests/',
      '../tests/e2e/',
      '../tests/rules/',
      '../lib/',
      '../lib/forces/',
      '../lib/timeline/',
    ]) {
      const url = new URL(dir, import.meta.url)
      for (const file of readdirSync(url).filter(f => f.endsWith('.ts'))) {
        code(readFileSync(new URL(file, url), 'utf8')).forEach((line, i) => {
          if (/(?<![\d.])(?:980|552)(?![\d.])/.test(line))
            stray.push(`${dir}${file}:${i + 1}: canvas size written out: ${line.trim()}`)
          // A label size in the layout code is the type scale's, by name.
          if (dir.startsWith('../lib/') && !file.endsWith('.test.ts') && /(?:fontSize|FONT_SIZE)\s*[:=]\s*\d/.test(line))
            stray.push(`${dir}${file}:${i + 1}: font size written out: ${line.trim()}`)
        })
      }
    }
    expect(stray).toEqual([])
  })

  it('the viewport canvas of the deck is the token canvas (Slidev default 980, 16:9)', () => {
    expect(Math.ceil(CANVAS.width * 9 / 16)).toBe(CANVAS.height)
  })
})
