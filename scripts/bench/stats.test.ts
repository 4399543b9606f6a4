import { describe, expect, it } from 'vitest'
import { formatBenchTable, median } from './stats'

describe('median', () => {
  it('takes the middle, or the mean of the two middles', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(() => median([])).toThrow()
  })
})

describe('formatBenchTable', () => {
  it('prints ratios and flags missed targets', () => {
    const table = formatBenchTable([
      {
        metric: 'build',
        unit: 's',
        deck: 6,
        floor: 3,
        target: '<= 1.5x',
        met: false,
      },
      {
        metric: 'pdf',
        unit: 'KB/page',
        deck: 40,
        floor: 10,
        target: '<= 150',
        met: true,
      },
    ])
    expect(table).toMatch(/build\s+6\.00 s\s+3\.00 s\s+2\.00x\s+<= 1\.5x\s+NO/)
    expect(table).toMatch(/pdf .*yes/)
  })
})
