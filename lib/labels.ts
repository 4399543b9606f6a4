// Greedy label placement on estimated text boxes: no DOM measurement.
// Each label offers candidate boxes in order of preference; the first one that stays
// inside the bounds and touches neither a placed label nor an obstacle (a marker, a node)
// wins. Text width is estimated from the character count, generously, so a real
// rendering is never wider than its box.

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

export type TextAnchor = 'start' | 'middle' | 'end'

export interface Candidate {
  box: Box
  /** How the text lines align inside the box. */
  anchor: TextAnchor
  /** Draw a leader line from `from` to the box when the box sits away from its point. */
  leader?: boolean
}

export interface LabelRequest {
  id: string
  /** The point the label belongs to: leader lines start here. */
  point: Point
  candidates: Candidate[]
}

export interface Placement {
  id: string
  point: Point
  box: Box
  anchor: TextAnchor
  leader: boolean
  /** Index of the chosen candidate; -1 when every candidate collided (box = least bad). */
  candidate: number
  ok: boolean
}

/** Average glyph width as a share of the font size: generous for Inter (about 0.55). */
export const CHAR_WIDTH_FACTOR = 0.6

export function estimateTextWidth(text: string, fontSize: number, factor = CHAR_WIDTH_FACTOR): number {
  return [...text].length * fontSize * factor
}

/** Size of a block of lines, each `lineHeight` tall. */
export function estimateBlockSize(lines: readonly { text: string, fontSize: number }[], lineHeight: number, factor = CHAR_WIDTH_FACTOR): { width: number, height: number } {
  const width = Math.max(0, ...lines.map(l => estimateTextWidth(l.text, l.fontSize, factor)))
  return { width, height: lines.length * lineHeight }
}

export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.width + pad
    && b.x < a.x + a.width + pad
    && a.y < b.y + b.height + pad
    && b.y < a.y + a.height + pad
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0
    ? w * h
    : 0
}

export function insideBounds(box: Box, bounds: Box): boolean {
  return box.x >= bounds.x
    && box.y >= bounds.y
    && box.x + box.width <= bounds.x + bounds.width
    && box.y + box.height <= bounds.y + bounds.height
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

export interface PlaceOptions {
  bounds: Box
  /** Boxes labels must not cover: markers, nodes, a key. */
  obstacles?: readonly Box[]
  /** Minimum clear space between two labels, and between a label and an obstacle. */
  padding?: number
}

/**
 * Place labels greedily in the order given (put the most constrained first).
 * Obstacles that belong to a label's own point are fine to touch only if the caller
 * leaves them out; normally candidates already clear their own marker.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceOptions): Placement[] {
  const { bounds, obstacles = [], padding = 2 } = options
  const placed: Box[] = []
  const out: Placement[] = []
  for (const req of requests) {
    let chosen = -1
    for (let i = 0; i < req.candidates.length; i++) {
      const box = req.candidates[i]!.box
      if (!insideBounds(box, bounds))
        continue
      if (placed.some(b => boxesOverlap(b, box, padding)))
        continue
      if (obstacles.some(b => boxesOverlap(b, box, padding)))
        continue
      chosen = i
      break
    }
    let fallback = 0
    if (chosen < 0 && req.candidates.length > 0) {
      // Least total overlap, so a failure is at least visible in tests rather than hidden.
      let best = Number.POSITIVE_INFINITY
      req.candidates.forEach((c, i) => {
        const cost = [
          ...placed,
          ...obstacles,
        ].reduce((s, b) => s + overlapArea(b, c.box), 0)
        + (insideBounds(c.box, bounds)
          ? 0
          : 1e6)
        if (cost < best) {
          best = cost
          fallback = i
        }
      })
    }
    const c = req.candidates[chosen >= 0
      ? chosen
      : fallback]
    if (!c)
      throw new Error(`Label "${req.id}" has no candidates`)
    placed.push(c.box)
    out.push({
      id: req.id,
      point: req.point,
      box: c.box,
      anchor: c.anchor,
      leader: c.leader ?? false,
      candidate: chosen,
      ok: chosen >= 0,
    })
  }
  return out
}

/** Pairs of indices whose boxes overlap (with `pad` clear space): empty when all is well. */
export function overlappingPairs(boxes: readonly Box[], pad = 0): [number, number][] {
  const pairs: [number, number][] = []
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (boxesOverlap(boxes[i]!, boxes[j]!, pad))
        pairs.push([i, j])
    }
  }
  return pairs
}

/** Where a leader line from `p` should meet `box`: the nearest point on the box edge. */
export function nearestPointOnBox(p: Point, box: Box): Point {
  return {
    x: Math.min(Math.max(p.x, box.x), box.x + box.width),
    y: Math.min(Math.max(p.y, box.y), box.y + box.height),
  }
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
