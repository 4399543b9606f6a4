// Layout of a lane strip: a few actors' lanes on one true time axis (d3-scale's scaleUtc),
// each with spans and dated points, labels set under the marks and stacked in rows so no two
// overlap, and vertical markers (the US exit, the essay) across all lanes. Pure: no DOM.
import type { Meaning } from '../styles/colour-meaning'
import { scaleUtc } from 'd3-scale'
import { TYPE } from '../styles/tokens'
import { isAfterEssay } from './essay-date'
import { measureText } from './text-width'

/** Who a lane's marks belong to: a hue from styles/colour-meaning.ts, or `other` (context grey marks, ink names). */
export type LaneMeaning = Extract<Meaning, 'us' | 'isisk' | 'taliban' | 'plot'> | 'other'

/** A dated point. Only points with a `title` get a label; the rest are bare dots. */
export interface LanePointInput {
  /** ISO date: YYYY, YYYY-MM or YYYY-MM-DD (a month or year is drawn at its first day). */
  date: string
  /** The date as the audience reads it ("Mar 2023"). */
  when?: string
  title?: string
  text?: string
}

/** A period drawn as a thick bar, labelled like a point at its start or end. */
export interface LaneSpanInput {
  start: string
  end: string
  when?: string
  title?: string
  text?: string
  /** Where the label sits. Default 'end'. */
  labelAt?: 'start' | 'end'
}

export interface LaneInput {
  /** Lane name, set above its marks. */
  label: string
  meaning: LaneMeaning
  points?: readonly LanePointInput[]
  spans?: readonly LaneSpanInput[]
}

export interface LaneMarkerInput {
  date: string
  label: string
}

export interface LaneStripOptions {
  start: string
  end: string
  /** Width in canvas px. Default 892 (the body width). */
  width?: number
}

/** One label line: its text, y offset from the block top and class (when, title or text). */
export interface LabelLine {
  text: string
  kind: 'when' | 'title' | 'text'
  dy: number
}

export interface LaidOutLabel {
  x: number
  y: number
  anchor: 'start' | 'end'
  lines: LabelLine[]
  /** Box in canvas px, for overlap checks. */
  box: { x0: number, x1: number, y0: number, y1: number }
  /** A thin stem from the mark down to the label when the label sits on a lower row. */
  stem: { x: number, y0: number, y1: number } | null
}

export interface LaidOutLane {
  label: string
  meaning: LaneMeaning
  /** Lane name baseline. */
  labelY: number
  /** y of the marks. */
  markY: number
  /** Top and bottom of the lane, for its rule. */
  y0: number
  y1: number
  points: { key: string, x: number }[]
  spans: { key: string, x0: number, x1: number }[]
  labels: LaidOutLabel[]
}

export interface LaneStripLayout {
  width: number
  height: number
  axisY: number
  lanes: LaidOutLane[]
  ticks: { x: number, label: string }[]
  markers: { x: number, label: string, anchor: 'start' | 'end' | 'middle', y0: number, y1: number }[]
}

/** Line heights of a label block, px. */
export const LANE_LINE = { when: 18, title: 22, text: 22 } as const
const LANE_HEAD = 22
const MARK_GAP = 14
const ROW_GAP = 6
const LANE_PAD = 10
const MARKER_HEAD = 24
const INSET = 10

/** Parses YYYY, YYYY-MM or YYYY-MM-DD as a UTC date; throws on anything else. */
export function parseLaneDate(iso: string): Date {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso)
  if (!m)
    throw new Error(`Not an ISO date: "${iso}"`)
  return new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)))
}

/** Marks a label's date line when the fact it dates came after the essay (31 Mar 2024). */
export const AFTER_ESSAY_SUFFIX = ' · after the essay'

function labelLines(l: { when?: string, title?: string, text?: string }, date?: string): LabelLine[] {
  const out: LabelLine[] = []
  let y = 0
  if (l.when) {
    y += LANE_LINE.when
    const after = date !== undefined && isAfterEssay(date)
    out.push({
      text: after
        ? `${l.when}${AFTER_ESSAY_SUFFIX}`
        : l.when,
      kind: 'when',
      dy: y,
    })
  }
  if (l.title) {
    y += LANE_LINE.title
    out.push({ text: l.title, kind: 'title', dy: y })
  }
  if (l.text) {
    y += LANE_LINE.text
    out.push({ text: l.text, kind: 'text', dy: y })
  }
  return out
}

function lineWidth(line: LabelLine): number {
  return line.kind === 'when'
    ? measureText(line.text, { fontSize: TYPE.label, weight: 600 })
    : measureText(line.text, {
        fontSize: TYPE.body,
        weight: line.kind === 'title'
          ? 600
          : 400,
      })
}

/**
 * Lays out the lanes top to bottom, then the time axis. A label starts at its mark and runs
 * right, unless that would cross the right edge, when it ends at the mark. A label that would
 * overlap an earlier one in its lane drops to a new row, with a stem up to its mark.
 * Throws when a date falls outside [start, end] or a label is wider than the strip.
 */
export function layoutLaneStrip(lanes: readonly LaneInput[], markers: readonly LaneMarkerInput[], opts: LaneStripOptions): LaneStripLayout {
  const width = opts.width ?? 892
  const t0 = parseLaneDate(opts.start)
  const t1 = parseLaneDate(opts.end)
  const x = scaleUtc().domain([t0, t1]).range([INSET, width - INSET])
  const xOf = (iso: string) => {
    const d = parseLaneDate(iso)
    if (d < t0 || d > t1)
      throw new Error(`${iso} is outside the strip's span ${opts.start} to ${opts.end}`)
    return x(d)
  }

  const markerXs = markers.map(m => xOf(m.date))
  let y = markers.length
    ? MARKER_HEAD
    : 0
  const laid: LaidOutLane[] = []
  for (const lane of lanes) {
    const y0 = y
    const labelY = y0 + LANE_HEAD - 6
    const markY = y0 + LANE_HEAD + MARK_GAP
    const points = (lane.points ?? []).map(p => ({
      key: `${lane.label} ${p.date}`,
      x: xOf(p.date),
      input: p,
    }))
    const spans = (lane.spans ?? []).map(s => ({
      key: `${lane.label} ${s.start}`,
      x0: xOf(s.start),
      x1: xOf(s.end),
      input: s,
    }))
    const anchored = [
      ...points.filter(p => p.input.title).map(p => ({ at: p.x, input: p.input as { when?: string, title?: string, text?: string }, date: p.input.date })),
      ...spans.filter(s => s.input.title).map(s => ({
        at: s.input.labelAt === 'start'
          ? s.x0
          : s.x1,
        input: s.input,
        date: s.input.labelAt === 'start'
          ? s.input.start
          : s.input.end,
      })),
    ].toSorted((a, b) => a.at - b.at)

    const labels: LaidOutLabel[] = []
    const rowBottoms: number[] = []
    const top = markY + MARK_GAP
    for (const a of anchored) {
      const lines = labelLines(a.input, a.date)
      const w = Math.max(...lines.map(lineWidth))
      if (w > width)
        throw new Error(`Label "${a.input.title}" is ${Math.round(w)} px, wider than the strip (${width} px)`)
      const h = lines.at(-1)!.dy + 6
      // Start at the mark, else end there: whichever stays on the strip and off the markers.
      const fits = (anc: 'start' | 'end') => {
        const [l, r] = anc === 'start'
          ? [a.at, a.at + w]
          : [a.at - w, a.at]
        return l >= 0 && r <= width && !markerXs.some(mx => mx > l - 4 && mx < r + 4)
      }
      const anchor: 'start' | 'end' = fits('start') || (!fits('end') && a.at + w <= width)
        ? 'start'
        : 'end'
      const bx0 = anchor === 'start'
        ? a.at - 2
        : a.at - w
      const bx1 = anchor === 'start'
        ? a.at + w
        : a.at + 2
      let row = 0
      let by0 = top
      // Drop a row while this label overlaps one already placed.
      while (labels.some(l => bx0 < l.box.x1 + 12 && bx1 > l.box.x0 - 12 && by0 < l.box.y1 && by0 + h > l.box.y0)) {
        row += 1
        by0 = (rowBottoms[row - 1] ?? top) + ROW_GAP
      }
      rowBottoms[row] = Math.max(rowBottoms[row] ?? 0, by0 + h)
      labels.push({
        x: a.at,
        y: by0,
        anchor,
        lines,
        box: {
          x0: bx0,
          x1: bx1,
          y0: by0,
          y1: by0 + h,
        },
        stem: row > 0
          ? { x: a.at, y0: markY + 8, y1: by0 + 2 }
          : null,
      })
    }
    const bottom = Math.max(markY + 12, ...labels.map(l => l.box.y1))
    const y1 = bottom + LANE_PAD
    laid.push({
      label: lane.label,
      meaning: lane.meaning,
      labelY,
      markY,
      y0,
      y1,
      points: points.map(({ key, x }) => ({ key, x })),
      spans: spans.map(({ key, x0, x1 }) => ({ key, x0, x1 })),
      labels,
    })
    y = y1
  }
  const axisY = y
  const years = x.ticks(Math.min(12, t1.getUTCFullYear() - t0.getUTCFullYear() + 1))
  const ticks = years.map(d => ({
    x: x(d),
    label: String(d.getUTCFullYear()),
  }))
  const laidMarkers = markers.map((m) => {
    const mx = xOf(m.date)
    const w = measureText(m.label, { fontSize: TYPE.label, weight: 600 })
    const anchor: 'start' | 'end' | 'middle' = mx - w / 2 < 0
      ? 'start'
      : mx + w / 2 > width
        ? 'end'
        : 'middle'
    return {
      x: mx,
      label: m.label,
      anchor,
      y0: MARKER_HEAD - 4,
      y1: axisY,
    }
  })
  return {
    width,
    height: axisY + 28,
    axisY,
    lanes: laid,
    ticks,
    markers: laidMarkers,
  }
}
