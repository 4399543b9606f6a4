// Leader lines from a marker to its label: straight ones the map layers draw
// (components/chart/LeaderLines.vue) and right-angled ones under a mini-timeline's axis.
// Pure, in canvas px on the 980x552 slide.
import type { Box, Point } from './labels'
import { nearestPointOnBox } from './labels'

/** One leader: from just outside the marker(s) to the nearest point of the label box. */
export interface Leader {
  id: string
  start: Point
  end: Point
}

/** A marker a leader must clear: centre and half its drawn size (radius or half side), px. */
export interface MarkerExtent {
  x: number
  y: number
  half: number
}

/** A leader gap of 2 px keeps the line off the marker's stroke. */
export const LEADER_GAP = 2

/**
 * The leader from `point` towards `box`: it ends on the box's nearest edge point and starts
 * `clearance` px out from `point` along the same line, so it never crosses the marker.
 * A point inside the box gives a zero-length direction, treated as length 1 (no NaN).
 */
export function leaderLine(id: string, point: Point, box: Box, clearance: number): Leader {
  const end = nearestPointOnBox(point, box)
  const dx = end.x - point.x
  const dy = end.y - point.y
  const len = Math.hypot(dx, dy) || 1
  return {
    id,
    start: { x: point.x + dx / len * clearance, y: point.y + dy / len * clearance },
    end,
  }
}

/**
 * How far a leader from `point` must start to clear every marker of a cluster: the farthest
 * marker edge from `point`, plus the gap. Throws on an empty cluster (a label with no marker).
 */
export function clusterClearance(point: Point, markers: readonly MarkerExtent[]): number {
  if (markers.length === 0)
    throw new Error('A leader needs at least one marker to clear')
  return Math.max(...markers.map(m => Math.hypot(m.x - point.x, m.y - point.y) + m.half)) + LEADER_GAP
}

/**
 * A leader from a point (x `px`, axis at `axisY`) to its label `box`, as an SVG path of right
 * angles (the mini-timelines): straight down if that crosses no other label; else along a lane
 * right of the labels it would cross, turning in `turnAt` px below the box's top (its first
 * line); else a short step under the axis, then across (never a diagonal over the axis).
 */
export function routeLeader(px: number, axisY: number, box: Box, turnAt: number, others: readonly Box[]): string {
  const y0 = axisY + 10
  const tx = Math.min(Math.max(px, box.x), box.x + box.width)
  const crossed = others.filter(o => tx >= o.x - 2 && tx <= o.x + o.width + 2 && o.y < box.y && o.y + o.height > y0)
  if (crossed.length) {
    const lane = Math.max(box.x + box.width, ...crossed.map(o => o.x + o.width)) + 4
    const turn = box.y + turnAt
    return `M${px},${y0}H${lane}V${turn}H${box.x + box.width + 2}`
  }
  if (Math.abs(tx - px) < 0.5)
    return `M${px},${y0}V${box.y - 2}`
  return `M${px},${y0}V${y0 + 4}H${tx}V${box.y - 2}`
}
