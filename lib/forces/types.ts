// Inputs, options and output shapes of the forces chart (components/ForcesChart.vue).
// All positions are px on the chart's SVG canvas; dates are ISO strings.
import type { Box, TextAnchor } from '../labels'
import type { LinearScale, TimeScale } from '../time-scale'
import { TYPE } from '../../styles/tokens'

export interface TroopInput {
  date: string
  dateEnd?: string
  value: number
  approximate?: boolean
}

export interface StrengthInput {
  date: string
  low: number
  high: number
  kind: 'range' | 'about' | 'growth'
  includesFamily?: boolean
  assessedBy: string
  wording: string
  /** Set on an estimate that must not be compared without its caveat (e.g. the 2025 UN figure). */
  caveat?: string
}

export interface ProjectionInput {
  date: string
  high: number
  horizon: string
  assessedBy: string
}

export interface MomentInput {
  id: string
  date: string
  dateEnd?: string
  lines: readonly string[]
  detail: string
}

export interface ForcesOptions {
  width: number
  start: string
  end: string
  left: number
  right: number
  fontSize: number
  captionSize: number
  lineHeight: number
  top: { y0: number, y1: number, max: number, step: number }
  bottom: { y0: number, y1: number, max: number, step: number }
  axisHeight: number
  tickStep: number
  /** Joins between reported figures more than this many days apart are dashed. */
  dashAfterDays: number
  barWidth: number
  /** Horizontal offset between two estimates of the same month. */
  pairOffset: number
  /** The ISIS-K panel has its own, zoomed time axis from this date to `end`. */
  zoomStart: string
  /** Draw the ISIS-K panel; false leaves the troop panel alone (slide 7 since session 4). */
  isisk: boolean
}

export const defaultForcesOptions: ForcesOptions = {
  width: 892,
  start: '2001-01-01',
  // To mid-2026, so the UN's December 2025 estimate (after the essay) has its own bar.
  end: '2026-07-01',
  left: 62,
  // Room right of the axis end for the labels of the latest estimates and the withdrawal.
  right: 100,
  fontSize: TYPE.label,
  captionSize: TYPE.label,
  lineHeight: 17,
  // Room above the top panel for the Doha and withdrawal labels, so no text crosses a line.
  top: {
    y0: 40,
    y1: 132,
    max: 115_000,
    step: 25_000,
  },
  bottom: {
    y0: 196,
    y1: 276,
    max: 8_000,
    step: 2_000,
  },
  axisHeight: 24,
  tickStep: 2,
  dashAfterDays: 730,
  // Wide enough to read from the back of a room.
  barWidth: 14,
  pairOffset: 9,
  zoomStart: '2018-10-01',
  isisk: true,
}

/**
 * The troop panel alone, the talk's version (the ISIS-K estimates are on the appendix table and
 * the jailbreak slide): a taller panel and an axis that ends just after the withdrawal, so the
 * line's fall to zero takes the width.
 */
export const troopsOnlyForcesOptions: Partial<ForcesOptions> = {
  isisk: false,
  end: '2022-07-01',
  left: 84,
  right: 120,
  fontSize: TYPE.body,
  lineHeight: 22,
  top: {
    y0: 52,
    y1: 316,
    max: 110_000,
    step: 25_000,
  },
}

export interface TextBlock {
  key: string
  lines: string[]
  x: number
  /** Baseline of the first line. */
  y: number
  anchor: TextAnchor
  box: Box
  size: number
  emphasis?: boolean
}

export interface TroopPoint { x: number, y: number, value: number, date: string, approximate: boolean, span?: { x0: number, x1: number } }
export interface TroopSegment { x1: number, y1: number, x2: number, y2: number, dashed: boolean }

export interface StrengthMark {
  key: string
  date: string
  kind: StrengthInput['kind']
  x: number
  yLow: number
  yHigh: number
  box: Box
  label: TextBlock
  includesFamily: boolean
}

export interface MomentMark {
  id: string
  x: number
  /** x of a line moment on the zoomed ISIS-K axis. */
  xZoom?: number
  /** For a window: its span. */
  x0?: number
  x1?: number
  y?: number
  label: TextBlock
}

export interface ForcesLayout {
  width: number
  height: number
  x: TimeScale
  /** The ISIS-K panel's zoomed time axis. */
  xZoom: TimeScale
  yTroops: LinearScale
  yStrength: LinearScale
  plot: { x0: number, x1: number }
  panels: { top: { y0: number, y1: number }, bottom: { y0: number, y1: number } }
  xTicks: { year: number, x: number, labelled: boolean }[]
  zoomTicks: { year: number, x: number, labelled: boolean }[]
  /** Baseline of the top panel, where its year labels hang. */
  topAxisY: number
  /** Two guides from the top axis's zoomed stretch to the ISIS-K panel's ends. */
  zoomGuides: { x1: number, y1: number, x2: number, y2: number }[]
  troopTicks: { value: number, y: number, label: string }[]
  strengthTicks: { value: number, y: number, label: string }[]
  troopPoints: TroopPoint[]
  troopSegments: TroopSegment[]
  /** The last reported figure's value label (the troops-only chart), clear of the line. */
  endLabel?: TextBlock
  /** Whether the ISIS-K panel is drawn. */
  isisk: boolean
  strength: StrengthMark[]
  moments: MomentMark[]
  titles: TextBlock[]
  captions: TextBlock[]
  axisY: number
  fits: boolean
  /** Every text box, for overlap tests. */
  textBoxes: { key: string, box: Box }[]
  /** Thin boxes along the troop line, the bars and the moment lines: labels must avoid them. */
  dataBoxes: { key: string, box: Box }[]
}
