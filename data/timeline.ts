// The war-on-terror timeline, 2001-09-11 to 2024, in three lanes and four eras.
// Every event is in the fact sheet's Timeline section, except the two attacks abroad
// (Kerman, Crocus) from its list of ISIS-K attacks. Labels are short; `detail` says it in full
// (used in the chart's <desc> and the appendix table).
import type { Meaning } from '../styles/colour-meaning'
import type { SourceId } from './sources'

export const lanes = ['US policy', 'ISIS and ISIS-K', 'Afghanistan'] as const
export type Lane = typeof lanes[number]

/** Who acted in a timeline event: an actor with a hue, or `other`. */
export type TimelineActor = Extract<Meaning, 'us' | 'isisk' | 'taliban'> | 'other'

export interface TimelineEvent {
  /** ISO date, YYYY-MM-DD. */
  date: string
  lane: Lane
  /** What the slide shows: about four words at most. */
  label: string
  /** The event in a full sentence fragment, for the <desc> and the appendix. */
  detail: string
  /**
   * Who acted, which sets the dot's colour (one meaning per hue): a lane is a topic, so the
   * Afghanistan lane holds US strikes (blue) beside the Taliban's takeover (green).
   * `other` for an actor the colour map has no hue for (al-Qaeda on 9/11, the SDF at Baghuz):
   * drawn as a hollow ring, so no hue gains a second meaning.
   */
  actor: TimelineActor
  source: SourceId
}

export interface Era {
  id: string
  label: string
  /** First day of the era: the date of the event that opens it. An era includes its start. */
  start: string
  /** First day of the next era (exclusive), or the end of the axis. */
  end: string
  /** The event that opens the era, as a noun phrase ("opened by ..."). */
  marker: string
  source: SourceId
}

/** The axis: from 9/11 to the end of 2024. */
export const timelineSpan = { start: '2001-09-11', end: '2025-01-01' } as const

/**
 * Era boundaries, each opened by a dated event from the fact sheet:
 * - War on terror: from the 9/11 attacks.
 * - Priority shift: from the 2018 National Defense Strategy, which made inter-state strategic
 *   competition, not terrorism, the primary concern. Troop numbers had already fallen from
 *   the 2010-2011 peak (about 100,000) to 8,400 in 2017-03 (see data/troops.ts); this era marks
 *   the shift in priority, not a troop cut: troops rose again, to 13,000 by 2020-01.
 * - Withdrawal: from the US-Taliban agreement in Doha, which set the timetable for leaving.
 * - After the exit: from the day the last US aircraft left Kabul, when the US lost its presence
 *   on the ground. Named for the date, not for a cause: whether the exit let ISIS-K reach
 *   abroad is the essay's claim, which the deck tests rather than builds into the chart.
 */
export const eras = [
  {
    id: 'war-on-terror',
    label: 'War on terror',
    start: '2001-09-11',
    end: '2018-01-19',
    marker: 'the 9/11 attacks',
    source: 'memorial-911',
  },
  {
    id: 'drawdown',
    label: 'Priority shift',
    start: '2018-01-19',
    end: '2020-02-29',
    marker: 'the 2018 National Defense Strategy, which put strategic competition, not terrorism, first',
    source: 'dod-nds-2018',
  },
  {
    id: 'withdrawal',
    label: 'Withdrawal',
    start: '2020-02-29',
    end: '2021-08-30',
    marker: 'the US-Taliban agreement in Doha, which set the timetable for leaving',
    source: 'reuters-doha-2020',
  },
  {
    id: 'isisk-abroad',
    label: 'After the exit',
    start: '2021-08-30',
    end: '2025-01-01',
    marker: 'the departure of the last US aircraft from Kabul',
    source: 'dod-mckenzie-2021',
  },
] as const satisfies readonly Era[]

/** Sorted by date. */
export const timelineEvents = [
  {
    date: '2001-09-11',
    lane: 'US policy',
    label: '9/11 attacks',
    detail: 'al-Qaeda\'s attacks on New York, the Pentagon and Shanksville kill 2,977 people',
    actor: 'other',
    source: 'memorial-911',
  },
  {
    date: '2001-10-07',
    lane: 'Afghanistan',
    label: 'US-UK strikes begin',
    detail: 'US and UK strikes open Operation Enduring Freedom in Afghanistan',
    actor: 'us',
    source: 'ap-oef-2001',
  },
  {
    date: '2014-06-29',
    lane: 'ISIS and ISIS-K',
    label: 'Caliphate declared',
    detail: 'ISIS declares a caliphate',
    actor: 'isisk',
    source: 'memri-5782',
  },
  {
    date: '2015-01-26',
    lane: 'ISIS and ISIS-K',
    label: 'ISIS-K announced',
    detail: 'ISIS announces its Khorasan province, ISIS-K, in Afghanistan and Pakistan',
    actor: 'isisk',
    source: 'jamestown-tm-2015',
  },
  {
    date: '2018-01-19',
    lane: 'US policy',
    label: 'Strategy turns to rivals',
    detail: 'the National Defense Strategy makes strategic competition between states, not terrorism, the primary concern',
    actor: 'us',
    source: 'dod-nds-2018',
  },
  {
    date: '2019-03-23',
    lane: 'ISIS and ISIS-K',
    label: 'Caliphate falls',
    detail: 'the SDF declares the territorial defeat of ISIS at Baghuz, Syria',
    actor: 'other',
    source: 'afp-baghuz-2019',
  },
  {
    date: '2019-10-27',
    lane: 'ISIS and ISIS-K',
    label: 'Baghdadi killed',
    detail: 'ISIS leader Baghdadi is killed in a US raid in Idlib, Syria',
    actor: 'us',
    source: 'ap-baghdadi-2019',
  },
  {
    date: '2020-02-29',
    lane: 'US policy',
    label: 'Doha deal with Taliban',
    detail: 'the US-Taliban agreement in Doha: 8,600 troops within 135 days, full withdrawal within 14 months',
    actor: 'us',
    source: 'reuters-doha-2020',
  },
  {
    date: '2021-08-15',
    lane: 'Afghanistan',
    label: 'Taliban take Kabul',
    detail: 'the Taliban take Kabul',
    actor: 'taliban',
    source: 'un-sg-kabul-2021',
  },
  {
    date: '2021-08-26',
    lane: 'ISIS and ISIS-K',
    label: 'Kabul airport bombing',
    detail: 'an ISIS-K suicide bomber at Abbey Gate, Kabul airport, kills 13 US service members and at least 170 Afghans',
    actor: 'isisk',
    source: 'ap-abbey-gate-2022',
  },
  {
    date: '2021-08-30',
    lane: 'Afghanistan',
    label: 'Last US troops leave',
    detail: 'the last US aircraft leaves Kabul airport; the withdrawal is complete',
    actor: 'us',
    source: 'dod-mckenzie-2021',
  },
  {
    date: '2022-07-31',
    lane: 'Afghanistan',
    label: 'Zawahiri killed in Kabul',
    detail: 'a US strike kills al-Qaeda leader Zawahiri in Kabul',
    actor: 'us',
    source: 'cnn-zawahiri-2022',
  },
  {
    date: '2023-03-16',
    lane: 'US policy',
    label: 'CENTCOM: “under six months”',
    detail: 'Gen. Kurilla, then CENTCOM commander, tells the Senate that ISIS-K could strike US or Western interests abroad “in under six months with little to no warning”',
    actor: 'us',
    source: 'sasc-kurilla-2023',
  },
  {
    date: '2024-01-03',
    lane: 'ISIS and ISIS-K',
    label: 'Kerman bombings',
    detail: 'twin suicide bombings at the Soleimani memorial in Kerman, Iran, claimed by IS, kill 84 to 103 people by official counts of 3 to 6 January 2024',
    actor: 'isisk',
    source: 'ap-kerman-2024',
  },
  {
    date: '2024-03-21',
    lane: 'US policy',
    label: 'CENTCOM: “six months”',
    detail: 'the day before the Moscow attack, Gen. Kurilla, then CENTCOM commander, tells the House that ISIS-K could strike abroad in “as little as six months”',
    actor: 'us',
    source: 'hasc-kurilla-2024',
  },
  {
    date: '2024-03-22',
    lane: 'ISIS and ISIS-K',
    label: 'Moscow concert attack',
    detail: 'gunmen attack Crocus City Hall near Moscow, an attack US officials attribute to ISIS-K; 144 killed by the official count of 30 March 2024, 149 by the 2025 count',
    actor: 'isisk',
    source: 'tass-crocus-2024',
  },
] as const satisfies readonly TimelineEvent[]
