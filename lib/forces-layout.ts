// Layout of the two-panel forces chart (components/ForcesChart.vue): US troops in Afghanistan
// (top) and UN estimates of ISIS-K strength as ranges (bottom), on one shared time axis.
// Pure, so the tests can run it on the real data and check labels against each other and the data.
import type { Box, LabelCandidate, LabelRequest } from './label-layout'
import type { LinearScale, TimeScale } from './time-scale'
import { TYPE } from '../styles/tokens'
import { estimateTextWidth, placeLabels } from './label-layout'
import { formatIsoDate, formatNumber, linearScale, parseIsoDate, timeScale, valueTicks, yearTicks } from './time-scale'

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
}

export interface TextBlock {
  key: string
  lines: string[]
  x: number
  /** Baseline of the first line. */
  y: number
  anchor: 'start' | 'middle' | 'end'
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
  /** Filled area under the solid (reported) troop segments only. */
  troopTicks: { value: number, y: number, label: string }[]
  strengthTicks: { value: number, y: number, label: string }[]
  troopPoints: TroopPoint[]
  troopSegments: TroopSegment[]
  troopArea: string
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

/** x position of a record: its date, or the middle of its window. */
function recordTime(r: { date: string, dateEnd?: string }): number {
  return r.dateEnd
    ? (parseIsoDate(r.date) + parseIsoDate(r.dateEnd)) / 2
    : parseIsoDate(r.date)
}

function block(key: string, lines: string[], x: number, top: number, anchor: TextBlock['anchor'], size: number, lineHeight: number, emphasis = false): TextBlock {
  const width = Math.max(...lines.map(l => estimateTextWidth(l, size)))
  const bx = anchor === 'start'
    ? x
    : anchor === 'end'
      ? x - width
      : x - width / 2
  return {
    key,
    lines,
    x,
    y: top + lineHeight / 2 + size * 0.35,
    anchor,
    box: {
      x: bx,
      y: top,
      width,
      height: lines.length * lineHeight,
    },
    size,
    emphasis,
  }
}

/** The value label of an ISIS-K estimate, e.g. "4,000–6,000*", "about 2,500", "2,200, then 4,000". */
export function strengthLabel(e: StrengthInput): string {
  if (e.kind === 'about')
    return `about ${formatNumber(e.low)}`
  if (e.kind === 'growth')
    return `${formatNumber(e.low)}, then ${formatNumber(e.high)}`
  return `${formatNumber(e.low)}–${formatNumber(e.high)}${e.includesFamily ? '*' : ''}`
}

/** Thin boxes sampled along a polyline, for collision checks against labels. */
export function sampleSegments(segments: readonly TroopSegment[], step = 3, thickness = 2): Box[] {
  const out: Box[] = []
  for (const s of segments) {
    const len = Math.hypot(s.x2 - s.x1, s.y2 - s.y1)
    const n = Math.max(1, Math.ceil(len / step))
    for (let i = 0; i <= n; i++) {
      const t = i / n
      out.push({
        x: s.x1 + (s.x2 - s.x1) * t - thickness / 2,
        y: s.y1 + (s.y2 - s.y1) * t - thickness / 2,
        width: thickness,
        height: thickness,
      })
    }
  }
  return out
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four'] as const

/**
 * Caption for the ISIS-K panel, written from the data: which estimates count family members,
 * and which months carry more than one member-state view. (Projections are not drawn; the
 * <desc> and the speaker notes mention them.)
 */
export function strengthCaption(strength: readonly StrengthInput[]): string[] {
  const notes: string[] = []
  const family = [
    ...new Set(strength.filter(e => e.includesFamily).map(e => e.date.slice(0, 4))),
  ]
  if (family.length)
    notes.push(`* ${family.join(', ')}: fighters and family members.`)
  const counts = new Map<string, number>()
  for (const e of strength) counts.set(e.date, (counts.get(e.date) ?? 0) + 1)
  for (const [date, n] of counts) {
    if (n > 1)
      notes.push(`${date.slice(0, 4)}: ${COUNT_WORDS[n] ?? n} member-state views.`)
  }
  return notes.length
    ? [
        notes.join(' '),
      ]
    : []
}

export function layoutForces(
  troops: readonly TroopInput[],
  strength: readonly StrengthInput[],
  moments: readonly MomentInput[],
  partial: Partial<ForcesOptions> = {},
): ForcesLayout {
  const o = {
    ...defaultForcesOptions,
    ...partial,
  }
  const x0 = o.left
  const x1 = o.width - o.right
  const x = timeScale(o.start, o.end, [x0, x1])
  const xz = timeScale(o.zoomStart, o.end, [x0, x1])
  const yTroops = linearScale([0, o.top.max], [o.top.y1, o.top.y0])
  const yStrength = linearScale([0, o.bottom.max], [o.bottom.y1, o.bottom.y0])
  const axisY = o.bottom.y1
  const lh = o.lineHeight
  const textBoxes: { key: string, box: Box }[] = []
  const dataBoxes: { key: string, box: Box }[] = []
  let fits = true

  // Axes.
  const xTicks = yearTicks(x.start, x.end, 1).map(t => ({
    year: t.year,
    x: x(t.t),
    labelled: t.year % o.tickStep === 0,
  }))
  const zoomTicks = yearTicks(xz.start, xz.end, 1).map(t => ({
    year: t.year,
    x: xz(t.t),
    labelled: true,
  }))
  const topAxisY = o.top.y1
  const guideTop = topAxisY + 25
  const guideBottom = o.bottom.y0 - 29
  const zoomGuides = [
    {
      x1: x(parseIsoDate(o.zoomStart)),
      y1: guideTop,
      x2: x0,
      y2: guideBottom,
    },
    {
      x1: x(x.end),
      y1: guideTop,
      x2: x1,
      y2: guideBottom,
    },
  ]
  const troopTicks = valueTicks(o.top.max, o.top.step).filter(v => v <= 100_000).map(v => ({
    value: v,
    y: yTroops(v),
    label: formatNumber(v),
  }))
  const strengthTicks = valueTicks(o.bottom.max, o.bottom.step).map(v => ({
    value: v,
    y: yStrength(v),
    label: formatNumber(v),
  }))

  // Troops: reported points joined by straight lines; long gaps dashed.
  const sorted = troops.toSorted((a, b) => recordTime(a) - recordTime(b))
  const troopPoints: TroopPoint[] = sorted.map(r => ({
    x: x(recordTime(r)),
    y: yTroops(r.value),
    value: r.value,
    date: r.date,
    approximate: !!r.approximate,
    span: r.dateEnd
      ? {
          x0: x(r.date),
          x1: x(r.dateEnd),
        }
      : undefined,
  }))
  const troopSegments: TroopSegment[] = []
  for (let i = 1; i < sorted.length; i++) {
    const a = troopPoints[i - 1]!
    const b = troopPoints[i]!
    const days = (recordTime(sorted[i]!) - recordTime(sorted[i - 1]!)) / 86_400_000
    troopSegments.push({
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      dashed: days > o.dashAfterDays,
    })
  }
  const base = yTroops(0)
  // Shade only under reported stretches: a dashed join is an interpolation, not data.
  const troopArea = troopSegments
    .filter(s => !s.dashed)
    .map(s => `M${s.x1},${base}L${s.x1},${s.y1}L${s.x2},${s.y2}L${s.x2},${base}Z`)
    .join('')
  sampleSegments(troopSegments).forEach((box, i) => dataBoxes.push({ key: `troops:${i}`, box }))
  for (const p of troopPoints) {
    if (p.span) {
      dataBoxes.push({
        key: `troops:span`,
        box: {
          x: p.span.x0,
          y: p.y - 4,
          width: p.span.x1 - p.span.x0,
          height: 8,
        },
      })
    }
  }

  // Moments: the surge peak above its span; Doha and withdrawal as lines through both panels.
  const moments2: MomentMark[] = []
  for (const m of moments) {
    if (m.dateEnd) {
      const mx0 = x(m.date)
      const mx1 = x(m.dateEnd)
      const mx = (mx0 + mx1) / 2
      const peak = troops.find(t => t.date === m.date && t.dateEnd === m.dateEnd)
      const y = yTroops(peak?.value ?? o.top.max)
      // Two lines, so the label stays narrow and clear of the Doha label on a long axis.
      const label = block(`moment:${m.id}`, [...m.lines], mx, y - 6 - m.lines.length * lh, 'middle', o.fontSize, lh, true)
      moments2.push({
        id: m.id,
        x: mx,
        x0: mx0,
        x1: mx1,
        y,
        label,
      })
    }
    else {
      const mx = x(m.date)
      const mz = xz(m.date)
      // Text must avoid the line in both panels.
      dataBoxes.push({
        key: `line:${m.id}`,
        box: {
          x: mx - 1,
          y: o.top.y0,
          width: 2,
          height: o.top.y1 - o.top.y0,
        },
      })
      dataBoxes.push({
        key: `line-zoom:${m.id}`,
        box: {
          x: mz - 1,
          y: o.bottom.y0,
          width: 2,
          height: o.bottom.y1 - o.bottom.y0,
        },
      })
      moments2.push({
        id: m.id,
        x: mx,
        xZoom: mz,
        label: block(`moment:${m.id}`, [...m.lines], mx, 0, 'start', o.fontSize, lh, true),
      })
    }
  }
  // Line labels sit above the plot frame, where the lines stop: the last one right of its
  // line (if it fits), the others left of theirs.
  const lineMoments = moments2.filter(m => m.x0 === undefined).toSorted((a, b) => a.x - b.x)
  lineMoments.forEach((m, i) => {
    const lines = m.label.lines
    const top = o.top.y0 - 4 - lines.length * lh
    const right = block(m.label.key, lines, m.x + 2, top, 'start', o.fontSize, lh, true)
    const left = block(m.label.key, lines, m.x - 2, top, 'end', o.fontSize, lh, true)
    m.label = i === lineMoments.length - 1 && right.box.x + right.box.width <= o.width
      ? right
      : left
  })

  // ISIS-K estimates: a bar from low to high (a dot for "about"); two estimates of one month side by side.
  const byDate = new Map<string, number>()
  for (const e of strength) byDate.set(e.date, (byDate.get(e.date) ?? 0) + 1)
  const seen = new Map<string, number>()
  const marks = strength.map((e, i) => {
    const n = byDate.get(e.date) ?? 1
    const k = seen.get(e.date) ?? 0
    seen.set(e.date, k + 1)
    const cx = xz(e.date) + (n > 1
      ? (k - (n - 1) / 2) * 2 * o.pairOffset
      : 0)
    const yLow = yStrength(e.low)
    const yHigh = yStrength(e.high)
    const half = e.kind === 'about'
      ? 5
      : o.barWidth / 2
    const box = e.kind === 'about'
      ? {
          x: cx - half,
          y: yHigh - half,
          width: 2 * half,
          height: 2 * half,
        }
      : {
          x: cx - half,
          y: yHigh - (e.kind === 'growth'
            ? 6
            : 0),
          width: 2 * half,
          height: yLow - yHigh + (e.kind === 'growth'
            ? 6
            : 0),
        }
    dataBoxes.push({ key: `bar:${i}`, box })
    // Side within a month's pair, so each label can sit on its own bar's outer side.
    const side = n > 1
      ? (k === 0
          ? 'left'
          : k === n - 1
            ? 'right'
            : undefined)
      : undefined
    return {
      e,
      i,
      cx,
      yLow,
      yHigh,
      box,
      half,
      side,
    }
  })

  // Titles and captions of the panels (fixed positions, checked by the tests).
  const titles = [
    block('title:troops', ['US troops in Afghanistan'], x(parseIsoDate('2001-07-01')), yTroops(62_000), 'start', o.fontSize, lh, true),
    block('title:isisk', [`ISIS-K strength in Afghanistan, UN estimates (ranges), zoomed to ${new Date(xz.start).getUTCFullYear() + (new Date(xz.start).getUTCMonth() >= 6
      ? 1
      : 0)}–${new Date(x.end).getUTCFullYear() - 1}`], x0, o.bottom.y0 - 26, 'start', o.fontSize, lh, true),
  ]
  const captions = [
    block('caption', strengthCaption(strength), x0, o.bottom.y1 + o.axisHeight + 2, 'start', o.captionSize, 16),
  ]

  // Tick labels are text too: the unit tests check them against every other label.
  for (const tk of [
    ...troopTicks,
    ...strengthTicks,
  ]) {
    const w = estimateTextWidth(tk.label, o.fontSize, 0.55)
    textBoxes.push({
      key: `ytick:${tk.y}`,
      box: {
        x: x0 - 6 - w,
        y: tk.y - o.fontSize / 2,
        width: w,
        height: o.fontSize,
      },
    })
  }
  for (const [axis, ticks] of [
    [
      topAxisY,
      xTicks.filter(tk => tk.labelled),
    ],
    [axisY, zoomTicks],
  ] as const) {
    for (const tk of ticks) {
      const w = estimateTextWidth(String(tk.year), o.fontSize)
      textBoxes.push({
        key: `xtick:${axis}:${tk.year}`,
        box: {
          x: tk.x - w / 2,
          y: axis + 8,
          width: w,
          height: o.fontSize,
        },
      })
    }
  }

  const fixed = [
    ...titles,
    ...captions,
    ...moments2.map(m => m.label),
  ]
  for (const t of fixed) textBoxes.push({ key: t.key, box: t.box })

  // Value labels of the estimates, placed greedily around their bars.
  const requests: LabelRequest[] = marks.map(({ e, i, cx, yLow, yHigh, half, side }) => {
    const w = estimateTextWidth(strengthLabel(e), o.fontSize)
    const mid = (yLow + yHigh) / 2
    const c = (anchor: 'start' | 'end' | 'middle', tx: number, ty: number): LabelCandidate => {
      const bx = anchor === 'start'
        ? tx
        : anchor === 'end'
          ? tx - w
          : tx - w / 2
      return {
        box: {
          x: bx,
          y: ty - lh / 2,
          width: w,
          height: lh,
        },
        anchor,
      }
    }
    // Two bars of one month: a label between them would read as the neighbour's, so the
    // left bar is labelled above itself and the right bar on its right only.
    if (side === 'left') {
      return {
        key: `value:${i}`,
        candidates: [
          c('middle', cx, yHigh - lh / 2 - 6),
          c('end', cx - half - 4, mid),
          c('end', cx - half - 4, yHigh),
        ],
      }
    }
    if (side === 'right') {
      return {
        key: `value:${i}`,
        candidates: [
          c('start', cx + half + 4, mid),
          c('start', cx + half + 4, yLow),
          c('start', cx + half + 4, yHigh),
        ],
      }
    }
    // The latest estimate is alone at the axis end: right of its mark reads best.
    const latest = i === marks.length - 1
      ? [
          // The "about" mark is drawn 18 px wide (ForcesChart.vue), wider than its 10 px box.
          c('start', cx + Math.max(half, 9) + 6, mid),
        ]
      : []
    return {
      key: `value:${i}`,
      candidates: [
        ...latest,
        c('middle', cx, yHigh - lh / 2 - 6),
        c('start', cx + half + 4, mid),
        c('end', cx - half - 4, mid),
        c('start', cx + half + 4, yHigh),
        c('end', cx - half - 4, yHigh),
        c('middle', cx, yHigh - lh / 2 - 4),
        c('end', cx + half, yHigh - lh / 2 - 4),
        c('end', cx - half - 4, yLow),
        c('middle', cx, yLow + lh / 2 + 4),
        c('end', cx - half - 4, yHigh - lh),
        c('end', cx - half - 4, yHigh - 2 * lh),
      ],
    }
  })
  // The latest estimate sits at the axis end with the least room, so it chooses first;
  // results are put back in data order.
  // Paired bars have the fewest candidates, so they choose next.
  const rank = (i: number): number => i === requests.length - 1
    ? 0
    : marks[i]!.side
      ? 1
      : 2
  const order = requests.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b)
  const placedInOrder = placeLabels(order.map(i => requests[i]!), {
    obstacles: [
      ...fixed.map(t => t.box),
      ...dataBoxes.map(d => d.box),
    ],
    // 4 px above the panel's top gridline is still clear of the panel title.
    bounds: {
      x: x0,
      y: o.bottom.y0 - 4,
      width: o.width - x0,
      height: o.bottom.y1 - o.bottom.y0 + 4,
    },
    gap: 4,
  })
  const placed = order.map((_, k) => placedInOrder[order.indexOf(k)]!)
  const strengthMarks: StrengthMark[] = marks.map(({ e, i, cx, yLow, yHigh, box }) => {
    const p = placed[i]!
    fits &&= p.fits
    const tx = p.anchor === 'start'
      ? p.box.x
      : p.anchor === 'end'
        ? p.box.x + p.box.width
        : p.box.x + p.box.width / 2
    const label: TextBlock = {
      key: p.key,
      lines: [
        strengthLabel(e),
      ],
      x: tx,
      y: p.box.y + lh / 2 + o.fontSize * 0.35,
      anchor: p.anchor,
      box: p.box,
      size: o.fontSize,
    }
    textBoxes.push({ key: p.key, box: p.box })
    return {
      key: `${e.date}:${i}`,
      date: e.date,
      kind: e.kind,
      x: cx,
      yLow,
      yHigh,
      box,
      label,
      includesFamily: !!e.includesFamily,
    }
  })

  return {
    width: o.width,
    height: axisY + o.axisHeight + 20,
    x,
    xZoom: xz,
    yTroops,
    yStrength,
    plot: { x0, x1 },
    panels: {
      top: { y0: o.top.y0, y1: o.top.y1 },
      bottom: { y0: o.bottom.y0, y1: o.bottom.y1 },
    },
    xTicks,
    zoomTicks,
    topAxisY,
    zoomGuides,
    troopTicks,
    strengthTicks,
    troopPoints,
    troopSegments,
    troopArea,
    strength: strengthMarks,
    moments: moments2,
    titles,
    captions,
    axisY,
    fits,
    textBoxes,
    dataBoxes,
  }
}

/** The chart in words, for the SVG <desc>. */
export function describeForces(
  troops: readonly TroopInput[],
  strength: readonly StrengthInput[],
  projections: readonly ProjectionInput[],
  moments: readonly MomentInput[],
): string {
  const t = troops.map((r) => {
    const when = r.dateEnd
      ? `${formatIsoDate(r.date.slice(0, 4))}-${r.dateEnd.slice(0, 4)}`
      : formatIsoDate(r.date)
    return `${when}: ${r.approximate ? 'about ' : ''}${formatNumber(r.value)}`
  }).join('; ')
  const s = strength.map(e => `${formatIsoDate(e.date)}, ${e.assessedBy}: ${e.wording}`).join('; ')
  const p = projections.map(pr => `${formatIsoDate(pr.date)}, ${pr.assessedBy} projected up to ${formatNumber(pr.high)} in the ${pr.horizon}; this projection is not drawn`).join('; ')
  const m = moments.map(mo => mo.detail).join('; ')
  return `Two panels on one time axis, 2001 to 2024. Top: US troops in Afghanistan, reported figures joined by lines: ${t}. `
    + `Bottom: UN estimates of ISIS-K strength in Afghanistan, drawn as ranges: ${s}. ${p
      ? `${p}. `
      : ''}`
      + `Some estimates include family members. Marked: ${m}.`
}
