import { describe, expect, it } from 'vitest'
import { argumentSteps } from '../data/argument'
import { storyline } from '../data/storyline'
import { layoutArgumentMap } from './argument-map'

const steps = [
  {
    id: 'a',
    label: 'A',
    alias: 'a',
    group: 'premise',
  },
  {
    id: 'b',
    label: 'B',
    alias: 'b',
    group: 'premise',
  },
  {
    id: 'c',
    label: 'C',
    alias: 'c',
    group: 'case',
  },
]

describe('layoutArgumentMap', () => {
  it('groups consecutive steps into rows and numbers them along the chain', () => {
    const rows = layoutArgumentMap(steps)
    expect(rows.map(r => r.group)).toEqual(['premise', 'case'])
    expect(rows[1]!.nodes[0]!.no).toBe(3)
  })

  it('marks done, current and ahead', () => {
    const states = layoutArgumentMap(steps, 'b').flatMap(r => r.nodes.map(n => n.state))
    expect(states).toEqual(['done', 'current', 'ahead'])
  })

  it('shows an overview (no current step) when current is missing or unknown', () => {
    for (const current of [undefined, 'nope']) {
      const states = layoutArgumentMap(steps, current).flatMap(r => r.nodes.map(n => n.state))
      expect(states).toEqual(['ahead', 'ahead', 'ahead'])
    }
  })

  it('links every argument step to a storyline alias', () => {
    const aliases = new Set<string>(Object.values(storyline))
    for (const step of argumentSteps)
      expect(aliases.has(step.alias)).toBe(true)
  })
})
