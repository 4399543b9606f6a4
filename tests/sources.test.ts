// Every source is cited somewhere, and every citation resolves: the Sources slide
// (which lists data/sources.ts) then holds exactly what the deck cites.
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sourceIds } from '../data/sources'
import { ROOT } from '../scripts/deck'

function read(dir: string, ext: string): string[] {
  return readdirSync(resolve(ROOT, dir))
    .filter(f => f.endsWith(ext) && !f.endsWith('.test.ts') && f !== 'sources.ts')
    .map(f => readFileSync(resolve(ROOT, dir, f), 'utf8'))
}

const citing = [
  ...read('pages', '.md'),
  ...read('data', '.ts'),
  readFileSync(resolve(ROOT, 'slides.md'), 'utf8'),
].join('\n')

describe('sources', () => {
  it('cites every source in data/sources.ts somewhere in the slides or the data', () => {
    const unused = sourceIds.filter(id => !citing.includes(`'${id}'`) && !citing.includes(`"${id}"`))
    expect(unused).toEqual([])
  })

  it('has ids that are unique and readable', () => {
    expect(new Set(sourceIds).size).toBe(sourceIds.length)
    for (const id of sourceIds)
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })
})
