// The contrast rule stated in tokens.css, checked: text >= 4.5:1, marks >= 3:1,
// against every background a token can sit on.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contrastRatio, readColorTokens } from '../tests/rules/contrast'

const tokens = readColorTokens(readFileSync(new URL('./tokens.css', import.meta.url), 'utf8'))
const backgrounds = ['--bf-bg', '--bf-surface', '--bf-band'].map(name => [name, tokens[name]!] as const)

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
})
