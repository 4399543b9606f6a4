// The lanes of the timeline, top to bottom: each lane's event labels in rows that grow as
// they need (marker plus text, right of the marker first), placed by the shared label engine.
import type { Box } from '../labels'
import type { TimeScale } from '../time-scale'
import type { EraInput, LaidOutEvent, LaidOutLane, TimelineEventInput, TimelineOptions } from './types'
import { parseIsoDate } from '../iso-date'
import { placeLabels, rowCandidates } from '../labels'
import { measureText } from '../text-width'
import { eraIndexOf } from './eras'

/** Text baseline for a row: vertically centred text sits about 0.35 em below the middle. */
export function baseline(rowTop: number, rowHeight: number, fontSize: number): number {
  return rowTop + rowHeight / 2 + fontSize * 0.35
}

export interface LanesLayout {
  lanes: LaidOutLane[]
  events: LaidOutEvent[]
  /** Bottom of the last lane: where the axis goes. */
  bottom: number
  labelBoxes: { key: string, box: Box }[]
  fits: boolean
}

/** Lanes stacked from `top` down; events in lane order, each lane's oldest first. */
export function layoutLanes(events: readonly TimelineEventInput[], eras: readonly EraInput[], laneNames: readonly string[], x: TimeScale, top: number, bounds: Box, o: TimelineOptions): LanesLayout {
  const lanes: LaidOutLane[] = []
  const laid: LaidOutEvent[] = []
  const labelBoxes: { key: string, box: Box }[] = []
  let fits = true
  laneNames.forEach((name, laneIndex) => {
    const y0 = top
    const rowsTop = y0 + o.lanePadding
    const headerBox = {
      x: 0,
      y: rowsTop,
      width: measureText(name, { fontSize: o.fontSize, weight: 600 }),
      height: o.rowHeight,
    }
    const laneEvents = events
      .filter(e => e.lane === name)
      .toSorted((a, b) => parseIsoDate(a.date) - parseIsoDate(b.date))
    const placed = placeLabels(laneEvents.map(e => ({
      id: `${e.date} ${e.label}`,
      candidates: rowCandidates({
        x: x(e.date),
        textWidth: measureText(e.label, { fontSize: o.fontSize }),
        top: rowsTop,
        rowHeight: o.rowHeight,
        rows: o.maxRowsPerLane,
        markerRadius: o.markerRadius,
        markerGap: o.markerGap,
      }),
    })), {
      obstacles: [headerBox],
      bounds,
      labelGap: { x: 4, y: 0 },
    })
    let rows = 1
    placed.forEach((p, i) => {
      const e = laneEvents[i]!
      fits &&= p.ok
      const row = p.tag ?? 0
      rows = Math.max(rows, row + 1)
      const cx = x(e.date)
      const rowTop = rowsTop + row * o.rowHeight
      laid.push({
        key: p.id,
        date: e.date,
        lane: name,
        laneIndex,
        label: e.label,
        era: eraIndexOf(e.date, eras),
        cx,
        cy: rowTop + o.rowHeight / 2,
        textX: p.anchor === 'start'
          ? cx + o.markerRadius + o.markerGap
          : cx - o.markerRadius - o.markerGap,
        textY: baseline(rowTop, o.rowHeight, o.fontSize),
        anchor: p.anchor === 'end'
          ? 'end'
          : 'start',
        box: p.box,
        row,
      })
      labelBoxes.push({ key: p.id, box: p.box })
    })
    labelBoxes.push({ key: `lane:${name}`, box: headerBox })
    const y1 = rowsTop + rows * o.rowHeight + o.lanePadding
    lanes.push({
      name,
      index: laneIndex,
      y0,
      y1,
      header: {
        x: 0,
        y: baseline(rowsTop, o.rowHeight, o.fontSize),
        box: headerBox,
      },
    })
    top = y1
  })
  return {
    lanes,
    events: laid,
    bottom: top,
    labelBoxes,
    fits,
  }
}
