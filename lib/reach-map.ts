// Layout of the reach map: nodes on the regional projection, curved edges (parallel edges
// between the same places bend apart), and labels for nodes and edges placed without
// overlaps. Pure, so the tests can check it on the real data.
import type { GeoConicProjection } from 'd3-geo'
import type { ReachEdge, ReachKind, ReachNode } from '../data/reach'
import type { Box, LabelRequest, Placement, Point } from './labels'
import { TYPE } from '../styles/tokens'
import { markerBox, placeLabels, quadPoint, sampleQuadratic, stackCandidates } from './labels'
import { mapFrame, projectPoint } from './projection'
import { measureText } from './text-width'

export const REACH_FONT_SIZE = TYPE.label
export const REACH_LINE_HEIGHT = 17
export const NODE_RADIUS = 6
export const HUB_RADIUS = 10

export interface NodeLayout {
  id: string
  label: string
  sublabel?: string
  hub: boolean
  x: number
  y: number
  r: number
}

export interface EdgeLayout {
  id: string
  kind: ReachKind
  from: string
  to: string
  /** Quadratic curve: start, control, end (the end stops short of the node). */
  start: Point
  control: Point
  end: Point
  d: string
}

export interface ReachLine {
  text: string
  strong: boolean
  /** Set on lines that describe an edge: drawn with a swatch of that edge's line style. */
  kind?: ReachKind
  edgeId?: string
}

export interface ReachLabel extends Placement {
  /** The node's centre: leader lines start here. */
  point: Point
  lines: ReachLine[]
}

/** Room for the line-style swatch in front of an edge's label line. */
export const SWATCH_WIDTH = 30

export interface ReachMapLayout {
  projection: GeoConicProjection
  nodes: NodeLayout[]
  edges: EdgeLayout[]
  labels: ReachLabel[]
  bounds: Box
  /** The key's box inside the map, if it sits there; null when it sits below the map. */
  key: Box | null
}

export interface ReachMapOptions {
  width: number
  mapHeight: number
  /** A key drawn inside the map: labels keep out of it. Default: none (the key sits below). */
  key?: Box | null
  /** Base bend of an edge, as a share of its length. */
  curvature?: number
}

/** Bend of the k-th edge between the same two nodes: base, -base, 2 base, -2 base, ... */
export function parallelCurvature(k: number, base: number): number {
  const step = Math.floor(k / 2) + 1
  return (k % 2 === 0
    ? 1
    : -1) * base * step
}

/** Small boxes along an edge, so labels keep off the lines. */
export function edgeSamples(edge: Pick<EdgeLayout, 'start' | 'control' | 'end'>, spacing = 6, half = 1.5): Box[] {
  const len = Math.hypot(edge.end.x - edge.start.x, edge.end.y - edge.start.y)
  if (!(spacing > 0))
    throw new Error('edgeSamples needs spacing > 0')
  const n = Math.max(2, Math.ceil(len / spacing))
  const out: Box[] = []
  for (let i = 0; i <= n; i++) {
    const p = quadPoint(edge.start, edge.control, edge.end, i / n)
    out.push(markerBox(p, half))
  }
  return out
}

export function layoutReachMap(nodes: readonly ReachNode[], edges: readonly ReachEdge[], options: ReachMapOptions): ReachMapLayout {
  const { width, mapHeight, curvature = 0.1 } = options
  const key = options.key ?? null
  const { bounds, projection } = mapFrame(width, mapHeight)

  const nodeLayouts: NodeLayout[] = nodes.map((n) => {
    const [x, y] = projectPoint(projection, n.lon, n.lat)
    return {
      id: n.id,
      label: n.label,
      sublabel: n.sublabel,
      hub: n.hub ?? false,
      x,
      y,
      r: n.hub ? HUB_RADIUS : NODE_RADIUS,
    }
  })
  const byId = new Map(nodeLayouts.map(n => [n.id, n]))

  const seen = new Map<string, number>()
  const edgeLayouts: EdgeLayout[] = edges.map((e) => {
    const a = byId.get(e.from)
    const b = byId.get(e.to)
    if (!a || !b)
      throw new Error(`Edge ${e.id} refers to an unknown node`)
    const pair = `${e.from}>${e.to}`
    const k = seen.get(pair) ?? 0
    seen.set(pair, k + 1)
    const dx = b.x - a.x
    const dy = b.y - a.y
    const len = Math.hypot(dx, dy) || 1
    // Bend to the left of the direction of travel (north for westward edges).
    const bend = parallelCurvature(k, curvature) * len
    const control = { x: (a.x + b.x) / 2 + (dy / len) * bend, y: (a.y + b.y) / 2 - (dx / len) * bend }
    // Start and end on the node rims, along the curve's tangents.
    const t0 = { x: control.x - a.x, y: control.y - a.y }
    const t1 = { x: b.x - control.x, y: b.y - control.y }
    const l0 = Math.hypot(t0.x, t0.y) || 1
    const l1 = Math.hypot(t1.x, t1.y) || 1
    const start = { x: a.x + (t0.x / l0) * (a.r + 2), y: a.y + (t0.y / l0) * (a.r + 2) }
    const end = { x: b.x - (t1.x / l1) * (b.r + 4), y: b.y - (t1.y / l1) * (b.r + 4) }
    const f = (n: number) => n.toFixed(1)
    return {
      id: e.id,
      kind: e.kind,
      from: e.from,
      to: e.to,
      start,
      control,
      end,
      d: `M${f(start.x)},${f(start.y)}Q${f(control.x)},${f(control.y)} ${f(end.x)},${f(end.y)}`,
    }
  })

  // One label stack per node: its name, then one line per incoming edge, each led by a
  // swatch of the edge's line style, so the kind is told by pattern and word, not colour.
  const requests: (LabelRequest & { point: Point, lines: ReachLine[] })[] = [...nodeLayouts]
    .sort((a, b) => Number(b.hub) - Number(a.hub) || a.x - b.x)
    .map((n) => {
      const incoming = edges.filter(e => e.to === n.id)
      const lines: ReachLine[] = [
        { text: n.label, strong: true },
        ...(n.sublabel
          ? [
              { text: n.sublabel, strong: false },
            ]
          : []),
        ...incoming.map(e => ({
          text: `${e.label}: ${e.detail}`,
          strong: false,
          kind: e.kind,
          edgeId: e.id,
        })),
      ]
      const width = Math.max(...lines.map(l => measureText(l.text, {
        fontSize: REACH_FONT_SIZE,
        weight: l.strong ? 600 : 400,
      }) + (l.kind ? SWATCH_WIDTH : 0)))
      const size = { width, height: lines.length * REACH_LINE_HEIGHT }
      return {
        id: n.id,
        point: n,
        candidates: stackCandidates(n, n.r, size, REACH_LINE_HEIGHT, 7, [0, 14, 30, 50]),
        lines,
      }
    })
    .sort((a, b) => b.lines.length - a.lines.length)

  const obstacles: Box[] = [
    ...(key
      ? [key]
      : []),
    ...nodeLayouts.map(n => markerBox(n, n.r)),
  ]
  // The arcs are obstacles as lines, so no label sits across an arc (issue: Vienna's label).
  const lines = edgeLayouts.flatMap(e => sampleQuadratic(e.start, e.control, e.end))
  const placements = placeLabels(requests, {
    bounds,
    obstacles,
    lines,
    // Clear of the arcs by more than a halo, so a label never seems to sit on a route.
    padding: 4,
    order: 'most-constrained',
  })
  const labels: ReachLabel[] = placements.map((p, i) => ({ ...p, point: requests[i]!.point, lines: requests[i]!.lines }))
  return {
    projection,
    nodes: nodeLayouts,
    edges: edgeLayouts,
    labels,
    bounds,
    key,
  }
}
