import { describe, expect, it } from 'vitest'
import { incidents } from '../data/incidents'
import { isiskStrength } from '../data/isisk-strength'
import { sinceEssayDates } from '../data/since-essay'
import { SOURCES_CHECKED } from '../data/sources'
import { evidenceAsOf } from '../lib/essay-date'
import { evidenceDate, evidenceDateText } from './evidence-date'

describe('evidenceDate', () => {
  it('says the latest date of the incidents, the strength estimates and the since-the-essay items, and the source check', () => {
    const all = [
      ...incidents.map(i => i.date),
      ...isiskStrength.map(e => e.date),
      ...sinceEssayDates,
    ]
    expect(evidenceDateText()).toBe(evidenceAsOf(all, SOURCES_CHECKED))
    expect(evidenceDateText()).toMatch(/^Latest event \d{1,2} [A-Z][a-z]{2} \d{4} · sources checked \d{1,2} [A-Z][a-z]{2} \d{4}$/)
  })

  it('serves it as the virtual module slides.md imports, and nothing else', () => {
    const plugin = evidenceDate() as unknown as { resolveId: (id: string) => string | undefined, load: (id: string) => string | undefined }
    const id = plugin.resolveId('virtual:evidence-as-of')!
    expect(plugin.resolveId('./other')).toBeUndefined()
    expect(plugin.load('./other')).toBeUndefined()
    expect(plugin.load(id)).toBe(`export const evidence = ${JSON.stringify(evidenceDateText())}\n`)
  })
})
