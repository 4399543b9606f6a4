// The facts the talk's evidence components draw, one record per slide figure: pages hold the
// argument and pass a record (`<MiniTimeline v-bind="miniTimelines.doha" />`), this file holds
// the facts. Every date, number and quotation comes from a source the slide's source line cites
// (named in each record's `sources`); quotations are registered in data/quotations.ts.
// tests/content.test.ts reads these records as the slide text of the slides that bind them.
import type { ExchangeDiagramProps } from '../components/ExchangeDiagram.types'
import type { LaneInput, LaneMarkerInput } from '../lib/lane-strip'
import type { MiniPointInput } from '../lib/mini-timeline'
import type { RangeInput } from '../lib/range-scale'
import type { SourceId } from './sources'

/** A figure's props (`chart`, bound with v-bind) and the sources of its facts. */
export interface EvidenceRecord<P> {
  chart: P
  /** Sources the slide's source line must cite (tests/content.test.ts). */
  sources: readonly SourceId[]
}

/** Props of <MiniTimeline>. */
export interface MiniTimelineProps {
  title: string
  points: readonly MiniPointInput[]
  intervals?: boolean
}

/** Props of <RangeScale>. */
export interface RangeScaleProps {
  title: string
  max: number
  step: number
  items: readonly RangeInput[]
  width?: number
}

/** Props of <LaneStrip>. */
export interface LaneStripProps {
  title: string
  start: string
  end: string
  lanes: readonly LaneInput[]
  markers?: readonly LaneMarkerInput[]
}

/** One rung of a ranked list in a strategy document (<PriorityLadder>). */
export interface PriorityTier {
  rank: number
  /** Who the strategy names at this rank. */
  threats: string
  /** What the document asks for them: its words in quotation marks, or our paraphrase. */
  role: string
  /** The rung the slide's point is about. */
  focus?: boolean
}

/** Props of <PriorityLadder>. */
export interface PriorityLadderProps {
  title: string
  tiers: readonly PriorityTier[]
}

export const miniTimelines = {
  doha: {
    chart: {
      title: 'From the Doha deal to the Abbey Gate bombing, on a true time scale',
      points: [
        {
          date: '2020-02-29',
          title: 'Doha deal',
          text: 'exit within 14 months',
          meaning: 'us',
        },
        { date: '2021-08-15', title: 'Taliban take Kabul', meaning: 'taliban' },
        { date: '2021-08-26', title: 'Abbey Gate bomb', meaning: 'isisk' },
      ],
    },
    sources: ['reuters-doha-2020', 'un-sg-kabul-2021', 'ap-abbey-gate-2022'],
  },
  kurilla: {
    chart: {
      title: 'Two warnings by Gen. Kurilla, and the Moscow attack the day after the second',
      points: [
        {
          date: '2023-03-16',
          title: '“in under six months”',
          text: 'Senate hearing',
          meaning: 'us',
        },
        {
          date: '2024-03-21',
          title: '“as little as six months”',
          text: 'House hearing',
          meaning: 'us',
        },
        {
          date: '2024-03-22',
          title: 'Crocus City Hall attack',
          text: 'Moscow',
          meaning: 'isisk',
        },
      ],
    },
    sources: ['sasc-kurilla-2023', 'hasc-kurilla-2024', 'tass-crocus-2024'],
  },
} as const satisfies Record<string, EvidenceRecord<MiniTimelineProps>>

export const rangeScales = {
  // One quantity only (ISIS-K strength); the 2021 prison releases are a different count and
  // stand apart on the slide, not on this axis.
  strength2024: {
    chart: {
      title: 'ISIS-K strength in July 2024, as UN member states estimated it',
      max: 6000,
      step: 2000,
      width: 560,
      items: [
        {
          label: 'Some member states',
          low: 4000,
          high: 6000,
          meaning: 'isisk',
        },
        {
          label: 'Other member states',
          low: 2000,
          high: 3500,
          meaning: 'isisk',
        },
      ],
    },
    sources: ['un-mt-34'],
  },
} as const satisfies Record<string, EvidenceRecord<RangeScaleProps>>

export const exchanges = {
  // The essay's recommendation (incentives for Taliban pressure on ISIS-K and shared
  // intelligence); the steps, the scope and what is not on offer are our design.
  recommendation: {
    chart: {
      left: { name: 'United States', meaning: 'us' },
      right: { name: 'Taliban', meaning: 'taliban' },
      scope: 'Channel: ISIS-K only',
      give: 'Incentives in steps, after results, revocable',
      get: 'Pressure on ISIS-K, warnings of its plots',
      excludedLabel: 'Not on offer',
      excluded: [
        'Recognition',
        'Blanket sanctions relief',
        'Money',
        'Targeting support',
        'Weapons',
      ],
    },
    sources: ['nyt-costa-clarke-2024'],
  },
} as const satisfies Record<string, EvidenceRecord<ExchangeDiagramProps>>

export const laneStrips = {
  resilience: {
    chart: {
      title: 'The Islamic State\'s caliphate, its rank as the deadliest terror group, and arrests of recruits in contact with ISIS-K, 2014 to 2023',
      start: '2014',
      end: '2024',
      lanes: [
        {
          label: 'Territory',
          meaning: 'isisk',
          spans: [
            {
              start: '2014-06-29',
              end: '2019-03-23',
              when: 'Jun 2014 to Mar 2019',
              title: 'Caliphate held, then lost at Baghuz',
            },
          ],
        },
        {
          label: 'Deadliest terror group (Global Terrorism Index)',
          meaning: 'isisk',
          spans: [
            {
              start: '2015',
              end: '2024',
              when: '2015 to 2023',
              title: 'Islamic State first, 9 years running',
            },
          ],
        },
        {
          label: 'Recruits in contact with ISIS-K, held in Europe',
          meaning: 'plot',
          points: [
            { date: '2023-07-06' },
            {
              date: '2023-12-23',
              when: 'Jul and Dec 2023',
              title: 'Central Asian cells held',
              text: 'one plotted on Cologne Cathedral',
            },
          ],
        },
      ],
    },
    sources: [
      'memri-5782',
      'afp-baghuz-2019',
      'gti-2024',
      'ap-nrw-arrests-2023',
      'dpa-cologne-2023',
    ],
  },
  exitNotTheSwitch: {
    chart: {
      title: 'ISIS-K plots in Europe before and after the US exit, and US warnings and a CIA judgement after it, 2020 to 2024',
      start: '2020',
      end: '2024-12-31',
      markers: [
        { date: '2021-08-30', label: 'US exit, Aug 2021' },
      ],
      lanes: [
        {
          label: 'ISIS-K plots in Europe',
          meaning: 'plot',
          points: [
            {
              date: '2020-04-15',
              when: 'Apr 2020',
              title: 'Tajik cell held, Germany',
              text: 'targets: US, NATO bases',
            },
            { date: '2023-07-06' },
            {
              date: '2023-12-23',
              when: 'Jul and Dec 2023',
              title: 'Central Asian cells held, Germany',
              text: 'one plotted on Cologne Cathedral',
            },
          ],
        },
        {
          label: 'US intelligence after the exit',
          meaning: 'us',
          points: [
            {
              date: '2024-01',
              when: 'Jan and Mar 2024',
              title: 'Warned Iran and Russia of attacks',
            },
            { date: '2024-03' },
            {
              date: '2024-08-28',
              when: 'Aug 2024, CIA',
              title: '“the dire predictions have not come to pass”',
            },
          ],
        },
      ],
    },
    sources: [
      'ctc-nrw-plot-2020',
      'ap-nrw-arrests-2023',
      'dpa-cologne-2023',
      'reuters-iran-warning-2024',
      'nsc-watson-2024',
      'cia-cohen-2024',
    ],
  },
  talibanWar: {
    chart: {
      title: 'Blows between the Taliban and ISIS-K, and ISIS-K attacks on foreigners in Kabul, 2022 to 2024',
      start: '2022-01',
      end: '2025-01',
      lanes: [
        {
          label: 'The Taliban strike ISIS-K',
          meaning: 'taliban',
          points: [
            { date: '2023-04', when: 'Apr 2023', title: 'Taliban kill the ISIS-K leader behind Abbey Gate' },
          ],
        },
        {
          label: 'ISIS-K strikes the Taliban',
          meaning: 'isisk',
          points: [
            { date: '2023-03', when: 'Mar 2023', title: 'Bomber kills Balkh\'s governor' },
            { date: '2024-12-11', when: '11 Dec 2024', title: 'Bomber kills minister Khalil Haqqani' },
          ],
        },
        {
          label: 'ISIS-K strikes foreigners in Kabul',
          meaning: 'isisk',
          points: [
            { date: '2022-09-05' },
            { date: '2022-12-12', when: 'Sep and Dec 2022', title: 'Russian embassy (6 killed); hotel with Chinese guests (3)' },
          ],
        },
      ],
    },
    sources: [
      'ap-abbey-planner-2023',
      'afp-balkh-2023',
      'ap-haqqani-2024',
      'afghanwitness-haqqani-2024',
      'afp-russian-embassy-2022',
      'straits-times-longan-2022',
    ],
  },
} as const satisfies Record<string, EvidenceRecord<LaneStripProps>>

export const priorityLadders = {
  nds2018: {
    chart: {
      title: 'The 2018 National Defense Strategy\'s ranking of five threats: China and Russia first, North Korea and Iran second, terrorist groups last',
      tiers: [
        { rank: 1, threats: 'China, Russia', role: '“the principal priorities”' },
        { rank: 2, threats: 'North Korea, Iran', role: 'deter and counter' },
        {
          rank: 3,
          threats: 'Terrorist groups',
          role: 'last of the five threats named',
          focus: true,
        },
      ],
    },
    sources: ['dod-nds-2018'],
  },
} as const satisfies Record<string, EvidenceRecord<PriorityLadderProps>>
