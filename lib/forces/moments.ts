// Moments of the forces chart: a window (the surge) labelled above its peak; dated moments
// (Doha, the withdrawal) as lines through both panels, labelled above the plot frame.
import type { Box } from '../labels'
import type { ForcesScales } from './scales'
import type { ForcesOptions, MomentInput, MomentMark, TroopInput } from './types'
import { textBlock } from './text'

export interface MomentsLayout {
  moments: MomentMark[]
  /** Boxes of the moment lines in both panels: text must avoid them. */
  dataBoxes: { key: string, box: Box }[]
}

/** Marks and labels of the moments, in input order. */
export function layoutMoments(moments: readonly MomentInput[], troops: readonly TroopInput[], s: Pick<ForcesScales, 'x' | 'xZoom' | 'yTroops'>, o: ForcesOptions): MomentsLayout {
  const { x, xZoom, yTroops } = s
  const lh = o.lineHeight
  const marks: MomentMark[] = []
  const dataBoxes: { key: string, box: Box }[] = []
  for (const m of moments) {
    if (m.dateEnd) {
      const mx0 = x(m.date)
      const mx1 = x(m.dateEnd)
      const mx = (mx0 + mx1) / 2
      const peak = troops.find(t => t.date === m.date && t.dateEnd === m.dateEnd)
      const y = yTroops(peak?.value ?? o.top.max)
      // Two lines, so the label stays narrow and clear of the Doha label on a long axis.
      const label = textBlock(`moment:${m.id}`, [...m.lines], mx, y - 6 - m.lines.length * lh, 'middle', o.fontSize, lh, true)
      marks.push({
        id: m.id,
        x: mx,
        x0: mx0,
        x1: mx1,
        y,
        label,
      })
      continue
    }
    const mx = x(m.date)
    const mz = xZoom(m.date)
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
    if (o.isisk) {
      dataBoxes.push({
        key: `line-zoom:${m.id}`,
        box: {
          x: mz - 1,
          y: o.bottom.y0,
          width: 2,
          height: o.bottom.y1 - o.bottom.y0,
        },
      })
    }
    marks.push({
      id: m.id,
      x: mx,
      xZoom: o.isisk ? mz : undefined,
      label: textBlock(`moment:${m.id}`, [...m.lines], mx, 0, 'start', o.fontSize, lh, true),
    })
  }
  // Line labels sit above the plot frame, where the lines stop: the last one right of its
  // line (if it fits), the others left of theirs.
  const lineMoments = marks.filter(m => m.x0 === undefined).toSorted((a, b) => a.x - b.x)
  lineMoments.forEach((m, i) => {
    const lines = m.label.lines
    const top = o.top.y0 - 4 - lines.length * lh
    const right = textBlock(m.label.key, lines, m.x + 2, top, 'start', o.fontSize, lh, true)
    const left = textBlock(m.label.key, lines, m.x - 2, top, 'end', o.fontSize, lh, true)
    m.label = i === lineMoments.length - 1 && right.box.x + right.box.width <= o.width
      ? right
      : left
  })
  return { moments: marks, dataBoxes }
}
