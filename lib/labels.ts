// One label-placement engine for every chart and map (as Observable Plot keeps one dodge
// transform for every mark). Greedy and deterministic: each label offers candidate boxes in
// order of preference (the candidate generators below, or the caller's own), and the first
// one inside the bounds that touches no placed label, no placed leader, no obstacle box and
// no obstacle line wins. Text width comes from the measured font widths (lib/text-width.ts),
// never from the DOM. All numbers are px on the chart's own SVG canvas.
import type { TextStyle } from './text-width'
import { measureText } from './text-width'

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface Point {
  x: number
  y: number
}

/** A straight piece of a line the labels must not cross (an arc, a leader, a rule). */
export interface Segment {
  a: Point
  b: Point
}

export type TextAnchor = 'start' | 'middle' | 'end'

export interface Candidate {
  /** The label's box, marker included if the marker moves with the label. */
  box: Box
  /** How the text lines align inside the box. */
  anchor: TextAnchor
  /** Draw a leader line from the request's `point` to the box: it must not cross a placed label. */
  leader?: boolean
  /** Free-form tag for the renderer, e.g. a row number. */
  tag?: number
}

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

/**
 * True if the boxes overlap, or come closer than `gapX` side by side or `gapY` one above
 * the other. Touching edges with zero gaps do not overlap.
 */
export function boxesOverlap(a: Box, b: Box, gapX = 0, gapY = 0): boolean {
  return a.x < b.x + b.width + gapX
    && b.x < a.x + a.width + gapX
    && a.y < b.y + b.height + gapY
    && b.y < a.y + a.height + gapY
}

/** Area in px² shared by two boxes. */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0
    ? w * h
    : 0
}

/** True if `box` lies entirely inside `bounds` (to within rounding). */
export function insideBounds(box: Box, bounds: Box): boolean {
  return box.x >= bounds.x - 1e-9
    && box.y >= bounds.y - 1e-9
    && box.x + box.width <= bounds.x + bounds.width + 1e-9
    && box.y + box.height <= bounds.y + bounds.height + 1e-9
}

/** The box grown by `pad` on every side. */
function grow(box: Box, pad: number): Box {
  return {
    x: box.x - pad,
    y: box.y - pad,
    width: box.width + 2 * pad,
    height: box.height + 2 * pad,
  }
}

/**
 * True if the segment passes through the box grown by `pad` (Liang–Barsky clipping).
 * A segment that only touches the box's edge does not count.
 */
export function segmentHitsBox(s: Segment, box: Box, pad = 0): boolean {
  const b = grow(box, pad)
  const dx = s.b.x - s.a.x
  const dy = s.b.y - s.a.y
  let t0 = 0
  let t1 = 1
  const sides: [number, number][] = [
    [-dx, s.a.x - b.x],
    [dx, b.x + b.width - s.a.x],
    [-dy, s.a.y - b.y],
    [dy, b.y + b.height - s.a.y],
  ]
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q <= 0)
        return false
      continue
    }
    const r = q / p
    if (p < 0)
      t0 = Math.max(t0, r)
    else
      t1 = Math.min(t1, r)
    if (t0 >= t1)
      return false
  }
  return true
}

/** The square box around a circle (or any marker of half-size `r`). */
export function markerBox(p: Point, r: number): Box {
  return {
    x: p.x - r,
    y: p.y - r,
    width: 2 * r,
    height: 2 * r,
  }
}

/** Where a leader line from `p` should meet `box`: the nearest point on the box edge. */
export function nearestPointOnBox(p: Point, box: Box): Point {
  return {
    x: Math.min(Math.max(p.x, box.x), box.x + box.width),
    y: Math.min(Math.max(p.y, box.y), box.y + box.height),
  }
}

/** Point at parameter t on a quadratic Bézier curve a → b with control point c. */
export function quadPoint(a: Point, c: Point, b: Point, t: number): Point {
  const u = 1 - t
  return {
    x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
    y: u * u * a.y + 2 * u * t * c.y + t * t * b.y,
  }
}

/** A quadratic Bézier curve as `pieces` straight segments (for `PlaceOptions.lines`). */
export function sampleQuadratic(a: Point, c: Point, b: Point, pieces = 24): Segment[] {
  const out: Segment[] = []
  let prev = a
  for (let i = 1; i <= pieces; i++) {
    const p = quadPoint(a, c, b, i / pieces)
    out.push({ a: prev, b: p })
    prev = p
  }
  return out
}

/**
 * Candidate boxes of `size` around a marker of radius `r` at `p`: right, left, above,
 * below, the four diagonals, then above and below flush left or right with the marker or
 * shifted by a quarter of the label; then the same ring again further out (with a leader).
 */
export function candidatesAround(p: Point, r: number, size: { width: number, height: number }, gap = 4, rings: readonly number[] = [0, 24, 56]): Candidate[] {
  const { width: w, height: h } = size
  const out: Candidate[] = []
  for (const extra of rings) {
    const d = r + gap + extra
    const leader = extra > 0
    const diag = d * Math.SQRT1_2
    // [left x, top y, anchor] of each position, in order of preference.
    const positions: [number, number, TextAnchor][] = [
      [p.x + d, p.y - h / 2, 'start'],
      [p.x - d - w, p.y - h / 2, 'end'],
      [p.x - w / 2, p.y - d - h, 'middle'],
      [p.x - w / 2, p.y + d, 'middle'],
      [p.x + diag, p.y - diag - h, 'start'],
      [p.x - diag - w, p.y - diag - h, 'end'],
      [p.x + diag, p.y + diag, 'start'],
      [p.x - diag - w, p.y + diag, 'end'],
      [p.x - r, p.y + d, 'start'],
      [p.x + r - w, p.y + d, 'end'],
      [p.x - r, p.y - d - h, 'start'],
      [p.x + r - w, p.y - d - h, 'end'],
      [p.x - w / 4, p.y - d - h, 'start'],
      [p.x - (3 * w) / 4, p.y - d - h, 'end'],
      [p.x - w / 4, p.y + d, 'start'],
      [p.x - (3 * w) / 4, p.y + d, 'end'],
    ]
    for (const [x, y, anchor] of positions) {
      out.push({
        box: { x, y, width: w, height: h },
        anchor,
        leader,
      })
    }
  }
  return out
}

/**
 * Candidate boxes for a flush-left or flush-right stack of lines (a name, then detail lines)
 * beside a marker of radius `r` at `p`: right and left with the first line level with the
 * marker, then centred on it, then with the last line level; then under and over the marker,
 * flush with its edge; then the four diagonals. No centred text: a stack's lines align on
 * one edge, so the name stays next to its marker. Rings further out carry a leader.
 */
export function stackCandidates(p: Point, r: number, size: { width: number, height: number }, lineHeight: number, gap = 4, rings: readonly number[] = [0, 14, 30]): Candidate[] {
  const { width: w, height: h } = size
  const out: Candidate[] = []
  for (const extra of rings) {
    const d = r + gap + extra
    const diag = d * Math.SQRT1_2
    const positions: [number, number, TextAnchor][] = [
      [p.x + d, p.y - lineHeight / 2, 'start'],
      [p.x - d - w, p.y - lineHeight / 2, 'end'],
      [p.x + d, p.y - h / 2, 'start'],
      [p.x - d - w, p.y - h / 2, 'end'],
      [p.x + d, p.y + lineHeight / 2 - h, 'start'],
      [p.x - d - w, p.y + lineHeight / 2 - h, 'end'],
      [p.x - r, p.y + d, 'start'],
      [p.x + r - w, p.y + d, 'end'],
      [p.x - r, p.y - d - h, 'start'],
      [p.x + r - w, p.y - d - h, 'end'],
      [p.x + diag, p.y - diag - h, 'start'],
      [p.x - diag - w, p.y - diag - h, 'end'],
      [p.x + diag, p.y + diag, 'start'],
      [p.x - diag - w, p.y + diag, 'end'],
    ]
    for (const [x, y, anchor] of positions) {
      out.push({
        box: { x, y, width: w, height: h },
        anchor,
        leader: extra > 0,
      })
    }
  }
  return out
}

export interface RowCandidateOptions {
  /** x of the marker the label belongs to. */
  x: number
  /** Text width in px (see measureText). */
  textWidth: number
  /** Top y of row 0, and each row's height; rows stack downwards. */
  top: number
  rowHeight: number
  rows: number
  /** Space taken by the marker (a dot of this radius at x) and the gap to the text. */
  markerRadius: number
  markerGap: number
}

/**
 * Candidates for a marker-plus-text label in horizontal rows (a timeline lane):
 * row 0 text right of the marker, row 0 text left of it, row 1 right, row 1 left, ...
 * The box spans marker and text, so markers never sit under another label.
 */
export function rowCandidates(o: RowCandidateOptions): Candidate[] {
  const out: Candidate[] = []
  const width = o.markerRadius * 2 + o.markerGap + o.textWidth
  for (let row = 0; row < o.rows; row++) {
    const y = o.top + row * o.rowHeight
    for (const [x, anchor] of [
      [o.x - o.markerRadius, 'start'],
      [o.x + o.markerRadius - width, 'end'],
    ] as const) {
      out.push({
        box: { x, y, width, height: o.rowHeight },
        anchor,
        tag: row,
      })
    }
  }
  return out
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
