import { describe, expect, it } from 'vitest'
import { formatIncidentDate, formatKilled } from './format'

describe('incident formatters', () => {
  it('says a date as the table and the map labels do', () => {
    expect(formatIncidentDate({ date: '2024-03-22' })).toBe('22 Mar 2024')
    expect(formatIncidentDate({ date: '2023-12-23', dateEnd: '2023-12-24' })).toBe('23–24 Dec 2023')
  })

  it('writes a toll as one number, a range, or none for a plot', () => {
    expect(formatKilled({ low: 144, high: 149 })).toBe('144–149')
    expect(formatKilled({ low: 6, high: 6 })).toBe('6')
    expect(formatKilled(null)).toBe('none')
  })
})
