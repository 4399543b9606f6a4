import { describe, expect, it } from 'vitest'
import { eras, timelineSpan } from '../../data/timeline'
import { overlappingPairs, segmentHitsBox } from '../labels'
import { timelineScale } from './axis'
import { eraIndexOf, layoutEras } from './eras'
import { defaultTimelineOptions } from './types'

describe('eraIndexOf', () => {
  const e = [
    { start: '2001-09-11', end: '2018-01-19' },
    { start: '2018-01-19', end: '2020-02-29' },
  ]
  it('includes the opening date and excludes the end', () => {
    expect(eraIndexOf('2001-09-11', e)).toBe(0)
    expect(eraIndexOf('2018-01-19', e)).toBe(1)
    expect(eraIndexOf('2020-02-29', e)).toBe(-1)
    expect(eraIndexOf('1999-01-01', e)).toBe(-1)
  })
})

describe('layoutEras on the real eras', () => {
  const o = { ...defaultTimelineOptions, start: timelineSpan.start, end: timelineSpan.end }
  const x = timelineScale(o, 8, o.width - 8)
  const header = layoutEras(eras, x, o.width - 8, {
    x: 0,
    y: -1e6,
    width: o.width,
    height: 2e6,
  }, o)
  it('sets every era name in the header without overlaps', () => {
    expect(header.fits).toBe(true)
    expect(overlappingPairs(header.eras.map(e => ({ key: e.id, box: e.box })))).toEqual([])
    for (const e of header.eras) {
      expect(e.box.y).toBeGreaterThanOrEqual(0)
      expect(e.box.y + e.box.height).toBeLessThanOrEqual(o.eraRows * o.rowHeight)
    }
  })

  // 2 px: the bar's own 1 px half-width plus 1 px of air, so a bar never touches a letter.
  it('draws no bracket through or against an era name (its own or a neighbour\'s)', () => {
    const hits = header.eras.flatMap(name => header.eras
      .filter(br => br.bracket.some(s => segmentHitsBox(s, name.textBox, 2)))
      .map(br => `bracket of ${br.id} / name ${name.id}`))
    expect(hits).toEqual([])
  })
})
