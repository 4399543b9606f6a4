// Panel titles and the caption of the forces chart, at fixed positions (the tests check them).
import type { ForcesScales } from './scales'
import type { ForcesOptions, StrengthInput, TextBlock } from './types'
import { parseIsoDate } from '../iso-date'
import { strengthCaption } from './describe'
import { textBlock } from './text'

/** The ISIS-K panel's span in years, as its title says it: the zoom start (rounded to the nearer year) to the last full year. */
function zoomYears(s: Pick<ForcesScales, 'x' | 'xZoom'>): string {
  const start = new Date(s.xZoom.start)
  const from = start.getUTCFullYear() + (start.getUTCMonth() >= 6
    ? 1
    : 0)
  return `${from}–${new Date(s.x.end).getUTCFullYear() - 1}`
}

/** Both panel titles and the caption under the ISIS-K panel. */
export function layoutTitles(strength: readonly StrengthInput[], s: Pick<ForcesScales, 'x' | 'xZoom' | 'yTroops' | 'plot'>, o: ForcesOptions): { titles: TextBlock[], captions: TextBlock[] } {
  const lh = o.lineHeight
  const troops = textBlock('title:troops', ['US troops in Afghanistan'], s.x(parseIsoDate('2001-07-01')), s.yTroops(62_000), 'start', o.fontSize, lh, true)
  if (!o.isisk) {
    return {
      titles: [troops],
      captions: [],
    }
  }
  return {
    titles: [
      troops,
      textBlock('title:isisk', [`ISIS-K strength in Afghanistan, UN estimates (ranges), zoomed to ${zoomYears(s)}`], s.plot.x0, o.bottom.y0 - 26, 'start', o.fontSize, lh, true),
    ],
    captions: [
      textBlock('caption', strengthCaption(strength), s.plot.x0, o.bottom.y1 + o.axisHeight + 2, 'start', o.captionSize, 16),
    ],
  }
}
