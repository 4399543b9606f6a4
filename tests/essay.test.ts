// data/essay.ts: every claim points to a paragraph the seed has, pinned by exact words,
// and is paraphrased, not copied.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { essayClaims } from '../data/essay'
import { ROOT } from '../scripts/deck'
import { copiedRuns, seedParagraphs } from './rules/deck-rules'

const paragraphs = seedParagraphs(readFileSync(resolve(ROOT, 'tests/fixtures/seed-essay.txt'), 'utf8'))

describe('the essay\'s claims', () => {
  it('read a seed of six paragraphs once its page chrome is removed', () => {
    expect(paragraphs).toHaveLength(6)
    expect(paragraphs[0]).toMatch(/^Despite all the successes/)
  })

  it('point to paragraphs that exist, and their anchor words are in that paragraph', () => {
    const bad = essayClaims.flatMap((c) => {
      const p = paragraphs[c.paragraph - 1]
      if (!p)
        return [`${c.id}: paragraph ${c.paragraph} does not exist (the seed has ${paragraphs.length})`]
      return p.includes(c.anchor)
        ? []
        : [`${c.id}: "${c.anchor}" is not in paragraph ${c.paragraph}`]
    })
    expect(bad).toEqual([])
  })

  it('have unique ids and are in our own words (no 8-word run from the seed)', () => {
    expect(new Set(essayClaims.map(c => c.id)).size).toBe(essayClaims.length)
    const bad = essayClaims.flatMap(c => copiedRuns(c.claim, paragraphs.join(' ')).map(r => `${c.id}: "${r}"`))
    expect(bad).toEqual([])
  })
})
