// How ISIS-K's network reaches out from Khorasan (Afghanistan-Pakistan): recruitment,
// plots and attacks, as typed edges between places. Only links the fact sheet supports:
// the Central Asian and Tajik suspects in the German cases, the Cologne plot (with its
// arrests in Vienna), and the Kerman, Istanbul and Moscow attacks. The 2024 Vienna concert
// plot is left out here: its ISIS-K direction was not established.
import type { SourceId } from './sources'

export type ReachKind = 'recruitment' | 'plot' | 'attack'

export interface ReachNode {
  id: string
  /** Place name on the map. */
  label: string
  /** Second line under the name, e.g. the countries a region stands for. */
  sublabel?: string
  /** Approximate position of the place or region (a region's node sits on a representative city). */
  lat: number
  lon: number
  /** The network's home ground, drawn as the hub. */
  hub?: boolean
}

export interface ReachEdge {
  id: string
  from: string
  to: string
  kind: ReachKind
  /** Kind and month, the first half of the label at the destination: "Attack, Mar 2024". */
  label: string
  /** The detail or caveat after the colon: "US attribution". */
  detail: string
  /** One full sentence for the map's text description (screen readers). */
  description: string
  /** ISO date (YYYY-MM or YYYY-MM-DD) of the case the edge stands for. */
  date: string
  source: SourceId
}

export const reachNodes = [
  // Nangarhar, ISIS-K's early base (Jamestown Terrorism Monitor 13:7, 2015).
  {
    id: 'khorasan',
    label: 'Khorasan',
    sublabel: 'Afghanistan–Pakistan',
    lat: 34.2,
    lon: 70.6,
    hub: true,
  },
  // Representative point: Dushanbe, Tajikistan.
  {
    id: 'central-asia',
    label: 'Central Asia',
    sublabel: 'e.g. Tajikistan',
    lat: 38.56,
    lon: 68.79,
  },
  {
    id: 'moscow',
    label: 'Moscow',
    lat: 55.83,
    lon: 37.39,
  },
  {
    id: 'kerman',
    label: 'Kerman',
    lat: 30.28,
    lon: 57.08,
  },
  {
    id: 'istanbul',
    label: 'Istanbul',
    lat: 41.16,
    lon: 29.05,
  },
  // Between the NRW arrests (51.4, 7.5) and Cologne Cathedral (50.94, 6.96).
  {
    id: 'germany',
    label: 'Western Germany',
    lat: 51.2,
    lon: 7.2,
  },
  {
    id: 'vienna',
    label: 'Vienna',
    lat: 48.21,
    lon: 16.42,
  },
] as const satisfies readonly ReachNode[]

export type ReachNodeId = (typeof reachNodes)[number]['id']

export const reachEdges = [
  {
    id: 'recruitment-nrw-2023',
    from: 'khorasan',
    to: 'germany',
    kind: 'recruitment',
    label: 'Recruitment, Jul 2023',
    detail: '9 Central Asians',
    date: '2023-07-06',
    description: '9 Central Asian nationals in contact with ISIS-K were arrested in North Rhine-Westphalia and the Netherlands; no concrete plan yet.',
    source: 'ap-nrw-arrests-2023',
  },
  {
    id: 'recruitment-tajik-cologne-2023',
    from: 'central-asia',
    to: 'germany',
    kind: 'recruitment',
    label: 'Recruitment, Dec 2023',
    detail: 'Tajik suspect',
    date: '2023-12-23',
    description: 'A Tajik suspect in the New Year\'s Eve plot against Cologne Cathedral.',
    source: 'dpa-cologne-2023',
  },
  {
    id: 'plot-cologne-2023',
    from: 'khorasan',
    to: 'germany',
    kind: 'plot',
    label: 'Plot, Dec 2023',
    detail: 'Cologne Cathedral',
    date: '2023-12-23',
    description: 'New Year\'s Eve plot against Cologne Cathedral; ISIS-K suspected.',
    source: 'dpa-cologne-2023',
  },
  {
    id: 'plot-vienna-arrests-2023',
    from: 'khorasan',
    to: 'vienna',
    kind: 'plot',
    label: 'Plot, Dec 2023',
    detail: 'arrests',
    date: '2023-12-23',
    description: 'Arrests in Vienna (and Wesel, Germany) over the Cologne Cathedral plot.',
    source: 'dpa-cologne-2023',
  },
  {
    id: 'attack-kerman-2024',
    from: 'khorasan',
    to: 'kerman',
    kind: 'attack',
    label: 'Attack, Jan 2024',
    detail: 'IS claimed',
    date: '2024-01-03',
    description: 'Twin suicide bombings at the Soleimani memorial in Kerman, Iran; IS claimed.',
    source: 'ap-kerman-2024',
  },
  {
    id: 'attack-istanbul-2024',
    from: 'khorasan',
    to: 'istanbul',
    kind: 'attack',
    label: 'Attack, Jan 2024',
    detail: 'link per analysts',
    date: '2024-01-28',
    description: 'Gunmen attacked Sunday Mass at Santa Maria church, Istanbul; IS claimed; the ISIS-K link comes from analysts, not the claim.',
    source: 'ap-istanbul-2024',
  },
  {
    id: 'attack-moscow-2024',
    from: 'khorasan',
    to: 'moscow',
    kind: 'attack',
    label: 'Attack, Mar 2024',
    detail: 'US attribution',
    date: '2024-03-22',
    description: 'Gunmen attacked Crocus City Hall near Moscow; US officials attribute it to ISIS-K.',
    source: 'tass-crocus-2024',
  },
] as const satisfies readonly (ReachEdge & { from: ReachNodeId, to: ReachNodeId })[]

export const REACH_KIND_LABELS: Record<ReachKind, string> = {
  recruitment: 'Recruitment',
  plot: 'Plot (foiled)',
  attack: 'Attack',
}
