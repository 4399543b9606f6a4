import type { Meaning } from '../styles/colour-meaning'
// Layout of a range plot on one value axis (components/RangeScale.vue): one row per estimate,
// a bar from low to high (a marker when low = high), its value written beside it. For
// comparing a few uncertain numbers on one honest, zero-based scale. px on the 980x552 canvas.
import type { Box } from './labels'
import { TYPE } from '../styles/tokens'
import { formatNumber } from './iso-date'
import { measureText } from './text-width'
import { linearScale, valueTicks } from './time-scale'

export interface RangeInput {
  /** Row label: "Freed from prisons, Aug 2021". */
  label: string
  low: number
  high: number
  meaning?: Meaning
  /** Drawn hollow: a count not comparable with the others (e.g. including family members). */
  hollow?: boolean
  /** Replaces the written value, e.g. "about 1,800". */
  value?: string
}

export interface RangeRow {
  key: string
  label: string
  labelY: number
  x0: number
  x1: number
  y: number
  point: boolean
  meaning: Meaning
  hollow: boolean
  value: string
  valueX: number
  valueBox: Box
  labelBox: Box
}

export interface RangeScaleLayout {
  width: number
  height: number
  /** Bar height, px. */
  bar: number
  plot: { x0: number, x1: number }
  axisY: number
  ticks: { value: number, x: number, label: string }[]
  rows: RangeRow[]
  textBoxes: { key: string, box: Box }[]
}

export const RANGE_ROW = 68
export const RANGE_BAR = 16

/** "2,000–3,500", or "1,800" when low = high. */
export function rangeText(low: number, high: number): string {
  return low === high
    ? formatNumber(low)
    : `${formatNumber(low)}–${formatNumber(high)}`
}

/**
 * Lays out the rows (label above each bar) over a zero-based axis to `max`, ticks every `step`.
 * `rowHeight` (px, default RANGE_ROW) and `bar` (bar height, px, default RANGE_BAR) let a slide
 * with room to spare grow the chart.
 * Throws if a value is negative or above `max`.
 */
export function layoutRangeScale(items: readonly RangeInput[], options: { width: number, max: number, step: number, rowHeight?: number, bar?: number }): RangeScaleLayout {
  const { width, max, step, rowHeight = RANGE_ROW, bar = RANGE_BAR } = options
  for (const it of items) {
    if (it.low < 0 || it.high > max || it.low > it.high)
      throw new Error(`Range ${it.label} (${it.low}–${it.high}) must lie in 0..${max}, low <= high`)
  }
  const x0 = 8
  const x1 = width - 150
  const x = linearScale([0, max], [x0, x1])
  const textBoxes: { key: string, box: Box }[] = []
  const rows: RangeRow[] = items.map((it, i) => {
    const top = i * rowHeight
    const labelY = top + TYPE.body
    const y = top + TYPE.body + 8 + bar / 2
    const value = it.value ?? rangeText(it.low, it.high)
    const bx1 = x(it.high)
    const valueX = bx1 + (it.low === it.high
      ? 12
      : 8)
    const valueBox = {
      x: valueX,
      y: y - TYPE.body / 2 - 2,
      width: measureText(value, { fontSize: TYPE.body, weight: 600 }),
      height: TYPE.body + 4,
    }
    const labelBox = {
      x: x0,
      y: top,
      width: measureText(it.label, { fontSize: TYPE.body }),
      height: TYPE.body + 4,
    }
    textBoxes.push({ key: `label:${i}`, box: labelBox }, { key: `value:${i}`, box: valueBox })
    return {
      key: `row:${i}`,
      label: it.label,
      labelY,
      x0: x(it.low),
      x1: bx1,
      y,
      point: it.low === it.high,
      meaning: it.meaning ?? 'judgement',
      hollow: !!it.hollow,
      value,
      valueX,
      valueBox,
      labelBox,
    }
  })
  const axisY = items.length * rowHeight + 6
  const ticks = valueTicks(max, step).map(v => ({
    value: v,
    x: x(v),
    label: formatNumber(v),
  }))
  return {
    width,
    bar,
    height: axisY + 26,
    plot: { x0, x1 },
    axisY,
    ticks,
    rows,
    textBoxes,
  }
}
