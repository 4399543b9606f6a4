// Value labels of the ISIS-K estimates ("4,000–6,000*"), placed around their bars by the
// shared label engine (lib/labels.ts) with this chart's own candidate positions.
import type { Box, Candidate, LabelRequest, TextAnchor } from '../labels'
import type { BarMark } from './bars'
import type { ForcesOptions, StrengthMark } from './types'
import { placeLabels } from '../labels'
import { measureText } from '../text-width'
import { strengthLabel } from './describe'

/** Candidate positions of one bar's label, in order of preference. */
function valueCandidates(m: BarMark, latest: boolean, o: ForcesOptions): Candidate[] {
  const { cx, yLow, yHigh, half, side } = m
  const lh = o.lineHeight
  const w = measureText(strengthLabel(m.e), { fontSize: o.fontSize })
  const mid = (yLow + yHigh) / 2
  const c = (anchor: TextAnchor, tx: number, ty: number): Candidate => ({
    box: {
      x: anchor === 'start'
        ? tx
        : anchor === 'end'
          ? tx - w
          : tx - w / 2,
      y: ty - lh / 2,
      width: w,
      height: lh,
    },
    anchor,
  })
  // Two bars of one month: a label between them would read as the neighbour's, so the
  // left bar is labelled above itself and the right bar on its right only.
  if (side === 'left') {
    return [
      c('middle', cx, yHigh - lh / 2 - 6),
      c('end', cx - half - 4, mid),
      c('end', cx - half - 4, yHigh),
    ]
  }
  if (side === 'right') {
    return [
      c('start', cx + half + 4, mid),
      c('start', cx + half + 4, yLow),
      c('start', cx + half + 4, yHigh),
    ]
  }
  return [
    // The latest estimate is alone at the axis end: right of its mark reads best. The
    // "about" mark is drawn 18 px wide (ForcesChart.vue), wider than its 10 px box.
    ...(latest
      ? [
          c('start', cx + Math.max(half, 9) + 6, mid),
        ]
      : []),
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
  ]
}

/**
 * Place every bar's value label clear of `obstacles` (fixed text and data) inside `bounds`,
 * 4 px apart side by side. Returns the marks in data order and whether every label fitted.
 */
export function placeValueLabels(bars: readonly BarMark[], obstacles: readonly Box[], bounds: Box, o: ForcesOptions): { marks: StrengthMark[], fits: boolean } {
  const lh = o.lineHeight
  const requests: LabelRequest[] = bars.map((m, i) => ({
    id: `value:${m.i}`,
    candidates: valueCandidates(m, i === bars.length - 1, o),
  }))
  // The latest estimate sits at the axis end with the least room, so it chooses first;
  // paired bars have the fewest candidates, so they choose next. Results go back in data order.
  const rank = (i: number): number => i === requests.length - 1
    ? 0
    : bars[i]!.side
      ? 1
      : 2
  const order = requests.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b)
  const placedInOrder = placeLabels(order.map(i => requests[i]!), {
    obstacles,
    bounds,
    labelGap: { x: 4, y: 0 },
  })
  const placed = order.map((_, k) => placedInOrder[order.indexOf(k)]!)
  const marks = bars.map(({ e, i, cx, yLow, yHigh, box }): StrengthMark => {
    const p = placed[i]!
    const tx = p.anchor === 'start'
      ? p.box.x
      : p.anchor === 'end'
        ? p.box.x + p.box.width
        : p.box.x + p.box.width / 2
    return {
      key: `${e.date}:${i}`,
      date: e.date,
      kind: e.kind,
      x: cx,
      yLow,
      yHigh,
      box,
      label: {
        key: p.id,
        lines: [
          strengthLabel(e),
        ],
        x: tx,
        y: p.box.y + lh / 2 + o.fontSize * 0.35,
        anchor: p.anchor,
        box: p.box,
        size: o.fontSize,
      },
      includesFamily: !!e.includesFamily,
    }
  })
  return {
    marks,
    fits: placed.every(p => p.ok),
  }
}
