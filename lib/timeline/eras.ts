// The era header of the lane timeline: each era's name over a bracket spanning its years,
// in up to `eraRows` rows (row 0 nearest the lanes), placed by the shared label engine.
import type { Box, Candidate } from '../labels'
import type { TimeScale } from '../time-scale'
import type { EraInput, LaidOutEra, TimelineOptions } from './types'
import { parseIsoDate } from '../iso-date'
import { placeLabels } from '../labels'
import { measureText } from '../text-width'

/** Index of the era whose [start, end) holds the date, or -1. An era includes its opening event. */
export function eraIndexOf(date: string, eras: readonly { start: string, end: string }[]): number {
  const t = parseIsoDate(date)
  return eras.findIndex(e => parseIsoDate(e.start) <= t && t < parseIsoDate(e.end))
}

/** Eras laid out in the header of height `eraRows * rowHeight`; `fits` is false if one found no free row. */
export function layoutEras(eras: readonly EraInput[], x: TimeScale, x1: number, bounds: Box, o: TimelineOptions): { eras: LaidOutEra[], fits: boolean } {
  const headerHeight = o.eraRows * o.rowHeight
  const span = (era: EraInput) => [
    x(era.start),
    Math.min(x(era.end), x1),
  ] as const
  const requests = eras.map((era) => {
    const [ex0, ex1] = span(era)
    const w = measureText(era.label, { fontSize: o.fontSize, weight: 600 })
    const mid = (ex0 + ex1) / 2
    const candidates: Candidate[] = []
    for (let row = 0; row < o.eraRows; row++) {
      const y = headerHeight - (row + 1) * o.rowHeight
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
    return { id: era.id, candidates }
  })
  const placed = placeLabels(requests, { bounds })
  const laid = eras.map((era, index): LaidOutEra => {
    const p = placed[index]!
    const [ex0, ex1] = span(era)
    const textX = p.anchor === 'middle'
      ? (ex0 + ex1) / 2
      : p.anchor === 'start'
        ? ex0
        : ex1
    const w = measureText(era.label, { fontSize: o.fontSize, weight: 600 })
    const bracketY = p.box.y + o.rowHeight - 1
    // A plain bar under the name across the era's years, no end ticks: on a linear axis an
    // era's name may be wider than its two years, and a tick, up or down, would cut a letter
    // of its own name or of the name in the row below. Bars of neighbours meet with a gap.
    const [bx0, bx1] = [ex0 + 2, ex1 - 2]
    return {
      id: era.id,
      label: era.label,
      index,
      x0: ex0,
      x1: ex1,
      textX,
      textY: p.box.y + o.fontSize,
      anchor: p.anchor,
      bracketY,
      bracket: [
        {
          a: { x: bx0, y: bracketY },
          b: { x: bx1, y: bracketY },
        },
      ],
      // From cap height (0.75 em over the baseline) to the descenders (0.2 em under it).
      textBox: {
        x: textX - (p.anchor === 'middle'
          ? w / 2
          : p.anchor === 'end'
            ? w
            : 0),
        y: p.box.y + o.fontSize * 0.25,
        width: w,
        height: o.fontSize * 0.95,
      },
      box: p.box,
    }
  })
  return {
    eras: laid,
    fits: placed.every(p => p.ok),
  }
}
