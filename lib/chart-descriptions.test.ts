import { describe, expect, it } from 'vitest'
import { incidents } from '../data/incidents'
import { reachEdges, reachNodes } from '../data/reach'
import { describeAttackMap, describeMiniTimeline, describeRangeScale, describeReachChange, describeReachNetwork } from './chart-descriptions'
import { layoutMiniTimeline } from './mini-timeline'
import { layoutRangeScale } from './range-scale'

describe('describeAttackMap', () => {
  const text = describeAttackMap(incidents)

  it('names every incident, with its count in the opening', () => {
    expect(text).toContain(`${incidents.length} incidents:`)
    for (const i of incidents)
      expect(text, i.id).toContain(i.placeDetail)
  })

  it('says a disputed toll is a range and a plot killed no one', () => {
    expect(text).toMatch(/144–149 killed \(uncertain: a range\)\./)
    expect(text).toMatch(/Plot or arrests \(hollow diamond\): [^.]+\. No one killed\./)
  })
})

describe('describeReachChange', () => {
  it('gives each year its count, singular for one country, and the attacks of the last year', () => {
    const text = describeReachChange([
      { year: 2017, countries: 1 },
      { year: 2024, countries: 7 },
    ], [
      { place: 'Moscow', when: '22 Mar' },
    ])
    expect(text).toContain('2017: 1 country; 2024: 7 countries.')
    expect(text).toContain('outside Afghanistan in 2024: Moscow (22 Mar); these places are not the countries counted.')
  })
})

describe('describeReachNetwork', () => {
  it('names both ends of each link and says its line style as the key draws it', () => {
    const text = describeReachNetwork(reachNodes, reachEdges)
    expect(text).toContain(`with ${reachEdges.length} links:`)
    for (const e of reachEdges) {
      const style = { attack: 'solid', plot: 'dashed', recruitment: 'dotted' }[e.kind]
      expect(text, e.id).toContain(`(${style} line): ${e.description}`)
    }
  })
})

describe('describeMiniTimeline', () => {
  it('reads the points in order, each after the time since the one before', () => {
    const layout = layoutMiniTimeline([
      { date: '2021-08-15', title: 'Taliban take Kabul' },
      { date: '2021-08-26', title: 'Abbey Gate bombing', text: '13 US troops killed' },
    ], 892)
    expect(describeMiniTimeline(layout)).toBe('15 Aug 2021: Taliban take Kabul. 11 days later, 26 Aug 2021: Abbey Gate bombing, 13 US troops killed.')
  })
})

describe('describeRangeScale', () => {
  it('says each value and flags a count that is not comparable', () => {
    const layout = layoutRangeScale([
      {
        label: 'UN, 2024',
        low: 4000,
        high: 6000,
        meaning: 'isisk',
      },
      {
        label: 'With families',
        low: 6000,
        high: 6000,
        value: 'about 6,000',
        meaning: 'isisk',
        hollow: true,
      },
    ], { width: 892, max: 8000, step: 2000 })
    expect(describeRangeScale(layout)).toMatch(/^UN, 2024: [^.]*4,000[^.]*6,000\. With families: about 6,000 \(not comparable\)\.$/)
  })
})
