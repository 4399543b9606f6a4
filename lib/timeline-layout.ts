// Layout of the lane timeline (components/Timeline.vue): pure, so tests can run it on the
// real data and check that no two labels overlap. All numbers are SVG px (1 px = 1 canvas px).
// Parts in lib/timeline/: the axis, the era header, the lanes, and the words.
import type { EraInput, TimelineEventInput, TimelineLayout, TimelineOptions } from './timeline/types'
import { parseIsoDate } from './iso-date'
import { timelineScale, timelineTicks } from './timeline/axis'
import { layoutEras } from './timeline/eras'
import { layoutLanes } from './timeline/lanes'
import { defaultTimelineOptions } from './timeline/types'

export { describeTimeline } from './timeline/describe'
export { eraIndexOf } from './timeline/eras'
export * from './timeline/types'

/** Era header, lanes and axis of the timeline; `fits` is false if some label found no free spot. */
export function layoutTimeline(
  events: readonly TimelineEventInput[],
  eras: readonly EraInput[],
  laneNames: readonly string[],
  partial: Partial<TimelineOptions> = {},
): TimelineLayout {
  const o = {
    ...defaultTimelineOptions,
    ...partial,
  }
  const x0 = o.plotInset
  const x1 = o.width - o.plotInset
  const x = timelineScale(o, x0, x1)
  // Labels may grow down as far as they need; only the sides are fixed.
  const bounds = {
    x: 0,
    y: -1e6,
    width: o.width,
    height: 2e6,
  }
  const eraHeaderHeight = o.eraRows * o.rowHeight
  const header = layoutEras(eras, x, x1, bounds, o)
  const lanes = layoutLanes(events, eras, laneNames, x, eraHeaderHeight + o.lanePadding, bounds, o)
  const axisY = lanes.bottom
  return {
    width: o.width,
    height: axisY + o.axisHeight,
    x,
    plot: {
      x0,
      x1,
      y0: eraHeaderHeight,
      y1: axisY,
    },
    eras: header.eras,
    lanes: lanes.lanes,
    events: lanes.events.toSorted((a, b) => parseIsoDate(a.date) - parseIsoDate(b.date) || a.laneIndex - b.laneIndex),
    ticks: timelineTicks(x, o),
    axisY,
    fits: header.fits && lanes.fits,
    labelBoxes: [
      ...header.eras.map(e => ({ key: `era:${e.id}`, box: e.box })),
      ...lanes.labelBoxes,
    ],
  }
}
