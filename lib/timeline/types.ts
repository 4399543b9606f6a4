// Inputs, options and output shapes of the lane timeline (components/Timeline.vue).
// All positions are SVG px (1 px = 1 canvas px); dates are ISO strings.
import type { Box, TextAnchor } from '../labels'
import type { TimeScale } from '../time-scale'
import { TYPE } from '../../styles/tokens'

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
  fontSize: TYPE.label,
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
  anchor: TextAnchor
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
