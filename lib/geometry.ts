// Plane geometry for chart layout: boxes, points and line segments in px on a chart's SVG
// canvas (y down), with the overlap and crossing tests the label engine and the tests use.

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
