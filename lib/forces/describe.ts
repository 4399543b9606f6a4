// The forces chart in words: value labels, the ISIS-K panel's caption and the SVG <desc>.
import type { MomentInput, ProjectionInput, StrengthInput, TroopInput } from './types'
import { formatIsoDate, formatNumber } from '../iso-date'

/** The value label of an ISIS-K estimate, e.g. "4,000–6,000*", "about 2,500", "2,200, then 4,000". */
export function strengthLabel(e: StrengthInput): string {
  if (e.kind === 'about')
    return `about ${formatNumber(e.low)}`
  if (e.kind === 'growth')
    return `${formatNumber(e.low)}, then ${formatNumber(e.high)}`
  return `${formatNumber(e.low)}–${formatNumber(e.high)}${e.includesFamily ? '*' : ''}`
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
  if (!strength.length)
    return `US troops in Afghanistan, 2001 to 2021, reported figures joined by lines (dashed across gaps of more than two years): ${t}. Marked: ${m}.`
  return `Two panels on one time axis, 2001 to 2024. Top: US troops in Afghanistan, reported figures joined by lines: ${t}. `
    + `Bottom: UN estimates of ISIS-K strength in Afghanistan, drawn as ranges: ${s}. ${p
      ? `${p}. `
      : ''}`
      + `Some estimates include family members. Marked: ${m}.`
}
