// How many countries ISIS-K was active in, before and after the US withdrawal: the Global
// Terrorism Index 2025 (Institute for Economics & Peace, on 2024 data) counts five in 2024,
// up from one in 2020 (fact sheet, GTI section). The index counts attacks, not plots.
import type { SourceId } from './sources'

export interface CountryCount {
  /** Calendar year the count covers. */
  year: number
  /** Countries in which the index records ISIS-K activity that year. */
  countries: number
  source: SourceId
}

export const reachCountryCounts = [
  { year: 2020, countries: 1, source: 'gti-2025' },
  { year: 2024, countries: 5, source: 'gti-2025' },
] as const satisfies readonly CountryCount[]
