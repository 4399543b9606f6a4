// The <desc> text of the maps and small charts: what a screen reader, the reading view
// (/read) and the PDF's alternative text say for each figure. Pure, so it is tested here
// rather than written inside the components (the forces chart and timeline keep theirs
// beside their layouts: describeForces, describeTimeline).
import type { CountRange, Incident } from '../data/incidents'
import type { ReachEdge, ReachNode } from '../data/reach'
import type { MiniTimelineLayout } from './mini-timeline'
import type { RangeScaleLayout } from './range-scale'
import type { CountInput } from './reach-change'
import { AFTER_ESSAY, essayMark } from './essay-date'
import { formatIncidentDate, formatKilled } from './format'

function tollText(killed: CountRange | null): string {
  if (!killed)
    return 'No one killed.'
  return killed.low !== killed.high
    ? `${formatKilled(killed)} killed (uncertain: a range).`
    : `${formatKilled(killed)} killed.`
}

/** AttackMap: every incident with its date (marked when after the essay), place, kind, toll and attribution. */
export function describeAttackMap(incidents: readonly Incident[]): string {
  const items = incidents.map((i) => {
    const kind = i.kind === 'plot'
      ? 'Plot or arrests (hollow diamond)'
      : 'Attack (filled circle)'
    const mark = essayMark(i.date)
      ? ` (${AFTER_ESSAY})`
      : ''
    return `${formatIncidentDate(i)}${mark}, ${i.placeDetail}. ${kind}: ${i.what}. ${tollText(i.killed)} ${i.attribution}.`
  })
  return `Map from Western Europe to Afghanistan, equal-area projection; circle area shows the number killed. ${items.length} incidents: ${items.join(' ')}`
}

/** An attack abroad as ReachMap lists it: place and day, e.g. "Moscow (22 Mar)". */
export interface AbroadAttack { place: string, when: string }

/** ReachMap: the country counts per year, then the deadly attacks abroad in the last year. */
export function describeReachChange(counts: readonly CountInput[], abroad: readonly AbroadAttack[]): string {
  const c = counts.map(r => `${r.year}: ${r.countries} ${r.countries === 1
    ? 'country'
    : 'countries'}`).join('; ')
  const a = abroad.map(r => `${r.place} (${r.when})`).join(', ')
  const lastYear = counts.at(-1)?.year ?? 0
  return `Countries in which ISIS-K was active, Global Terrorism Index 2025: ${c}. Map of its deadly attacks outside Afghanistan in ${lastYear}: ${a}; these places are not the countries counted.`
}

const EDGE_STYLE = { attack: 'solid', plot: 'dashed', recruitment: 'dotted' } as const

/** ReachNetworkMap: each link with its ends, its line style and its description. */
export function describeReachNetwork(nodes: readonly ReachNode[], edges: readonly ReachEdge[]): string {
  const name = (id: string): string => {
    const n = nodes.find(node => node.id === id)
    if (!n)
      return id
    return n.sublabel
      ? `${n.label} (${n.sublabel})`
      : n.label
  }
  const items = edges.map(e => `${e.label}, from ${name(e.from)} to ${name(e.to)} (${EDGE_STYLE[e.kind]} line): ${e.description}`)
  return `Map from Western Europe to Afghanistan with ${edges.length} links: ${items.join(' ')}`
}

/** MiniTimeline: the points in order, each after the time since the one before. */
export function describeMiniTimeline(layout: Pick<MiniTimelineLayout, 'points' | 'intervals'>): string {
  return layout.points.map((p, i) => {
    const gap = layout.intervals[i - 1]
    return `${gap
      ? `${gap.text} later, `
      : ''}${p.dateLabel}: ${p.title}${p.text
      ? `, ${p.text}`
      : ''}.`
  }).join(' ')
}

/** RangeScale: each row's label and value; hollow rows are said to be not comparable. */
export function describeRangeScale(layout: Pick<RangeScaleLayout, 'rows'>): string {
  return layout.rows.map(r => `${r.label}: ${r.value}${r.hollow ? ' (not comparable)' : ''}.`).join(' ')
}
