import type { Meaning } from '../styles/colour-meaning'
// Layout of a small true-scale timeline (components/MiniTimeline.vue): a few dated points on
// one axis, brackets that name the time between neighbours ("18 months", "11 days"), and a
// label block under each point, placed so no two texts overlap. Pure, for tests. px on the
// 980x552 canvas; dates ISO (YYYY-MM-DD).
import type { Box } from './labels'
import { TYPE } from '../styles/tokens'
import { formatDuration, formatIsoDate, parseIsoDate } from './iso-date'
import { boxesOverlap } from './labels'
import { routeLeader } from './leaders'
import { measureText } from './text-width'
import { linearScale } from './time-scale'

export interface MiniPointInput {
  date: string
  /** A few words, bold: "Doha deal". */
  title: string
  /** Optional second line: "US agrees to leave". */
  text?: string
  /** Colour meaning of the point (default: the judgement ink). */
  meaning?: Meaning
}

export interface MiniPoint {
  key: string
  /** The date's true position on the axis, px; labels and brackets use it. */
  x: number
  /** Where the dot is drawn, px: `x`, dodged apart from a neighbour it would cover. */
  dotX: number
  date: string
  dateLabel: string
  title: string
  text?: string
  meaning: Meaning
  /** Label block: anchor x, first baseline, box. */
  label: { x: number, y: number, anchor: 'start' | 'middle' | 'end', box: Box, leader: boolean }
  /** SVG path from the point to its label, in right-angled steps that cross no other text; '' if none. */
  leaderPath: string
}

export interface MiniInterval {
  key: string
  x0: number
  x1: number
  y: number
  text: string
  textX: number
  textY: number
  box: Box
}

export interface MiniTimelineLayout {
  width: number
  height: number
  axisY: number
  points: MiniPoint[]
  intervals: MiniInterval[]
  /** Every text box, for overlap tests. */
  textBoxes: { key: string, box: Box }[]
  fits: boolean
}

/**
 * The mini-timeline's type, one step above a full chart's: these charts carry a whole slide
 * with two or three points, so they are set to read from the back of a room. Sizes are the
 * deck's type tokens (styles/tokens.ts), px on the 980x552 canvas.
 */
export const MINI_TYPE = {
  /** The date line (bold, in the point's colour). */
  date: TYPE.body,
  /** The title line (bold ink) and an interval's length ("18 months"). */
  title: TYPE.lead,
  /** The optional third line (muted). */
  text: TYPE.body,
} as const

/** Line pitch of a label block, px. */
export const MINI_LINE = 30

/** Radius of a point's dot (MiniTimeline.vue), px on the 980x552 canvas. */
export const MINI_DOT_RADIUS = 11

/**
 * Dot positions dodged apart (as Plot's dodge transform does): every dot at least
 * `gap` px from the next, moved as little as possible and never past `[min, max]`.
 * `xs` ascending, px. A dot that moves stays within a few px of its true date.
 */
export function dodgeDots(xs: readonly number[], gap: number, min: number, max: number): number[] {
  const out = xs.map(v => Math.min(Math.max(v, min), max))
  for (let i = 1; i < out.length; i++)
    out[i] = Math.max(out[i]!, out[i - 1]! + gap)
  if (out.length && out.at(-1)! > max) {
    out[out.length - 1] = max
    for (let i = out.length - 2; i >= 0; i--)
      out[i] = Math.min(out[i]!, out[i + 1]! - gap)
  }
  return out
}

/**
 * Lays out 2 to 6 points, sorted by date, in `width` px. Throws on fewer than 2 points.
 * `showIntervals` (default true) draws the brackets between neighbours.
 */
export function layoutMiniTimeline(points: readonly MiniPointInput[], width: number, showIntervals = true): MiniTimelineLayout {
  if (points.length < 2)
    throw new Error('A mini timeline needs at least two dated points')
  const sorted = points.toSorted((a, b) => parseIsoDate(a.date) - parseIsoDate(b.date))
  const pad = 12
  const x = linearScale([
    parseIsoDate(sorted[0]!.date),
    parseIsoDate(sorted.at(-1)!.date),
  ], [pad + 8, width - pad - 8])
  const textBoxes: { key: string, box: Box }[] = []
  let fits = true
  const dotXs = dodgeDots(sorted.map(p => x(parseIsoDate(p.date))), 2 * MINI_DOT_RADIUS + 2, pad, width - pad)

  // Interval brackets above the axis, in rows (row 0 nearest the axis).
  const intervalRows = 2
  const rowH = MINI_TYPE.title + 10
  const top = showIntervals
    ? intervalRows * rowH + 8
    : 0
  const axisY = top + 14
  const intervals: MiniInterval[] = []
  if (showIntervals) {
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!
      const b = sorted[i]!
      const x0 = x(parseIsoDate(a.date))
      const x1 = x(parseIsoDate(b.date))
      const text = formatDuration(a.date, b.date)
      const w = measureText(text, { fontSize: MINI_TYPE.title, weight: 600 })
      let placed: MiniInterval | null = null
      for (let row = 0; row < intervalRows && !placed; row++) {
        const y = axisY - 16 - row * rowH
        const mid = (x0 + x1) / 2
        const tx = Math.min(Math.max(mid, pad + w / 2), width - pad - w / 2)
        const box = {
          x: tx - w / 2,
          y: y - 6 - MINI_TYPE.title,
          width: w,
          height: MINI_TYPE.title + 4,
        }
        if (!textBoxes.some(t => boxesOverlap(t.box, box, 6, 2))) {
          placed = {
            key: `interval:${i}`,
            x0,
            x1,
            y,
            text,
            textX: tx,
            textY: y - 8,
            box,
          }
        }
      }
      if (!placed) {
        fits = false
        continue
      }
      intervals.push(placed)
      textBoxes.push({ key: placed.key, box: placed.box })
    }
  }

  // Label blocks under the axis: date, title, optional text; centred if there is room, else
  // flush to one side, else a row lower with a leader.
  const out: MiniPoint[] = []
  const labelTop = axisY + 22
  sorted.forEach((p, i) => {
    const px = x(parseIsoDate(p.date))
    const dateLabel = formatIsoDate(p.date)
    const lines = [
      dateLabel,
      p.title,
      ...(p.text
        ? [p.text]
        : []),
    ]
    // Date and title in Inter 600, the optional text in 400 (MiniTimeline.vue).
    const w = Math.max(...lines.map((l, k) => measureText(l, {
      fontSize: [MINI_TYPE.date, MINI_TYPE.title, MINI_TYPE.text][k]!,
      weight: k < 2
        ? 600
        : 400,
    })))
    const h = lines.length * MINI_LINE
    const candidates: { anchor: 'start' | 'middle' | 'end', bx: number, row: number }[] = []
    // Beside the previous label on the same row (with a slanted leader) before a lower row,
    // so a leader never runs through another label.
    const rightOfPrev = Math.max(0, ...textBoxes.filter(tb => tb.key.startsWith('point:')).map(tb => tb.box.x + tb.box.width)) + 14
    for (let row = 0; row < 3; row++) {
      candidates.push({ anchor: 'middle', bx: px - w / 2, row })
      candidates.push({ anchor: 'start', bx: px - 6, row })
      candidates.push({ anchor: 'end', bx: px + 6 - w, row })
      if (row === 0) {
        candidates.push({
          anchor: 'start',
          bx: Math.max(px - 6, rightOfPrev),
          row,
        })
      }
    }
    let chosen: MiniPoint['label'] | null = null
    for (const c of candidates) {
      const box = {
        x: c.bx,
        y: labelTop + c.row * (h + 6),
        width: w,
        height: h,
      }
      if (box.x < 0 || box.x + box.width > width)
        continue
      if (textBoxes.some(t => boxesOverlap(t.box, box, 10, 2)))
        continue
      const ax = c.anchor === 'middle'
        ? box.x + w / 2
        : c.anchor === 'start'
          ? box.x
          : box.x + w
      chosen = {
        x: ax,
        y: box.y + MINI_LINE - 6,
        anchor: c.anchor,
        box,
        leader: c.row > 0 || box.x > px + 8,
      }
      break
    }
    if (!chosen) {
      fits = false
      const box = {
        x: Math.max(0, Math.min(px - w / 2, width - w)),
        y: labelTop,
        width: w,
        height: h,
      }
      chosen = {
        x: box.x + w / 2,
        y: box.y + MINI_LINE - 6,
        anchor: 'middle',
        box,
        leader: false,
      }
    }
    const leaderPath = chosen.leader
      ? routeLeader(px, axisY, chosen.box, MINI_LINE / 2, textBoxes.filter(t => t.key.startsWith('point:')).map(t => t.box))
      : ''
    textBoxes.push({ key: `point:${i}`, box: chosen.box })
    out.push({
      key: `point:${i}`,
      x: px,
      dotX: dotXs[i]!,
      date: p.date,
      dateLabel,
      title: p.title,
      text: p.text,
      meaning: p.meaning ?? 'judgement',
      label: chosen,
      leaderPath,
    })
  })
  const height = Math.max(...textBoxes.map(t => t.box.y + t.box.height)) + 4
  return {
    width,
    height,
    axisY,
    points: out,
    intervals,
    textBoxes,
    fits,
  }
}
