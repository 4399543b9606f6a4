// Fixed text blocks of the forces chart (titles, captions, moment labels): their box from the
// measured font widths, so the tests can check every text against every other.
import type { TextBlock } from './types'
import { measureText } from '../text-width'

/**
 * A block of `lines` whose first line's box top is `top`; `x` is where the text is anchored.
 * Emphasised blocks are set in Inter 600 (ForcesChart.vue's `.title` and `.moment`).
 */
export function textBlock(key: string, lines: string[], x: number, top: number, anchor: TextBlock['anchor'], size: number, lineHeight: number, emphasis = false): TextBlock {
  const weight = emphasis
    ? 600
    : 400
  const width = Math.max(...lines.map(l => measureText(l, { fontSize: size, weight })))
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
