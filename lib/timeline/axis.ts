// The timeline's time axis: one linear scale over the whole span (every year the same width,
// so the long war reads as long), and its ticks.
import type { TimeScale } from '../time-scale'
import type { TimelineOptions } from './types'
import { timeScale, yearTicks } from '../time-scale'

/** The linear scale from the options' start and end (ISO dates) onto [x0, x1] px. Throws unless end > start. */
export function timelineScale(o: Pick<TimelineOptions, 'start' | 'end'>, x0: number, x1: number): TimeScale {
  return timeScale(o.start, o.end, [x0, x1])
}

/** A tick on 1 January of every `tickStep`-th year inside the span (years divisible by the step). */
export function timelineTicks(x: TimeScale, o: Pick<TimelineOptions, 'tickStep'>): { year: number, x: number }[] {
  return yearTicks(x.start, x.end, o.tickStep).map(t => ({
    year: t.year,
    x: x(t.t),
  }))
}
