// The timeline's time axis: linear, or broken (the long quiet war compressed), and its ticks.
import type { TimeScale } from '../time-scale'
import type { TimelineOptions } from './types'
import { parseIsoDate } from '../iso-date'
import { brokenTimeScale, timeScale, yearTicks } from '../time-scale'

/** The scale over [x0, x1] px, and the x of the break (null for a plain linear axis). */
export function timelineScale(o: TimelineOptions, x0: number, x1: number): { x: TimeScale, breakX: number | null } {
  const x: TimeScale = o.axisBreak
    ? brokenTimeScale(o.start, o.axisBreak.at, o.end, [x0, x1], o.axisBreak.share)
    : timeScale(o.start, o.end, [x0, x1])
  return {
    x,
    breakX: o.axisBreak
      ? x(o.axisBreak.at)
      : null,
  }
}

/** Sparse ticks (every `tickStep` years) on the compressed side, yearly ticks after the break; none within 40 px left of it. */
export function timelineTicks(x: TimeScale, breakX: number | null, o: TimelineOptions): { year: number, x: number }[] {
  const breakT = o.axisBreak
    ? parseIsoDate(o.axisBreak.at)
    : Number.POSITIVE_INFINITY
  return [
    ...yearTicks(x.start, Math.min(x.end, breakT - 1), o.tickStep),
    ...(o.axisBreak
      ? yearTicks(breakT, x.end, 1)
      : []),
  ].map(t => ({
    year: t.year,
    x: x(t.t),
  })).filter(t => breakX === null || t.x >= breakX || breakX - t.x >= 40)
}
