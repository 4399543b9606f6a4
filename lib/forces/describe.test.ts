import { describe, expect, it } from 'vitest'
import { isiskProjections, isiskStrength } from '../../data/isisk-strength'
import { forcesMoments, usTroops } from '../../data/troops'
import { describeForces, strengthCaption, strengthLabel } from './describe'

describe('strengthLabel', () => {
  it('writes ranges, single figures and rises differently', () => {
    expect(strengthLabel({
      date: '2021-07',
      low: 500,
      high: 1500,
      kind: 'range',
      assessedBy: '',
      wording: '',
    })).toBe('500–1,500')
    expect(strengthLabel({
      date: '2020-01',
      low: 2500,
      high: 2500,
      kind: 'about',
      assessedBy: '',
      wording: '',
    })).toBe('about 2,500')
    expect(strengthLabel({
      date: '2022-01',
      low: 2200,
      high: 4000,
      kind: 'growth',
      assessedBy: '',
      wording: '',
    })).toBe('2,200, then 4,000')
    expect(strengthLabel({
      date: '2023-07',
      low: 4000,
      high: 6000,
      kind: 'range',
      includesFamily: true,
      assessedBy: '',
      wording: '',
    })).toBe('4,000–6,000*')
  })
})

describe('strengthCaption', () => {
  it('says where family members are counted and where member states disagree', () => {
    expect(strengthCaption(isiskStrength)).toEqual(['* 2023: fighters and family members. 2024: two member-state views.'])
  })

  it('drops notes that do not apply', () => {
    expect(strengthCaption([
      {
        date: '2020-01',
        low: 1,
        high: 2,
        kind: 'range',
        assessedBy: '',
        wording: '',
      },
    ])).toEqual([])
  })
})

describe('describeForces', () => {
  const text = describeForces(usTroops, isiskStrength, isiskProjections, forcesMoments)
  it('states every figure in words, the projection as not drawn', () => {
    expect(text).toContain('about 100,000')
    expect(text).toContain('2010-2011')
    expect(text).toContain('500-1,500')
    expect(text).toContain('up to 10,000 in the medium term; this projection is not drawn')
    expect(text).toContain('fighters and family members')
    expect(text).toContain('30 Aug 2021: 0')
  })
})
