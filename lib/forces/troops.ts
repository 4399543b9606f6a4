// The troop series of the forces chart: reported points joined by straight lines, long gaps
// dashed. No area fill: a shaded area reads as continuous data between sparse reports.
import type { Box } from '../labels'
import type { ForcesScales } from './scales'
import type { ForcesOptions, TroopInput, TroopPoint, TroopSegment } from './types'
import { parseIsoDate } from '../iso-date'

/** x position of a record in ms (UTC): its date, or the middle of its window. */
export function recordTime(r: { date: string, dateEnd?: string }): number {
  return r.dateEnd
    ? (parseIsoDate(r.date) + parseIsoDate(r.dateEnd)) / 2
    : parseIsoDate(r.date)
}

/** Thin boxes sampled along a polyline, for collision checks against labels. */
export function sampleSegments(segments: readonly TroopSegment[], step = 3, thickness = 2): Box[] {
  const out: Box[] = []
  for (const s of segments) {
    const len = Math.hypot(s.x2 - s.x1, s.y2 - s.y1)
    const n = Math.max(1, Math.ceil(len / step))
    for (let i = 0; i <= n; i++) {
      const t = i / n
      out.push({
        x: s.x1 + (s.x2 - s.x1) * t - thickness / 2,
        y: s.y1 + (s.y2 - s.y1) * t - thickness / 2,
        width: thickness,
        height: thickness,
      })
    }
  }
  return out
}

export interface TroopsLayout {
  troopPoints: TroopPoint[]
  troopSegments: TroopSegment[]
  /** Thin boxes along the line and the peak's span: labels must avoid them. */
  dataBoxes: { key: string, box: Box }[]
}

/** Points, joins (dashed after `o.dashAfterDays`) and collision boxes of the troop series. */
export function layoutTroops(troops: readonly TroopInput[], s: Pick<ForcesScales, 'x' | 'yTroops'>, o: ForcesOptions): TroopsLayout {
  const { x, yTroops } = s
  const sorted = troops.toSorted((a, b) => recordTime(a) - recordTime(b))
  const troopPoints: TroopPoint[] = sorted.map(r => ({
    x: x(recordTime(r)),
    y: yTroops(r.value),
    value: r.value,
    date: r.date,
    approximate: !!r.approximate,
    span: r.dateEnd
      ? {
          x0: x(r.date),
          x1: x(r.dateEnd),
        }
      : undefined,
  }))
  const troopSegments: TroopSegment[] = []
  for (let i = 1; i < sorted.length; i++) {
    const a = troopPoints[i - 1]!
    const b = troopPoints[i]!
    const days = (recordTime(sorted[i]!) - recordTime(sorted[i - 1]!)) / 86_400_000
    troopSegments.push({
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      dashed: days > o.dashAfterDays,
    })
  }
  const dataBoxes = sampleSegments(troopSegments).map((box, i) => ({ key: `troops:${i}`, box }))
  for (const p of troopPoints) {
    if (p.span) {
      dataBoxes.push({
        key: `troops:span`,
        box: {
          x: p.span.x0,
          y: p.y - 4,
          width: p.span.x1 - p.span.x0,
          height: 8,
        },
      })
    }
  }
  return {
    troopPoints,
    troopSegments,
    dataBoxes,
  }
}
