// Leader lines from a map marker to its label: the geometry the map layers draw
// (components/chart/LeaderLines.vue). Pure, in canvas px on the 980x552 slide.
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
