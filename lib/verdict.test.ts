import type { CourseOfAction } from './verdict'
import { describe, expect, it } from 'vitest'
import { assessmentOf, collectSources, harveyFillPath, rankOptions, scoreOption, selectCriteria, verdicts, verdictSentence, verdictStyle, verdictWord } from './verdict'

const criteria = [
  {
    id: 'a',
    label: 'Effect',
    words: { good: 'Strong', poor: 'Weak' },
  },
  { id: 'b', label: 'Cost' },
] as const

function option(id: string, a: 'good' | 'mixed' | 'poor', b: 'good' | 'mixed' | 'poor'): CourseOfAction {
  return {
    id,
    name: id,
    verdicts: {
      a: {
        verdict: a,
        rationale: '',
        sources: ['sasc-kurilla-2023'],
      },
      b: {
        verdict: b,
        rationale: '',
        sources: ['cia-cohen-2024', 'sasc-kurilla-2023'],
      },
    },
  }
}

describe('verdict styles', () => {
  it('gives every verdict a distinct symbol, word and colour', () => {
    const styles = verdicts.map(verdictStyle)
    for (const key of ['symbol', 'word', 'mark', 'text'] as const)
      expect(new Set(styles.map(s => s[key])).size).toBe(verdicts.length)
  })

  it('never pairs red with green: good and poor use blue and vermillion tokens', () => {
    expect(verdictStyle('good').mark).toBe('--bf-mark-blue')
    expect(verdictStyle('poor').mark).toBe('--bf-mark-vermillion')
    expect(verdicts.map(v => verdictStyle(v).mark).join()).not.toMatch(/green/)
  })

  it('orders scores good > mixed > poor', () => {
    expect(verdictStyle('good').score).toBeGreaterThan(verdictStyle('mixed').score)
    expect(verdictStyle('mixed').score).toBeGreaterThan(verdictStyle('poor').score)
  })
})

describe('verdict words', () => {
  it('uses the criterion\'s own word, falling back to the generic one', () => {
    expect(verdictWord('good', criteria[0])).toBe('Strong')
    expect(verdictWord('mixed', criteria[0])).toBe('Mixed')
    expect(verdictWord('poor')).toBe('Unfavourable')
  })

  it('spells the direction out for screen readers only when the word hides it', () => {
    expect(verdictSentence('good', criteria[0])).toBe('Effect: Strong (favourable)')
    expect(verdictSentence('mixed', criteria[1])).toBe('Cost: Mixed')
  })
})

describe('scoring and ranking', () => {
  const options = [
    option('x', 'poor', 'mixed'),
    option('y', 'good', 'good'),
    option('z', 'mixed', 'poor'),
  ]

  it('sums scores over the criteria', () => {
    expect(options.map(o => scoreOption(o, criteria))).toEqual([1, 4, 1])
  })

  it('ranks best first and keeps data order on ties, without mutating', () => {
    expect(rankOptions(options, criteria).map(o => o.id)).toEqual(['y', 'x', 'z'])
    expect(options.map(o => o.id)).toEqual(['x', 'y', 'z'])
  })

  it('throws when an option lacks a verdict', () => {
    expect(() => assessmentOf(options[0]!, 'nope')).toThrow(/no verdict/)
    expect(() => scoreOption(options[0]!, [
      { id: 'nope' },
    ])).toThrow(/no verdict/)
  })

  it('collects each source once, in first-seen order', () => {
    expect(collectSources(options)).toEqual(['sasc-kurilla-2023', 'cia-cohen-2024'])
  })
})

describe('criteria selection', () => {
  it('returns all criteria by default and the chosen ones in the chosen order', () => {
    expect(selectCriteria(criteria).map(c => c.id)).toEqual(['a', 'b'])
    expect(selectCriteria(criteria, ['b', 'a']).map(c => c.id)).toEqual(['b', 'a'])
    expect(selectCriteria(criteria, ['b']).map(c => c.id)).toEqual(['b'])
  })

  it('throws on an unknown id instead of dropping a column silently', () => {
    expect(() => selectCriteria(criteria, ['c'])).toThrow(/Unknown criterion "c"/)
  })
})

describe('harvey balls', () => {
  it('draws nothing for empty, a half disc for half, a full disc for full', () => {
    expect(harveyFillPath('empty', 10, 10, 8)).toBeNull()
    expect(harveyFillPath('half', 10, 10, 8)).toBe('M10 2A8 8 0 0 0 10 18Z')
    expect(harveyFillPath('full', 10, 10, 8)).toBe('M2 10A8 8 0 1 0 18 10A8 8 0 1 0 2 10Z')
  })
})
