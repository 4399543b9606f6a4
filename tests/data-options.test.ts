import { describe, expect, it } from 'vitest'
import { criteria, options, slideCriteria } from '../data/options'
import { precedents } from '../data/precedents'
import { sources } from '../data/sources'
import { isSortedByStart, periodProblems } from '../lib/precedents'
import { rankOptions, scoreOption, selectCriteria, verdicts } from '../lib/verdict'

const knownIds = new Set(Object.keys(sources))

describe('data/options', () => {
  it('cites only source ids that resolve', () => {
    for (const option of options) {
      for (const c of criteria) {
        for (const id of option.verdicts[c.id].sources)
          expect(knownIds.has(id), `${option.id}/${c.id}: ${id}`).toBe(true)
      }
    }
  })

  it('gives every option a verdict on the scale, with a rationale, for every criterion and no others', () => {
    const ids = criteria.map(c => c.id).sort()
    for (const option of options) {
      expect(Object.keys(option.verdicts).sort(), option.id).toEqual(ids)
      for (const c of criteria) {
        const a = option.verdicts[c.id]
        expect(verdicts, `${option.id}/${c.id}`).toContain(a.verdict)
        expect(a.rationale.length, `${option.id}/${c.id}`).toBeGreaterThan(10)
      }
    }
  })

  it('has unique option and criterion ids', () => {
    expect(new Set(options.map(o => o.id)).size).toBe(options.length)
    expect(new Set(criteria.map(c => c.id)).size).toBe(criteria.length)
  })

  it('recommends exactly one option, and it is the best-scoring one', () => {
    const recommended = options.filter(o => 'recommended' in o && o.recommended)
    expect(recommended).toHaveLength(1)
    expect(rankOptions(options, criteria)[0]!.id).toBe(recommended[0]!.id)
    expect(rankOptions(options, selectCriteria(criteria, slideCriteria))[0]!.id).toBe(recommended[0]!.id)
  })

  it('ranks the recommended option strictly first, not tied, on the slide\'s criteria', () => {
    const shown = selectCriteria(criteria, slideCriteria)
    const [first, second] = rankOptions(options, shown)
    expect(scoreOption(first!, shown)).toBeGreaterThan(scoreOption(second!, shown))
  })

  it('gives every criterion a word for every verdict, distinct within the criterion', () => {
    for (const c of criteria) {
      const words = verdicts.map(v => c.words[v])
      expect(words.every(Boolean), c.id).toBe(true)
      expect(new Set(words).size, c.id).toBe(verdicts.length)
    }
  })
})

describe('data/precedents', () => {
  it('cites only source ids that resolve, at least one per precedent', () => {
    for (const p of precedents) {
      expect(p.sources.length, p.id).toBeGreaterThan(0)
      for (const id of p.sources)
        expect(knownIds.has(id), `${p.id}: ${id}`).toBe(true)
    }
  })

  it('is sorted by start', () => {
    expect(isSortedByStart(precedents)).toBe(true)
  })

  it('has valid periods', () => {
    for (const p of precedents)
      expect(periodProblems(p), p.id).toEqual([])
  })

  it('fits the slide: at most seven rows, unique ids', () => {
    expect(precedents.length).toBeLessThanOrEqual(7)
    expect(new Set(precedents.map(p => p.id)).size).toBe(precedents.length)
  })

  it('sources every limit it draws', () => {
    for (const p of precedents) {
      if (!('limit' in p))
        continue
      expect(p.limit.sources.length, p.id).toBeGreaterThan(0)
      for (const id of p.limit.sources)
        expect(knownIds.has(id), `${p.id} limit: ${id}`).toBe(true)
    }
  })

  it('states a cost only for Libya, the one the fact sheet gives', () => {
    expect(precedents.filter(p => p.cost !== null).map(p => p.id)).toEqual(['libya-2003'])
  })

  it('never cites the essay for a precedent', () => {
    for (const p of precedents)
      expect(p.sources as readonly string[], p.id).not.toContain('nyt-costa-clarke-2024')
  })
})
