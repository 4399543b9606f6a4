import type { CourseOfAction } from './verdict'
import { describe, expect, it } from 'vitest'
import { assessmentOf, collectSources, rankOptions, scoreOption, selectCriteria, verdictMarkPath, verdicts, verdictSentence, verdictStyle, verdictWord } from './verdict'

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
  it('gives every verdict a distinct symbol and word', () => {
    const styles = verdicts.map(verdictStyle)
    for (const key of ['symbol', 'word'] as const)
      expect(new Set(styles.map(s => s[key])).size).toBe(verdicts.length)
  })

  it('draws every verdict in the judgement ink, never an actor\'s hue', () => {
    // Our judgement is drawn in ink: the mark's shape carries the verdict, not an actor's hue.
    expect(verdicts.map(v => verdictStyle(v).mark)).toEqual(['--bf-judgement', '--bf-judgement', '--bf-judgement'])
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

describe('verdict marks', () => {
  it('draws a tick, a tilde and a cross, distinct shapes', () => {
    const paths = (['check', 'tilde', 'cross'] as const).map(s => verdictMarkPath(s, 20))
    expect(new Set(paths).size).toBe(3)
    expect(paths[2]).toMatch(/M[^\n\rL\u2028\u2029]*L[^\n\rM\u2028\u2029]*M.*L/)
  })
})
