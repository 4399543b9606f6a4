import type { GeoConicProjection } from 'd3-geo'
import type { CountRange, Incident, IncidentKind, SharedMarker } from '../data/incidents'
import type { Box, Candidate, LabelRequest, Placement, Point, TextAnchor } from './labels'
import { TYPE } from '../styles/tokens'
// Layout of the attack map: projected markers (area = people killed, low and high of a
// range), incidents of one kind at one city merged into one marker where the data says so,
// markers of different kinds at one city set side by side, and direct labels placed without
// overlaps. Pure, so the tests can check it on the real data.
import { AFTER_ESSAY, essayMark } from './essay-date'
import { formatIncidentDate } from './format'
import { formatIsoDate } from './iso-date'
import { candidatesAround, clusterPoints, markerBox, measureBlock, placeLabels } from './labels'
import { areaRadius, mapFrame, projectPoint } from './projection'

export const LABEL_FONT_SIZE = TYPE.label
export const LABEL_LINE_HEIGHT = 17
/** Half the diagonal of a plot's diamond marker. */
export const PLOT_HALF_SIZE = 9
/** Radius of the deadliest attack: discs read from the back of a room. */
export const ATTACK_MAX_RADIUS = 32
/** Smallest disc drawn, so a one-death attack stays visible (the key says so). */
export const ATTACK_MIN_RADIUS = 5
/** Space between markers set side by side at one city, px (visible past a 2 px stroke). */
export const MARKER_GAP = 8
/** Reference counts of the size key. */
export const SIZE_KEY_COUNTS = [10, 50, 150] as const

export type MapIncident = Pick<Incident, 'id' | 'date' | 'dateEnd' | 'place' | 'short' | 'lat' | 'lon' | 'kind'> & {
  killed: CountRange | null
}

export interface MarkerLayout {
  /** The incident's id; for a merged marker, its incidents' ids joined by "+". */
  id: string
  /** The incidents this marker draws (one, or a shared marker's several). */
  incidentIds: string[]
  kind: IncidentKind
  x: number
  y: number
  /** Radius of the solid disc: the low (or only) count. 0 for plots. */
  rLow: number
  /** Radius of the outer ring: the high count. Equal to rLow when there is no range. */
  rHigh: number
  /** Half-size used for spacing and collisions. */
  half: number
}

export interface LabelLine {
  text: string
  strong: boolean
}

export interface LabelLayout extends Placement {
  /** The group's centre: leader lines start here. */
  point: Point
  lines: LabelLine[]
  incidentIds: string[]
}

export interface AttackMapLayout {
  projection: GeoConicProjection
  markers: MarkerLayout[]
  labels: LabelLayout[]
  key: Box
  bounds: Box
  /** The count the area scale tops out at (largest marker, a merged one's total): the size key uses it. */
  maxCount: number
}

export interface AttackMapOptions {
  width: number
  /** Height of the map area (the caption sits below it). */
  mapHeight: number
  /** Radius of the largest count in the data. */
  maxRadius?: number
  /** Points closer than this (px) share one label stack and are set side by side. */
  clusterDistance?: number
  /** Box the key occupies (labels keep out of it). */
  key?: Box
  /** Incidents drawn as one marker with one label (data/incidents.ts `sharedMarkers`). */
  shared?: readonly SharedMarker[]
}

/** Where the key sits on a map of this height: bottom left, over the Atlantic and North Africa, clear of every label. */
export function attackKeyBox(mapHeight: number): Box {
  return {
    x: 8,
    y: mapHeight - 100,
    width: 270,
    height: 92,
  }
}

/** Radius of a count on the map's area scale (area proportional to the count). */
export function attackRadius(count: number, maxCount: number, maxRadius = ATTACK_MAX_RADIUS): number {
  return Math.max(areaRadius(count, maxCount, maxRadius), count > 0
    ? ATTACK_MIN_RADIUS
    : 0)
}

export function markerHalfSize(kind: IncidentKind, rHigh: number): number {
  return kind === 'plot'
    ? PLOT_HALF_SIZE
    : Math.max(rHigh, ATTACK_MIN_RADIUS)
}

/** The two lines of one incident's label: "Moscow, 22 Mar 2024" / "144–149 killed" (plus "· after the essay" when dated after 2024-03-31). */
export function incidentLabelLines(incident: MapIncident): LabelLine[] {
  return [
    { text: `${incident.place}, ${formatIncidentDate(incident)}`, strong: true },
    { text: incident.short, strong: false },
    // "after the essay" comes from the date (lib/essay-date.ts), so no label can forget it.
    ...(essayMark(incident.date)
      ? [
          { text: AFTER_ESSAY, strong: false },
        ]
      : []),
  ]
}

/** "Sep and Dec 2022", "Dec 2023 and Jan 2024": the months of a shared marker's dates, in order. */
export function formatMonths(dates: readonly string[]): string {
  const months = [
    ...new Set(dates.map(d => d.slice(0, 7))),
  ].sort()
  const sameYear = new Set(months.map(m => m.slice(0, 4))).size === 1
  const names = months.map((m, i) => sameYear && i < months.length - 1
    ? formatIsoDate(m).slice(0, 3)
    : formatIsoDate(m))
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
    : names[0]!
}

/** The two lines of a shared marker's label ("Kabul, Sep and Dec 2022" / "embassy 6, hotel 3 killed"), plus "after the essay" if any incident is dated after 2024-03-31. */
export function sharedLabelLines(shared: SharedMarker, members: readonly MapIncident[]): LabelLine[] {
  return [
    { text: `${shared.place}, ${formatMonths(members.map(m => m.date))}`, strong: true },
    { text: shared.short, strong: false },
    ...(members.some(m => essayMark(m.date))
      ? [
          { text: AFTER_ESSAY, strong: false },
        ]
      : []),
  ]
}

/** One marker's incidents: a shared marker's, or one incident alone. */
interface MarkUnit {
  members: number[]
  shared?: SharedMarker
}

/**
 * The markers to draw: each shared group as one unit, every other incident alone. Throws if a
 * shared group names an unknown incident, an incident twice, or mixes attacks and plots (one
 * marker has one shape).
 */
function markUnits(incidents: readonly MapIncident[], shared: readonly SharedMarker[]): MarkUnit[] {
  const index = new Map(incidents.map((inc, i) => [inc.id, i]))
  const taken = new Set<number>()
  const units: MarkUnit[] = []
  for (const group of shared) {
    const members = group.ids.map((id) => {
      const i = index.get(id)
      if (i === undefined)
        throw new Error(`Shared marker "${group.place}": no incident "${id}"`)
      if (taken.has(i))
        throw new Error(`Incident "${id}" is in two shared markers`)
      taken.add(i)
      return i
    })
    if (new Set(members.map(i => incidents[i]!.kind)).size > 1)
      throw new Error(`Shared marker "${group.place}" mixes attacks and plots`)
    units.push({ members, shared: group })
  }
  incidents.forEach((_, i) => {
    if (!taken.has(i)) {
      units.push({
        members: [i],
      })
    }
  })
  return units
}

export function layoutAttackMap(incidents: readonly MapIncident[], options: AttackMapOptions): AttackMapLayout {
  const { width, mapHeight, maxRadius = ATTACK_MAX_RADIUS, clusterDistance = 22, shared = [] } = options
  const key = options.key ?? {
    x: 8,
    y: mapHeight - 70,
    width: 236,
    height: 64,
  }
  const { bounds, projection } = mapFrame(width, mapHeight)

  const units = markUnits(incidents, shared)
  // A merged disc's area is its incidents' total toll, so the scale tops out at the largest unit.
  const sum = (members: readonly number[], end: 'low' | 'high'): number =>
    members.reduce((s, i) => s + (incidents[i]!.killed?.[end] ?? 0), 0)
  const maxCount = Math.max(1, ...units.map(u => sum(u.members, 'high')))
  // A unit sits at the mean of its incidents' projected points.
  const points: Point[] = units.map((u) => {
    const xy = u.members.map(i => projectPoint(projection, incidents[i]!.lon, incidents[i]!.lat))
    return {
      x: xy.reduce((s, p) => s + p[0], 0) / xy.length,
      y: xy.reduce((s, p) => s + p[1], 0) / xy.length,
    }
  })
  const markers: MarkerLayout[] = units.map((u, k) => {
    const first = incidents[u.members[0]!]!
    const killed = u.members.some(i => incidents[i]!.killed)
    const rLow = killed
      ? attackRadius(sum(u.members, 'low'), maxCount, maxRadius)
      : 0
    const rHigh = killed
      ? attackRadius(sum(u.members, 'high'), maxCount, maxRadius)
      : 0
    const incidentIds = u.members.map(i => incidents[i]!.id)
    return {
      id: incidentIds.join('+'),
      incidentIds,
      kind: first.kind,
      x: points[k]!.x,
      y: points[k]!.y,
      rLow,
      rHigh,
      half: markerHalfSize(first.kind, rHigh),
    }
  })
  const unitDate = (u: MarkUnit): string => incidents[u.members[0]!]!.date

  // Markers at (almost) the same point: set side by side, west to east, centred on the group.
  const groups = clusterPoints(points, clusterDistance)
  for (const group of groups) {
    if (group.length < 2)
      continue
    const members = [...group].sort((a, b) => points[a]!.x - points[b]!.x)
    const cx = members.reduce((s, i) => s + points[i]!.x, 0) / members.length
    const cy = members.reduce((s, i) => s + points[i]!.y, 0) / members.length
    // Clear of the markers' strokes, so a diamond never reads as touching its neighbour's disc.
    const gap = MARKER_GAP
    const total = members.reduce((s, i) => s + 2 * markers[i]!.half, 0) + gap * (members.length - 1)
    let x = cx - total / 2
    for (const i of members) {
      const m = markers[i]!
      m.x = x + m.half
      m.y = cy
      x += 2 * m.half + gap
    }
  }

  // One label (stack) per group, most lines first so the crowded places choose first.
  const requests: (LabelRequest & { point: Point, lines: LabelLine[], incidentIds: string[] })[] = groups
    .map((group) => {
      const members = [...group].sort((a, b) => unitDate(units[a]!).localeCompare(unitDate(units[b]!)))
      const ms = members.map(i => markers[i]!)
      const x0 = Math.min(...ms.map(m => m.x - m.half))
      const x1 = Math.max(...ms.map(m => m.x + m.half))
      const y0 = Math.min(...ms.map(m => m.y - m.half))
      const y1 = Math.max(...ms.map(m => m.y + m.half))
      const point = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }
      const r = Math.max(x1 - x0, y1 - y0) / 2
      const lines = members.flatMap((k) => {
        const u = units[k]!
        return u.shared
          ? sharedLabelLines(u.shared, u.members.map(i => incidents[i]!))
          : incidentLabelLines(incidents[u.members[0]!]!)
      })
      const size = measureBlock(lines.map(l => ({
        text: l.text,
        fontSize: LABEL_FONT_SIZE,
        weight: l.strong ? 600 : 400,
      })), LABEL_LINE_HEIGHT)
      const candidates: Candidate[] = candidatesAround(point, r, size)
      return {
        id: members.map(i => markers[i]!.id).join('+'),
        point,
        candidates,
        lines,
        incidentIds: members.flatMap(i => markers[i]!.incidentIds),
      }
    })
    .sort((a, b) => b.lines.length - a.lines.length || a.point.x - b.point.x)

  const obstacles: Box[] = [
    key,
    ...markers.map(m => markerBox(m, m.half)),
  ]
  const placements = placeLabels(requests, { bounds, obstacles, padding: 3 })
  const labels: LabelLayout[] = placements.map((p, i) => ({
    ...p,
    point: requests[i]!.point,
    lines: requests[i]!.lines,
    incidentIds: requests[i]!.incidentIds,
  }))
  return {
    projection,
    markers,
    labels,
    key,
    bounds,
    maxCount,
  }
}

/** x of a text line inside its box for a given anchor. */
export function textX(box: Box, anchor: TextAnchor): number {
  return anchor === 'start'
    ? box.x
    : anchor === 'end'
      ? box.x + box.width
      : box.x + box.width / 2
}

/** SVG points of a diamond centred on (x, y). */
export function diamondPoints(x: number, y: number, half: number): string {
  return [
    [x, y - half],
    [x + half, y],
    [x, y + half],
    [x - half, y],
  ].map(p => p.join(',')).join(' ')
}
