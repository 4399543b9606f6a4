// Layout of the lane timeline (components/Timeline.vue): pure, so tests can run it on the
// real data and check that no two labels overlap. All numbers are SVG px (1 px = 1 canvas px).
import type { Box, LabelRequest, PlacedLabel } from './label-layout'
import type { TimeScale } from './time-scale'
import { estimateTextWidth, placeLabels, rowCandidates } from './label-layout'
import { brokenTimeScale, formatIsoDate, parseIsoDate, timeScale, yearTicks } from './time-scale'

export interface TimelineEventInput {
  date: string
  lane: string
  label: string
  detail: string
}

export interface EraInput {
  id: string
  label: string
  start: string
  end: string
  marker: string
}

export interface TimelineOptions {
  width: number
  /** Axis span (ISO dates). */
  start: string
  end: string
  fontSize: number
  rowHeight: number
  markerRadius: number
  markerGap: number
  /** Padding inside the plot so markers at the ends are not clipped. */
  plotInset: number
  maxRowsPerLane: number
  eraRows: number
  /** Gap below the era header and inside each lane (top and bottom). */
  lanePadding: number
  axisHeight: number
  tickStep: number
  /**
   * Optional break in the time axis: before `at` the years are compressed into the first
   * `share` of the width, after it they get the rest (yearly ticks there). The chart marks it.
   */
  axisBreak?: { at: string, share: number }
}

export const defaultTimelineOptions: TimelineOptions = {
  width: 892,
  start: '2001-09-11',
  end: '2025-01-01',
  fontSize: 14,
  rowHeight: 20,
  markerRadius: 5,
  markerGap: 5,
  plotInset: 8,
  maxRowsPerLane: 6,
  eraRows: 2,
  lanePadding: 5,
  axisHeight: 30,
  tickStep: 4,
  // 2001-2017 is one long war with few events; 2018-2024 holds most of them.
  axisBreak: { at: '2018-01-01', share: 0.3 },
}

export interface LaidOutEra {
  id: string
  label: string
  index: number
  x0: number
  x1: number
  /** Label text position and its bracket under it. */
  textX: number
  textY: number
  anchor: 'start' | 'middle' | 'end'
  bracketY: number
  box: Box
}

export interface LaidOutLane {
  name: string
  index: number
  y0: number
  y1: number
  header: { x: number, y: number, box: Box }
}

export interface LaidOutEvent {
  key: string
  date: string
  lane: string
  laneIndex: number
  label: string
  era: number
  cx: number
  cy: number
  textX: number
  textY: number
  anchor: 'start' | 'end'
  box: Box
  row: number
}

export interface TimelineLayout {
  width: number
  height: number
  x: TimeScale
  plot: { x0: number, x1: number, y0: number, y1: number }
  eras: LaidOutEra[]
  lanes: LaidOutLane[]
  events: LaidOutEvent[]
  ticks: { year: number, x: number }[]
  axisY: number
  /** False if some label found no free spot (the test fails on it). */
  fits: boolean
  /** Every label box, for overlap checks. */
  labelBoxes: { key: string, box: Box }[]
  /** x of the axis break, or null for a plain linear axis. */
  breakX: number | null
}

/** Index of the era whose [start, end) holds the date, or -1. An era includes its opening event. */
export function eraIndexOf(date: string, eras: readonly { start: string, end: string }[]): number {
  const t = parseIsoDate(date)
  return eras.findIndex(e => parseIsoDate(e.start) <= t && t < parseIsoDate(e.end))
}

/** Text baseline for a row: vertically centred 14px text sits about 0.35 em below the middle. */
function baseline(rowTop: number, rowHeight: number, fontSize: number): number {
  return rowTop + rowHeight / 2 + fontSize * 0.35
}

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
  const x: TimeScale = o.axisBreak
    ? brokenTimeScale(o.start, o.axisBreak.at, o.end, [x0, x1], o.axisBreak.share)
    : timeScale(o.start, o.end, [x0, x1])
  const breakX = o.axisBreak
    ? x(o.axisBreak.at)
    : null
  const bounds = {
    x: 0,
    y: -1e6,
    width: o.width,
    height: 2e6,
  }
  let fits = true
  const labelBoxes: { key: string, box: Box }[] = []

  // Era header: label plus a bracket over the era's span, in up to eraRows rows;
  // row 0 is the one nearest the lanes.
  const eraHeaderHeight = o.eraRows * o.rowHeight
  const eraRequests: LabelRequest[] = eras.map((era) => {
    const ex0 = x(era.start)
    const ex1 = Math.min(x(era.end), x1)
    const w = estimateTextWidth(era.label, o.fontSize)
    const mid = (ex0 + ex1) / 2
    const candidates = []
    for (let row = 0; row < o.eraRows; row++) {
      const y = eraHeaderHeight - (row + 1) * o.rowHeight
      for (const [anchor, tx0] of [
        ['middle', mid - w / 2],
        ['start', ex0],
        ['end', ex1 - w],
      ] as const) {
        // The box spans the text with a margin, and the bracket, which is drawn inset by 3 px,
        // so neighbouring brackets may meet but texts keep apart.
        const bx0 = Math.min(tx0 - 4, ex0 + 3)
        const bx1 = Math.max(tx0 + w + 4, ex1 - 3)
        candidates.push({
          box: {
            x: bx0,
            y,
            width: bx1 - bx0,
            height: o.rowHeight,
          },
          anchor,
          tag: row,
        })
      }
    }
    return { key: era.id, candidates }
  })
  const eraPlaced = placeLabels(eraRequests, { bounds })
  const laidEras: LaidOutEra[] = eras.map((era, index) => {
    const p = eraPlaced[index]!
    fits &&= p.fits
    const ex0 = x(era.start)
    const ex1 = Math.min(x(era.end), x1)
    const textX = p.anchor === 'middle'
      ? (ex0 + ex1) / 2
      : p.anchor === 'start'
        ? ex0
        : ex1
    labelBoxes.push({ key: `era:${era.id}`, box: p.box })
    return {
      id: era.id,
      label: era.label,
      index,
      x0: ex0,
      x1: ex1,
      textX,
      textY: p.box.y + o.fontSize,
      anchor: p.anchor,
      bracketY: p.box.y + o.rowHeight - 2,
      box: p.box,
    }
  })

  // Lanes, top to bottom; each lane's rows grow as its labels need.
  let top = eraHeaderHeight + o.lanePadding
  const laidLanes: LaidOutLane[] = []
  const laidEvents: LaidOutEvent[] = []
  laneNames.forEach((name, laneIndex) => {
    const y0 = top
    const rowsTop = y0 + o.lanePadding
    const headerBox = {
      x: 0,
      y: rowsTop,
      width: estimateTextWidth(name, o.fontSize),
      height: o.rowHeight,
    }
    const laneEvents = events
      .filter(e => e.lane === name)
      .toSorted((a, b) => parseIsoDate(a.date) - parseIsoDate(b.date))
    const requests: LabelRequest[] = laneEvents.map(e => ({
      key: `${e.date} ${e.label}`,
      candidates: rowCandidates({
        x: x(e.date),
        textWidth: estimateTextWidth(e.label, o.fontSize),
        top: rowsTop,
        rowHeight: o.rowHeight,
        rows: o.maxRowsPerLane,
        markerRadius: o.markerRadius,
        markerGap: o.markerGap,
      }),
    }))
    const placed: PlacedLabel[] = placeLabels(requests, {
      obstacles: [headerBox],
      bounds,
      gap: 4,
    })
    let rows = 1
    placed.forEach((p, i) => {
      const e = laneEvents[i]!
      fits &&= p.fits
      const row = p.tag ?? 0
      rows = Math.max(rows, row + 1)
      const cx = x(e.date)
      const rowTop = rowsTop + row * o.rowHeight
      laidEvents.push({
        key: p.key,
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
      labelBoxes.push({ key: p.key, box: p.box })
    })
    labelBoxes.push({ key: `lane:${name}`, box: headerBox })
    const y1 = rowsTop + rows * o.rowHeight + o.lanePadding
    laidLanes.push({
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

  const axisY = top
  // Sparse ticks on the compressed side, yearly ticks after the break.
  const breakT = o.axisBreak
    ? parseIsoDate(o.axisBreak.at)
    : Number.POSITIVE_INFINITY
  const ticks = [
    ...yearTicks(x.start, Math.min(x.end, breakT - 1), o.tickStep),
    ...(o.axisBreak
      ? yearTicks(breakT, x.end, 1)
      : []),
  ].map(t => ({
    year: t.year,
    x: x(t.t),
  })).filter(t => breakX === null || t.x >= breakX || breakX - t.x >= 40)
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
    eras: laidEras,
    lanes: laidLanes,
    events: laidEvents.toSorted((a, b) => parseIsoDate(a.date) - parseIsoDate(b.date) || a.laneIndex - b.laneIndex),
    ticks,
    breakX,
    axisY,
    fits,
    labelBoxes,
  }
}

/** The timeline in words, era by era, for the SVG <desc>. */
export function describeTimeline(
  events: readonly TimelineEventInput[],
  eras: readonly EraInput[],
  laneNames: readonly string[],
  /** Exclusive end of the axis: its last year is named. */
  end = '2025-01-01',
): string {
  const lastYear = new Date(parseIsoDate(end) - 1).getUTCFullYear()
  const sorted = events.toSorted((a, b) => parseIsoDate(a.date) - parseIsoDate(b.date))
  const parts = eras.map((era, i) => {
    const inEra = sorted.filter(e => eraIndexOf(e.date, eras) === i)
    const list = inEra.map(e => `${formatIsoDate(e.date)} (${e.lane}): ${e.detail}`).join('; ')
    return `${era.label}, from ${formatIsoDate(era.start)}, opened by ${era.marker}. ${list
      ? `${list}.`
      : 'No events shown.'}`
  })
  return `Timeline from ${formatIsoDate(eras[0]?.start ?? sorted[0]!.date)} to ${lastYear} in ${laneNames.length} lanes: ${laneNames.join(', ')}. ${parts.join(' ')}`
}
