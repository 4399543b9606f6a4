import { describe, expect, it } from 'vitest'
import { eras, lanes, timelineEvents } from '../../data/timeline'
import { describeTimeline } from './describe'

describe('describeTimeline', () => {
  const text = describeTimeline(timelineEvents, eras, lanes)
  it('names every lane, era and event', () => {
    for (const lane of lanes)
      expect(text).toContain(lane)
    for (const era of eras)
      expect(text).toContain(era.label)
    for (const ev of timelineEvents)
      expect(text).toContain(ev.detail)
  })

  it('names the last year of the axis', () => {
    expect(text).toContain('to 2024 in 3 lanes')
    expect(describeTimeline(timelineEvents, eras, lanes, '2023-01-01')).toContain('to 2022 in')
  })

  it('writes dates in words', () => {
    expect(text).toContain('11 Sep 2001')
    expect(text).toContain('29 Feb 2020')
  })
})
