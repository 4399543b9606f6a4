import { describe, expect, it } from 'vitest'
import { incidents } from '../data/incidents'
import { isiskStrength } from '../data/isisk-strength'
import { sinceEssayDates } from '../data/since-essay'
import { latestDate } from '../lib/essay-date'
import { evidenceDate, evidenceDateText } from './evidence-date'

describe('evidenceDate', () => {
  it('serves the latest date of the data and the source check as "Latest event <d Mon yyyy> · sources checked <d Mon yyyy>"', async () => {
    const latest = latestDate([
      ...incidents.map(i => i.date),
      ...isiskStrength.map(e => e.date),
      ...sinceEssayDates,
    ])
    const [year, month] = latest.split('-')
    expect(evidenceDateText()).toMatch(/^Latest event \d{1,2} [A-Z][a-z]{2} \d{4} · sources checked \d{1,2} [A-Z][a-z]{2} \d{4}$/)
    expect(evidenceDateText()).toContain(year)
    expect(Number(month)).toBeGreaterThan(0)
    const plugin = evidenceDate() as unknown as { resolveId: (id: string) => string | undefined, load: (id: string) => string | undefined }
    const id = plugin.resolveId('virtual:evidence-as-of')!
    expect(plugin.resolveId('./other')).toBeUndefined()
    expect(plugin.load(id)).toBe(`export const evidence = ${JSON.stringify(evidenceDateText())}\n`)
  })
})
