// US troops in Afghanistan, 2001-2021: the figures the fact sheet gives, each with its source.
// Reported figures only: nothing is interpolated here. The chart joins them with straight
// lines and dashes the joins where no figure was reported for more than two years.
import type { SourceId } from './sources'

export interface TroopLevel {
  /** ISO date at the precision reported; a partial date means the first day of its period. */
  date: string
  /** For a figure reported over a window rather than on a date (the 2010-2011 peak). */
  dateEnd?: string
  value: number
  /** Reported as "about". */
  approximate?: boolean
  note?: string
  source: SourceId
  /** A second outlet reporting the same figure. */
  alsoSource?: SourceId
}

/** Sorted by date. The series ends with the withdrawal: 0 on 2021-08-30. */
export const usTroops = [
  { date: '2001-11', value: 1300, source: 'ap-troops-2014' },
  { date: '2001-12', value: 2500, source: 'ap-troops-2014' },
  { date: '2002-12', value: 9700, source: 'ap-troops-2014' },
  { date: '2003-12', value: 13100, source: 'ap-troops-2014' },
  { date: '2004-04', value: 20300, source: 'ap-troops-2014' },
  { date: '2007-12', value: 25000, source: 'ap-troops-2014' },
  {
    date: '2010-01-01',
    dateEnd: '2011-12-31',
    value: 100000,
    approximate: true,
    note: 'The surge peak is reported as about 100,000 in 2010-2011, with no month: drawn as a span over both years, its point in the middle.',
    source: 'ap-troops-2014',
    alsoSource: 'politico-troops',
  },
  {
    date: '2012-09',
    value: 68000,
    approximate: true,
    source: 'wapo-surge-2012',
  },
  { date: '2017-03', value: 8400, source: 'politico-troops' },
  { date: '2020-01', value: 13000, source: 'ap-doha-2020' },
  { date: '2020-11', value: 4500, source: 'dod-miller-2020' },
  { date: '2021-01-15', value: 2500, source: 'ap-troops-2021' },
  {
    date: '2021-08-30',
    value: 0,
    note: 'Withdrawal complete.',
    source: 'dod-mckenzie-2021',
  },
] as const satisfies readonly TroopLevel[]

export interface ForcesMoment {
  id: string
  /** ISO date; for a window, its start, with dateEnd. */
  date: string
  dateEnd?: string
  /** Short annotation on the chart, one or two lines. */
  lines: readonly string[]
  detail: string
  source: SourceId
}

/** The moments the chart annotates. */
export const forcesMoments = [
  {
    id: 'surge',
    date: '2010-01-01',
    dateEnd: '2011-12-31',
    lines: ['Surge peak, 2010–11:', 'about 100,000'],
    detail: 'the surge peak of about 100,000 US troops in 2010-2011',
    source: 'ap-troops-2014',
  },
  {
    id: 'doha',
    date: '2020-02-29',
    lines: ['US–Taliban deal', 'Doha, 29 Feb 2020'],
    detail: 'the US-Taliban agreement in Doha on 29 February 2020',
    source: 'reuters-doha-2020',
  },
  {
    id: 'withdrawal',
    date: '2021-08-30',
    lines: ['Withdrawal', '30 Aug 2021'],
    detail: 'the end of the withdrawal on 30 August 2021',
    source: 'dod-mckenzie-2021',
  },
] as const satisfies readonly ForcesMoment[]
