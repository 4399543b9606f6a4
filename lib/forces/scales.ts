// Scales, ticks and zoom guides of the forces chart: one time axis for both panels, a zoomed
// time axis for the ISIS-K panel, and a value axis per panel (d3 scales via lib/time-scale.ts).
import type { Box } from '../labels'
import type { ForcesLayout, ForcesOptions } from './types'
import { formatNumber, parseIsoDate } from '../iso-date'
import { measureText } from '../text-width'
import { linearScale, timeScale, valueTicks, yearTicks } from '../time-scale'

export type ForcesScales = Pick<ForcesLayout, 'x' | 'xZoom' | 'yTroops' | 'yStrength' | 'plot' | 'xTicks' | 'zoomTicks' | 'topAxisY' | 'axisY' | 'zoomGuides' | 'troopTicks' | 'strengthTicks'>

/** Scales and ticks for the options; the troop axis is labelled up to 100,000 only. */
export function forcesScales(o: ForcesOptions): ForcesScales {
  const x0 = o.left
  const x1 = o.width - o.right
  const x = timeScale(o.start, o.end, [x0, x1])
  const xZoom = timeScale(o.zoomStart, o.end, [x0, x1])
  const yTroops = linearScale([0, o.top.max], [o.top.y1, o.top.y0])
  const yStrength = linearScale([0, o.bottom.max], [o.bottom.y1, o.bottom.y0])
  const topAxisY = o.top.y1
  const guideTop = topAxisY + 25
  const guideBottom = o.bottom.y0 - 29
  return {
    x,
    xZoom,
    yTroops,
    yStrength,
    plot: { x0, x1 },
    xTicks: yearTicks(x.start, x.end, 1).map(t => ({
      year: t.year,
      x: x(t.t),
      labelled: t.year % o.tickStep === 0,
    })),
    zoomTicks: o.isisk
      ? yearTicks(xZoom.start, xZoom.end, 1).map(t => ({
          year: t.year,
          x: xZoom(t.t),
          labelled: true,
        }))
      : [],
    topAxisY,
    axisY: o.isisk ? o.bottom.y1 : topAxisY,
    zoomGuides: !o.isisk
      ? []
      : [
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
        ],
    troopTicks: valueTicks(o.top.max, o.top.step).filter(v => v <= 100_000).map(v => ({
      value: v,
      y: yTroops(v),
      label: formatNumber(v),
    })),
    strengthTicks: !o.isisk
      ? []
      : valueTicks(o.bottom.max, o.bottom.step).map(v => ({
          value: v,
          y: yStrength(v),
          label: formatNumber(v),
        })),
  }
}

/** Boxes of the tick labels (value ticks right-aligned left of the plot, years centred under their axis). */
export function tickTextBoxes(s: ForcesScales, o: ForcesOptions): { key: string, box: Box }[] {
  const out: { key: string, box: Box }[] = []
  const style = { fontSize: o.fontSize }
  for (const tk of [
    ...s.troopTicks,
    ...s.strengthTicks,
  ]) {
    const w = measureText(tk.label, style)
    out.push({
      key: `ytick:${tk.y}`,
      box: {
        x: s.plot.x0 - 6 - w,
        y: tk.y - o.fontSize / 2,
        width: w,
        height: o.fontSize,
      },
    })
  }
  const axes = [
    [
      s.topAxisY,
      s.xTicks.filter(tk => tk.labelled),
    ],
    [s.axisY, s.zoomTicks],
  ] as const
  for (const [axis, ticks] of axes) {
    for (const tk of ticks) {
      const w = measureText(String(tk.year), style)
      out.push({
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
  return out
}
