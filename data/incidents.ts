// Attacks, plots and arrests linked to ISIS-K, 2022-2026, for the attack map and the
// appendix table. From fact-sheet.md and fact-sheet-since-essay.md: the Swedish parliament
// plot is in (verified later, dated before the essay); items those sheets list as unverified
// (Dagestan 2024, Tajikistan 2025, Istanbul 2025 arrests) stay out. Where an ISIS-K role is
// not established, `attribution` says so. "After the essay" is derived from `date` where it
// is shown (lib/essay-date.ts), never stored here. US cases (New York 2024, Oklahoma City
// 2024) lie outside the map's frame; the Islamabad mosque bombing of 2026-02-06 (claimed by
// IS, whose Pakistan branch AP named; ISIS-K role not established) is left off.
// Coordinates are approximate (good for a regional map, not a street map).
import type { SourceId } from './sources'

export type IncidentKind = 'attack' | 'plot'

/** A count that may be uncertain: `low === high` when the sources agree on one number. */
export interface CountRange {
  low: number
  high: number
}

export interface Incident {
  id: string
  /** ISO date of the incident (first day if it spans two). */
  date: string
  /** ISO date of the last day, for incidents reported over two days. */
  dateEnd?: string
  /** Short place name used in map labels, e.g. "Moscow". */
  place: string
  /** Fuller place, for the table and the map description. */
  placeDetail: string
  country: string
  lat: number
  lon: number
  kind: IncidentKind
  /** What happened, in a few words. */
  what: string
  /** A very short phrase for the map label's second line. */
  short: string
  /** People killed; `null` for plots where no one was killed. */
  killed: CountRange | null
  injured?: CountRange
  /** Who claimed it or attributed it to ISIS-K, with its caveat. */
  attribution: string
  /** The same, in at most about 28 characters, for the appendix table. */
  link: string
  /** Kept on the record because the source says so: counts revised, link unproven, etc. */
  caveat?: string
  source: SourceId
}

export const incidents = [
  {
    id: 'kabul-russian-embassy-2022',
    date: '2022-09-05',
    place: 'Kabul',
    placeDetail: 'Russian embassy, Kabul',
    country: 'Afghanistan',
    lat: 34.49,
    lon: 69.12,
    kind: 'attack',
    what: 'Suicide bombing at the Russian embassy',
    short: 'Russian embassy, 6 killed',
    killed: { low: 6, high: 6 },
    attribution: 'ISIS-K claimed',
    link: 'ISIS-K claimed',
    source: 'afp-russian-embassy-2022',
  },
  {
    id: 'kabul-longan-hotel-2022',
    date: '2022-12-12',
    place: 'Kabul',
    placeDetail: 'Longan Hotel, Kabul',
    country: 'Afghanistan',
    lat: 34.54,
    lon: 69.17,
    kind: 'attack',
    what: 'Attack on hotel used by Chinese guests',
    short: 'hotel, 3 killed',
    killed: { low: 3, high: 3 },
    injured: { low: 18, high: 18 },
    attribution: 'ISIS-K claimed',
    link: 'ISIS-K claimed',
    caveat: '18 injured, 5 of them Chinese',
    source: 'straits-times-longan-2022',
  },
  {
    id: 'nrw-arrests-2023',
    date: '2023-07-06',
    place: 'NRW, Germany',
    placeDetail: 'North Rhine-Westphalia, Germany, and the Netherlands',
    country: 'Germany; Netherlands',
    lat: 51.4,
    lon: 7.5,
    kind: 'plot',
    what: '9 Central Asians held (Germany, NL)',
    short: '9 arrested, no plan yet',
    killed: null,
    attribution: 'In contact with ISIS-K; no concrete plan yet',
    link: 'In contact; no concrete plan',
    source: 'ap-nrw-arrests-2023',
  },
  {
    id: 'cologne-cathedral-2023',
    date: '2023-12-23',
    dateEnd: '2023-12-24',
    place: 'Cologne',
    placeDetail: 'Cologne Cathedral (New Year\'s Eve target); arrests in Vienna and Wesel',
    country: 'Germany; Austria',
    lat: 50.94,
    lon: 6.96,
    kind: 'plot',
    what: 'Cathedral plot; Tajik suspect',
    short: 'cathedral plot foiled',
    killed: null,
    attribution: 'ISIS-K suspected',
    link: 'ISIS-K suspected',
    source: 'dpa-cologne-2023',
  },
  {
    id: 'kerman-2024',
    date: '2024-01-03',
    place: 'Kerman',
    placeDetail: 'Soleimani memorial, Kerman, Iran',
    country: 'Iran',
    lat: 30.28,
    lon: 57.08,
    kind: 'attack',
    what: 'Twin suicide bombs, Soleimani memorial',
    short: '84–103 killed',
    killed: { low: 84, high: 103 },
    injured: { low: 284, high: 284 },
    attribution: 'IS claimed',
    link: 'IS claimed',
    caveat: '84–103 in official statements, 3–6 Jan 2024; 91 the last count found (6 Jan 2024)',
    source: 'ap-kerman-2024',
  },
  {
    id: 'istanbul-2024',
    date: '2024-01-28',
    place: 'Istanbul',
    placeDetail: 'Santa Maria church, Istanbul, Türkiye',
    country: 'Türkiye',
    lat: 41.16,
    lon: 29.05,
    kind: 'attack',
    what: 'Gunmen attack Sunday Mass',
    short: '1 killed',
    killed: { low: 1, high: 1 },
    attribution: 'IS claimed; ISIS-K link per analysts, not the claim',
    link: 'IS claim; link per analysts',
    source: 'ap-istanbul-2024',
  },
  {
    id: 'riksdag-plot-2024',
    date: '2024-03-19',
    place: 'Stockholm',
    placeDetail: 'Near the Riksdag, Stockholm (target); arrests in Gera, Germany',
    country: 'Sweden; Germany',
    lat: 59.33,
    lon: 18.07,
    kind: 'plot',
    what: 'Riksdag plot; 2 Afghans held in Gera',
    short: 'parliament plot, arrests',
    killed: null,
    attribution: 'Prosecutors: ISIS-K tasked one suspect in mid-2023',
    link: 'ISIS-K tasked, per prosecutors',
    caveat: 'Verified after the first fact sheet; dated before the essay',
    source: 'politico-riksdag-plot-2024',
  },
  {
    id: 'moscow-crocus-2024',
    date: '2024-03-22',
    place: 'Moscow',
    placeDetail: 'Crocus City Hall, Krasnogorsk (Moscow), Russia',
    country: 'Russia',
    lat: 55.83,
    lon: 37.39,
    kind: 'attack',
    what: 'Gunmen attack a concert hall',
    short: '144–149 killed',
    killed: { low: 144, high: 149 },
    injured: { low: 551, high: 609 },
    attribution: 'US officials attribute it to ISIS-K',
    link: 'US officials\' attribution',
    caveat: '144 dead, 551 injured (official, 30 Mar 2024); 149 dead, 609 injured (Investigative Committee, 2025)',
    source: 'tass-crocus-2024',
  },
  {
    id: 'kyrgyzstan-2024',
    date: '2024-06-14',
    place: 'Bishkek',
    placeDetail: 'Bishkek and other regions, Kyrgyzstan',
    country: 'Kyrgyzstan',
    lat: 42.87,
    lon: 74.59,
    kind: 'plot',
    what: '15 held for promoting IS',
    short: '15 held',
    killed: null,
    attribution: 'Kyrgyz security service: a leader took orders from an IS member in Afghanistan',
    link: 'Orders from Afghanistan, per police',
    source: 'rferl-kyrgyz-iskp-2024',
  },
  {
    id: 'vienna-concert-2024',
    date: '2024-08-07',
    place: 'Vienna',
    placeDetail: 'Vienna, Austria (Taylor Swift concerts)',
    country: 'Austria',
    lat: 48.21,
    lon: 16.42,
    kind: 'plot',
    what: 'Concert plot foiled on a US tip',
    short: 'plot; role unproven',
    killed: null,
    attribution: 'IS-inspired; ISIS-K role not established',
    link: 'IS-inspired; role unproven',
    source: 'ap-vienna-2024',
  },
  {
    id: 'moscow-fsb-2024',
    date: '2024-12-27',
    place: 'Moscow',
    placeDetail: 'Moscow (site not disclosed), Russia',
    country: 'Russia',
    lat: 55.75,
    lon: 37.62,
    kind: 'plot',
    what: 'FSB: car-bomb plot on police office',
    short: 'FSB: plot stopped',
    killed: null,
    attribution: 'FSB called the 2 men it killed ISIS-K members; single-agency claim',
    link: 'FSB claim only',
    caveat: 'The two suspects were killed; no one else',
    source: 'mt-fsb-moscow-2024',
  },

] as const satisfies readonly Incident[]

export type IncidentId = (typeof incidents)[number]['id']

/**
 * Incidents of one kind at one city, drawn on the attack map as ONE marker with one two-line
 * label: side by side, two 5 px discs or two diamonds read as two places from the back of a
 * room. A merged disc's area is the sum of the tolls; `short` gives each toll, so the split
 * stays on the slide (and every incident stays in the map's description and the appendix).
 */
export interface SharedMarker {
  ids: readonly IncidentId[]
  /** The place line, before the dates: "Kabul". */
  place: string
  /** The second line, every incident in a few words: "embassy 6, hotel 3 killed". */
  short: string
}

export const sharedMarkers = [
  {
    ids: ['kabul-russian-embassy-2022', 'kabul-longan-hotel-2022'],
    place: 'Kabul',
    short: 'embassy 6, hotel 3 killed',
  },
  {
    // The Cologne cathedral plot was foiled inside North Rhine-Westphalia, where the July cell was held.
    ids: ['nrw-arrests-2023', 'cologne-cathedral-2023'],
    place: 'NRW, Germany',
    short: '9 held; Cologne plot foiled',
  },
] as const satisfies readonly SharedMarker[]
