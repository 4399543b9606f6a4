import { describe, expect, it } from 'vitest'
import { describeScorecard, evidenceLine } from './scorecard'

describe('scorecard evidence lines', () => {
  it('dates each item and marks it after the essay from its own date', () => {
    expect(evidenceLine({ date: '2025-07-03', text: 'Russia recognised the Taliban' })).toEqual({ when: '3 Jul 2025', text: 'Russia recognised the Taliban', mark: 'after the essay' })
    expect(evidenceLine({ date: '2024-03-19', text: 'Riksdag plot arrests' }).mark).toBeUndefined()
  })
  it('describes rows in words, verdict included', () => {
    expect(describeScorecard([
      {
        premise: 'P',
        verdict: 'weakened',
        evidence: [
          { date: '2025-12', text: 'about 2,000' },
        ],
      },
    ]))
      .toBe('P: Weakened. Dec 2025 (after the essay): about 2,000.')
  })
})
