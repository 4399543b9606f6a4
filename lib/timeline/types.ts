// Inputs, options and output shapes of the lane timeline (components/Timeline.vue).
// All positions are SVG px (1 px = 1 canvas px); dates are ISO strings.
import type { Box, Segment, TextAnchor } from '../labels'
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
  /** Years between ticks. */
  tickStep: number
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
  tickStep: 2,
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
  /** The bar under the name across the era's years, as segments (one line at `bracketY`). */
  bracket: Segment[]
  /** The name's own text box (the era's `box` also holds its bracket). */
  textBox: Box
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
}
