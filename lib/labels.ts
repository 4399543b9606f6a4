// One label-placement engine for every chart and map (as Observable Plot keeps one dodge
// transform for every mark). Greedy and deterministic: each label offers candidate boxes in
// order of preference (the candidate generators below, or the caller's own), and the first
// one inside the bounds that touches no placed label, no placed leader, no obstacle box and
// no obstacle line wins. Text width comes from the measured font widths (lib/text-width.ts),
// never from the DOM. All numbers are px on the chart's own SVG canvas.
import type { Box, Point, Segment } from './geometry'
import type { Candidate, TextAnchor } from './label-candidates'
import type { TextStyle } from './text-width'
import { boxesOverlap, insideBounds, nearestPointOnBox, overlapArea, segmentHitsBox } from './geometry'
import { measureText } from './text-width'

export * from './geometry'
export * from './label-candidates'

export interface LabelRequest {
  id: string
  /** The point the label belongs to: leader lines start here. */
  point?: Point
  candidates: readonly Candidate[]
}

export interface Placement {
  id: string
  point?: Point
  box: Box
  anchor: TextAnchor
  leader: boolean
  tag?: number
  /** Index of the chosen candidate (the least bad one when `ok` is false). */
  candidate: number
  /** False when every candidate collided: the least-overlapping one is returned so the chart still renders and the tests can name it. */
  ok: boolean
}

export interface PlaceOptions {
  /** Labels must stay inside this box. */
  bounds?: Box
  /** Boxes labels must not cover: markers, nodes, bars, a key, fixed text. */
  obstacles?: readonly Box[]
  /** Lines labels must not cross: arcs and edges (as polylines, see `sampleQuadratic`). */
  lines?: readonly Segment[]
  /** Clear space in px around obstacle boxes and lines. Default 0. */
  padding?: number
  /** Clear space in px between two labels side by side and one above the other. Default: `padding` both ways. */
  labelGap?: { x: number, y: number }
  /**
   * 'given' (default) places labels in request order. 'most-constrained' places next the
   * label with the fewest free spots beside its point (candidates without a leader), so a
   * label with one good spot left gets it before a roomier neighbour takes it; labels with
   * none left go last, in request order. Placements are returned in request order either way.
   */
  order?: 'given' | 'most-constrained'
}

/** Width in px of a block of lines, each measured in its own style; height is lines x `lineHeight`. */
export function measureBlock(lines: readonly ({ text: string } & TextStyle)[], lineHeight: number): { width: number, height: number } {
  const width = Math.max(0, ...lines.map(l => measureText(l.text, l)))
  return { width, height: lines.length * lineHeight }
}

/** The leader of a candidate, from its point to the nearest point of its box; null if none. */
function leaderOf(req: LabelRequest, c: Candidate): Segment | null {
  return c.leader && req.point
    ? {
        a: req.point,
        b: nearestPointOnBox(req.point, c.box),
      }
    : null
}

/**
 * Place labels greedily in the order given (put the most constrained first). A candidate is
 * taken if it lies inside `bounds`, keeps `labelGap` from every placed label, keeps `padding`
 * from every obstacle box and line, stays off every placed leader, and its own leader crosses
 * no placed label. Throws if a request has no candidates.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceOptions = {}): Placement[] {
  const { bounds, obstacles = [], lines = [], padding = 0 } = options
  const gap = options.labelGap ?? { x: padding, y: padding }
  const placed: Box[] = []
  const leaders: Segment[] = []
  const free = (req: LabelRequest, c: Candidate): boolean => {
    const box = c.box
    if (bounds && !insideBounds(box, bounds))
      return false
    if (placed.some(b => boxesOverlap(b, box, gap.x, gap.y)))
      return false
    if (obstacles.some(b => boxesOverlap(b, box, padding, padding)))
      return false
    if (lines.some(s => segmentHitsBox(s, box, padding)))
      return false
    if (leaders.some(s => segmentHitsBox(s, box)))
      return false
    const own = leaderOf(req, c)
    return !own || !placed.some(b => segmentHitsBox(own, b))
  }
  // Least total overlap, so a failure is visible in tests rather than hidden.
  const cost = (c: Candidate): number => [
    ...placed,
    ...obstacles,
  ].reduce((s, b) => s + overlapArea(b, c.box), 0)
  + lines.filter(s => segmentHitsBox(s, c.box)).length
  + (!bounds || insideBounds(c.box, bounds)
    ? 0
    : 1e6)
  for (const req of requests) {
    if (req.candidates.length === 0)
      throw new Error(`Label "${req.id}" has no candidate positions`)
  }
  const results = new Map<number, Placement>()
  const pending = requests.map((_, i) => i)
  const roomBeside = (req: LabelRequest): number => {
    const n = req.candidates.filter(c => !c.leader && free(req, c)).length
    return n === 0
      ? Number.POSITIVE_INFINITY
      : n
  }
  while (pending.length > 0) {
    let k = 0
    if (options.order === 'most-constrained') {
      const room = pending.map(i => roomBeside(requests[i]!))
      k = room.indexOf(Math.min(...room))
    }
    const [at] = pending.splice(k, 1)
    const req = requests[at!]!
    let index = req.candidates.findIndex(c => free(req, c))
    const ok = index >= 0
    if (!ok) {
      const costs = req.candidates.map(cost)
      index = costs.indexOf(Math.min(...costs))
    }
    const c = req.candidates[index]!
    placed.push(c.box)
    const leader = leaderOf(req, c)
    if (leader)
      leaders.push(leader)
    results.set(at!, {
      id: req.id,
      point: req.point,
      box: c.box,
      anchor: c.anchor,
      leader: c.leader ?? false,
      tag: c.tag,
      candidate: index,
      ok,
    })
  }
  return requests.map((_, i) => results.get(i)!)
}

/** Every pair of labels whose boxes overlap (closer than `gapX` side by side): empty when all is well. */
export function overlappingPairs(boxes: readonly { key: string, box: Box }[], gapX = 0): [string, string][] {
  const pairs: [string, string][] = []
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (boxesOverlap(boxes[i]!.box, boxes[j]!.box, gapX))
        pairs.push([boxes[i]!.key, boxes[j]!.key])
    }
  }
  return pairs
}

/**
 * Keys of the labels whose boxes stick out of a `width` x `height` frame at the origin (a
 * chart's SVG, px): empty when every label is drawn whole.
 */
export function outsideFrame(boxes: readonly { key: string, box: Box }[], frame: { width: number, height: number }): string[] {
  const bounds = {
    x: 0,
    y: 0,
    width: frame.width,
    height: frame.height,
  }
  return boxes.filter(b => !insideBounds(b.box, bounds)).map(b => b.key)
}

/** Groups of item indices whose points lie within `distance` of each other (single linkage). */
export function clusterPoints(points: readonly Point[], distance: number): number[][] {
  const parent = points.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i)
      i = parent[i] = parent[parent[i]!]!
    return i
  }
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]!
      const b = points[j]!
      if (Math.hypot(a.x - b.x, a.y - b.y) <= distance)
        parent[find(j)] = find(i)
    }
  }
  const groups = new Map<number, number[]>()
  points.forEach((_, i) => {
    const root = find(i)
    groups.set(root, [
      ...(groups.get(root) ?? []),
      i,
    ])
  })
  return [
    ...groups.values(),
  ]
}
