import { describe, expect, it } from 'vitest'
import { formatDuration } from './iso-date'

describe('formatDuration', () => {
  it('says durations as people do', () => {
    expect(formatDuration('2021-08-15', '2021-08-26')).toBe('11 days')
    expect(formatDuration('2020-02-29', '2021-08-15')).toBe('18 months')
    expect(formatDuration('2024-03-21', '2024-03-22')).toBe('next day')
    expect(formatDuration('2001-09-11', '2021-08-30')).toBe('20 years')
  })
})
