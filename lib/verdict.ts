// Verdicts for an options matrix: a small typed scale, and how each step is drawn.
// Every step is shown three ways at once (symbol, word, colour), so no reader
// depends on colour alone and blue/vermillion never rely on red against green.
import type { SourceId } from '../data/sources'

export const verdicts = ['good', 'mixed', 'poor'] as const
export type Verdict = typeof verdicts[number]

/** Harvey-ball fill: full is favourable to the US, empty unfavourable. */
export type VerdictSymbol = 'full' | 'half' | 'empty'

export interface VerdictStyle {
  symbol: VerdictSymbol
  /** CSS custom property (from styles/tokens.css) for the symbol. */
  mark: `--bf-mark-${string}`
  /** CSS custom property for the verdict word. */
  text: `--bf-text-${string}`
  /** Word used when a criterion gives no wording of its own. */
  word: string
  /** For ordering options: higher is better for the US. */
  score: number
}

const styles: Record<Verdict, VerdictStyle> = {
  good: {
    symbol: 'full',
    mark: '--bf-mark-blue',
    text: '--bf-text-accent',
    word: 'Favourable',
    score: 2,
  },
  mixed: {
    symbol: 'half',
    mark: '--bf-mark-grey',
    text: '--bf-text-muted',
    word: 'Mixed',
    score: 1,
  },
  poor: {
    symbol: 'empty',
    mark: '--bf-mark-vermillion',
    text: '--bf-text-alert',
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

/**
 * SVG path for the filled part of a Harvey ball of radius r centred at (cx, cy):
 * the whole disc, its left half, or nothing.
 */
export function harveyFillPath(symbol: VerdictSymbol, cx: number, cy: number, r: number): string | null {
  if (symbol === 'empty')
    return null
  if (symbol === 'half')
    return `M${cx} ${cy - r}A${r} ${r} 0 0 0 ${cx} ${cy + r}Z`
  return `M${cx - r} ${cy}A${r} ${r} 0 1 0 ${cx + r} ${cy}A${r} ${r} 0 1 0 ${cx - r} ${cy}Z`
}
