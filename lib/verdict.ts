// Verdicts for an options matrix: a small typed scale, and how each step is drawn.
// Every step is shown as a mark AND a word: ✓ favourable to the US, ~ mixed, ✗ unfavourable.
// The marks say "good for us", not "how much", so a low cost reads as ✓ Low and can't be read
// backwards the way a full Harvey ball on "low cost" could. All verdicts are our own judgement,
// drawn in the judgement ink (styles/colour-meaning.ts), never in an actor's hue.
import type { SourceId } from '../data/sources'

export const verdicts = ['good', 'mixed', 'poor'] as const
export type Verdict = typeof verdicts[number]

/** The verdict mark: ✓ favourable to the US, ~ mixed, ✗ unfavourable. */
export type VerdictSymbol = 'check' | 'tilde' | 'cross'

export interface VerdictStyle {
  symbol: VerdictSymbol
  /** CSS custom property (a meaning alias from styles/tokens.css) for the mark. */
  mark: `--bf-${string}`
  /** CSS custom property for the verdict word. */
  text: `--bf-${string}`
  /** Word used when a criterion gives no wording of its own. */
  word: string
  /** For ordering options: higher is better for the US. */
  score: number
}

const styles: Record<Verdict, VerdictStyle> = {
  good: {
    symbol: 'check',
    mark: '--bf-judgement',
    text: '--bf-judgement-text',
    word: 'Favourable',
    score: 2,
  },
  mixed: {
    symbol: 'tilde',
    mark: '--bf-judgement',
    text: '--bf-judgement-text',
    word: 'Mixed',
    score: 1,
  },
  poor: {
    symbol: 'cross',
    mark: '--bf-judgement',
    text: '--bf-judgement-text',
    word: 'Unfavourable',
    score: 0,
  },
}

export function verdictStyle(verdict: Verdict): VerdictStyle {
  return styles[verdict]
}

/** One criterion: its label and, optionally, its own word for each verdict ("Low" cost, "High" risk). */
export interface Criterion {
  id: string
  label: string
  words?: Partial<Record<Verdict, string>>
}

/** The deck's judgement of one option on one criterion: analysis, not a fact. */
export interface Assessment {
  verdict: Verdict
  /** One short sentence, for the speaker notes. */
  rationale: string
  /** Facts that support the judgement; empty where it is reasoning alone. */
  sources: readonly SourceId[]
}

export interface CourseOfAction<C extends string = string> {
  id: string
  name: string
  /** A few words under the name, e.g. "status quo". */
  detail?: string
  recommended?: boolean
  verdicts: Readonly<Record<C, Assessment>>
}

export function verdictWord(verdict: Verdict, criterion?: Pick<Criterion, 'words'>): string {
  return criterion?.words?.[verdict] ?? styles[verdict].word
}

/** What a screen reader hears for one cell, e.g. "Intelligence gained: Little (unfavourable)". */
export function verdictSentence(verdict: Verdict, criterion: Criterion): string {
  const word = verdictWord(verdict, criterion)
  const generic = styles[verdict].word.toLowerCase()
  return word.toLowerCase() === generic
    ? `${criterion.label}: ${word}`
    : `${criterion.label}: ${word} (${generic})`
}

/** The criteria to show, by id and in the order given; all of them when `ids` is absent. */
export function selectCriteria<T extends Pick<Criterion, 'id'>>(criteria: readonly T[], ids?: readonly string[]): T[] {
  if (!ids)
    return [...criteria]
  return ids.map((id) => {
    const found = criteria.find(c => c.id === id)
    if (!found)
      throw new Error(`Unknown criterion "${id}": expected one of ${criteria.map(c => c.id).join(', ')}`)
    return found
  })
}

export function assessmentOf(option: CourseOfAction, criterionId: string): Assessment {
  const assessment = option.verdicts[criterionId]
  if (!assessment)
    throw new Error(`Option "${option.id}" has no verdict for criterion "${criterionId}"`)
  return assessment
}

/** Sum of verdict scores over the given criteria (all criteria weigh the same). */
export function scoreOption(option: CourseOfAction, criteria: readonly Pick<Criterion, 'id'>[]): number {
  return criteria.reduce((sum, c) => sum + styles[assessmentOf(option, c.id).verdict].score, 0)
}

/** Options best-first by score; ties keep their data order. Returns a new array. */
export function rankOptions<T extends CourseOfAction>(options: readonly T[], criteria: readonly Pick<Criterion, 'id'>[]): T[] {
  return options
    .map((option, index) => ({
      option,
      index,
      score: scoreOption(option, criteria),
    }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(entry => entry.option)
}

/** Every source id behind an option set's verdicts, first-seen order, no duplicates. */
export function collectSources(options: readonly CourseOfAction[]): SourceId[] {
  const ids = new Set<SourceId>()
  for (const option of options) {
    for (const assessment of Object.values<Assessment>(option.verdicts))
      assessment.sources.forEach(id => ids.add(id))
  }
  return [...ids]
}

/** The verdict's mark, for the key: ✓, ~ or ✗. */
export function verdictGlyph(verdict: Verdict): string {
  return { check: '✓', tilde: '~', cross: '✗' }[styles[verdict].symbol]
}

/**
 * SVG path (stroked, no fill) of a verdict mark in a size x size box: a tick, a tilde or a
 * cross. Drawn as paths so no font has to carry the glyphs.
 */
export function verdictMarkPath(symbol: VerdictSymbol, size: number): string {
  const s = size
  const f = (n: number) => Math.round(n * s * 100) / 100
  if (symbol === 'check')
    return `M${f(0.18)} ${f(0.52)}L${f(0.42)} ${f(0.76)}L${f(0.84)} ${f(0.24)}`
  if (symbol === 'tilde')
    return `M${f(0.14)} ${f(0.58)}C${f(0.3)} ${f(0.3)} ${f(0.45)} ${f(0.36)} ${f(0.5)} ${f(0.5)}S${f(0.7)} ${f(0.7)} ${f(0.86)} ${f(0.42)}`
  return `M${f(0.22)} ${f(0.22)}L${f(0.78)} ${f(0.78)}M${f(0.78)} ${f(0.22)}L${f(0.22)} ${f(0.78)}`
}
