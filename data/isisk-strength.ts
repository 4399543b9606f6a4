// UN estimates of ISIS-K strength in Afghanistan (fact sheet, chart data (a)).
// These are ranges from member states, sometimes including family members, and the
// methods change between reports: never a line through them. The talk lists them on the
// appendix table (pages/16-appendix-forces.md); ForcesChart can still draw them as ranges.
import type { SourceId } from './sources'

export interface StrengthEstimate {
  /** Month of the report (YYYY-MM). */
  date: string
  low: number
  high: number
  /**
   * range: an estimate between low and high;
   * about: a single "about" figure (low = high);
   * growth: a rise over time, from low to high, not an uncertainty band.
   */
  kind: 'range' | 'about' | 'growth'
  /** Whose estimate, as the report attributes it. */
  assessedBy: string
  /** The count includes family members, not only fighters. */
  includesFamily?: boolean
  /** The report's own wording, for notes and tables. */
  wording: string
  /** What a reader must know before comparing it with the other bars. */
  caveat?: string
  source: SourceId
}

/**
 * Sorted by date; two records share 2024-07 (two member-state views). The 2025-12 figure
 * is from after the essay (fact-sheet-since-essay.md, correction 13): a separate estimate,
 * not a point on a trend.
 */
export const isiskStrength = [
  {
    date: '2020-01',
    low: 2500,
    high: 2500,
    kind: 'about',
    assessedBy: 'UN Monitoring Team, 25th report',
    wording: 'about 2,500 fighters',
    source: 'un-mt-25',
  },
  {
    date: '2021-07',
    low: 500,
    high: 1500,
    kind: 'range',
    assessedBy: 'one member state (28th report)',
    wording: '500-1,500',
    source: 'un-mt-28',
  },
  {
    date: '2022-01',
    low: 2200,
    high: 4000,
    kind: 'growth',
    assessedBy: 'UN Secretary-General report',
    wording: 'from about 2,200 to approaching 4,000 after the 2021 prison releases',
    source: 'un-sg-2022',
  },
  {
    date: '2023-07',
    low: 4000,
    high: 6000,
    kind: 'range',
    assessedBy: 'UN Monitoring Team, 32nd report',
    includesFamily: true,
    wording: '4,000-6,000 fighters and family members',
    source: 'un-mt-32',
  },
  {
    date: '2024-07',
    low: 4000,
    high: 6000,
    kind: 'range',
    assessedBy: 'some member states (34th report)',
    wording: '4,000-6,000',
    source: 'un-mt-34',
  },
  {
    date: '2024-07',
    low: 2000,
    high: 3500,
    kind: 'range',
    assessedBy: 'other member states (34th report)',
    wording: '2,000-3,500',
    source: 'un-mt-34',
  },
  {
    date: '2025-12',
    low: 2000,
    high: 2000,
    kind: 'about',
    assessedBy: 'UN 1988 Committee Monitoring Team, 16th report',
    wording: 'about 2,000 fighters; capability degraded',
    caveat: 'Read through press reports of the report; counts fighters only; methods differ from earlier reports',
    source: 'asiaplus-un-mt-2025',
  },
] as const satisfies readonly StrengthEstimate[]

export interface StrengthProjection {
  date: string
  high: number
  horizon: string
  assessedBy: string
  wording: string
  source: SourceId
}

/**
 * Projections are not estimates of strength at the time: marked as projections on the
 * appendix table, never drawn as bars.
 */
export const isiskProjections = [
  {
    date: '2021-07',
    high: 10000,
    horizon: 'medium term',
    assessedBy: 'another member state (28th report)',
    wording: 'up to 10,000 in the medium term',
    source: 'un-mt-28',
  },
] as const satisfies readonly StrengthProjection[]
