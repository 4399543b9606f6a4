// Layout of the two-panel forces chart (components/ForcesChart.vue): US troops in Afghanistan
// (top) and UN estimates of ISIS-K strength as ranges (bottom), on one shared time axis.
// Pure, so the tests can run it on the real data. Each part has its own file in lib/forces/:
// scales and ticks, troop path, moments, bars, titles, value labels, and the words.
import type { ForcesLayout, ForcesOptions, MomentInput, StrengthInput, TroopInput } from './forces/types'
import { TYPE } from '../styles/tokens'
import { layoutBars } from './forces/bars'
import { layoutMoments } from './forces/moments'
import { forcesScales, tickTextBoxes } from './forces/scales'
import { textBlock } from './forces/text'
import { layoutTitles } from './forces/titles'
import { layoutTroops } from './forces/troops'
import { defaultForcesOptions, troopsOnlyForcesOptions } from './forces/types'
import { placeValueLabels } from './forces/value-labels'
import { formatNumber } from './iso-date'

export { describeForces, strengthCaption, strengthLabel } from './forces/describe'
export { sampleSegments } from './forces/troops'
export * from './forces/types'

/**
 * The whole chart in px on a `width`-wide SVG: scales, troop series, moments, estimate bars
 * and their value labels placed clear of every other text and of the data. `fits` is false
 * if some value label found no free spot (the tests fail on it). With no `strength`, the
 * troop panel is drawn alone (`troopsOnlyForcesOptions`), its last figure labelled.
 */
export function layoutForces(
  troops: readonly TroopInput[],
  strength: readonly StrengthInput[],
  moments: readonly MomentInput[],
  partial: Partial<ForcesOptions> = {},
): ForcesLayout {
  const o = {
    ...defaultForcesOptions,
    ...(strength.length
      ? {}
      : troopsOnlyForcesOptions),
    ...partial,
  }
  const s = forcesScales(o)
  const troopsLayout = layoutTroops(troops, s, o)
  const momentsLayout = layoutMoments(moments, troops, s, o)
  const bars = layoutBars(strength, s, o)
  const { titles, captions } = layoutTitles(strength, s, o)
  const dataBoxes = [
    ...troopsLayout.dataBoxes,
    ...momentsLayout.dataBoxes,
    ...bars.map(b => ({ key: `bar:${b.i}`, box: b.box })),
  ]
  // Troops alone: the last figure (zero) gets its value, big, right of the point.
  const last = troopsLayout.troopPoints.at(-1)
  const endLabel = !o.isisk && last
    ? textBlock('value:end', [
        formatNumber(last.value),
      ], last.x + 8, last.y - TYPE.lead - 10, 'start', TYPE.lead, TYPE.lead + 4, true)
    : undefined
  const fixed = [
    ...titles,
    ...captions,
    ...momentsLayout.moments.map(m => m.label),
    ...(endLabel
      ? [endLabel]
      : []),
  ]
  const values = placeValueLabels(bars, [
    ...fixed.map(t => t.box),
    ...dataBoxes.map(d => d.box),
  ], {
    // 4 px above the panel's top gridline is still clear of the panel title.
    x: s.plot.x0,
    y: o.bottom.y0 - 4,
    width: o.width - s.plot.x0,
    height: o.bottom.y1 - o.bottom.y0 + 4,
  }, o)
  return {
    width: o.width,
    height: s.axisY + o.axisHeight + (o.isisk ? 20 : 4),
    isisk: o.isisk,
    endLabel,
    ...s,
    panels: {
      top: { y0: o.top.y0, y1: o.top.y1 },
      bottom: { y0: o.bottom.y0, y1: o.bottom.y1 },
    },
    troopPoints: troopsLayout.troopPoints,
    troopSegments: troopsLayout.troopSegments,
    strength: values.marks,
    moments: momentsLayout.moments,
    titles,
    captions,
    fits: values.fits,
    // Every text, for the overlap tests: tick labels, fixed blocks, then value labels.
    textBoxes: [
      ...tickTextBoxes(s, o),
      ...fixed.map(t => ({ key: t.key, box: t.box })),
      ...values.marks.map(m => ({ key: m.label.key, box: m.label.box })),
    ],
    dataBoxes,
  }
}
