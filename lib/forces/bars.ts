// The ISIS-K estimates of the forces chart: a bar from low to high (a dot for "about"), two
// estimates of one month side by side, each bar's collision box for the labels.
import type { Box } from '../labels'
import type { ForcesScales } from './scales'
import type { ForcesOptions, StrengthInput } from './types'

export interface BarMark {
  e: StrengthInput
  i: number
  /** Centre x of the bar on the zoomed axis. */
  cx: number
  yLow: number
  yHigh: number
  box: Box
  half: number
  /** Side within a month's pair, so each label can sit on its own bar's outer side. */
  side?: 'left' | 'right'
}

/** One mark per estimate, in input order. */
export function layoutBars(strength: readonly StrengthInput[], s: Pick<ForcesScales, 'xZoom' | 'yStrength'>, o: ForcesOptions): BarMark[] {
  const byDate = new Map<string, number>()
  for (const e of strength) byDate.set(e.date, (byDate.get(e.date) ?? 0) + 1)
  const seen = new Map<string, number>()
  return strength.map((e, i) => {
    const n = byDate.get(e.date) ?? 1
    const k = seen.get(e.date) ?? 0
    seen.set(e.date, k + 1)
    const cx = s.xZoom(e.date) + (n > 1
      ? (k - (n - 1) / 2) * 2 * o.pairOffset
      : 0)
    const yLow = s.yStrength(e.low)
    const yHigh = s.yStrength(e.high)
    const half = e.kind === 'about'
      ? 5
      : o.barWidth / 2
    // A rise ("growth") carries a 6 px arrowhead above its top.
    const head = e.kind === 'growth'
      ? 6
      : 0
    const box = e.kind === 'about'
      ? {
          x: cx - half,
          y: yHigh - half,
          width: 2 * half,
          height: 2 * half,
        }
      : {
          x: cx - half,
          y: yHigh - head,
          width: 2 * half,
          height: yLow - yHigh + head,
        }
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
}
