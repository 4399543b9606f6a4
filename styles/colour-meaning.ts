// One meaning per hue. Every coloured mark in the deck says one of these things, and each
// thing has one hue (Okabe-Ito, darkened for a projector). Components use the CSS alias
// (e.g. var(--bf-isisk)), never a raw hue token; styles/colour-meaning.test.ts enforces both.

/** What a colour can mean in the deck. */
export type Meaning = 'isisk' | 'us' | 'taliban' | 'plot' | 'judgement' | 'context'

export interface MeaningColour {
  /** What the audience should read from the colour. */
  label: string
  /** CSS alias components use for marks (lines, fills, markers). */
  alias: `--bf-${string}`
  /** The raw token the alias resolves to in styles/tokens.css (>= 3:1 on every background). */
  mark: `--bf-mark-${string}` | '--bf-text-ink'
  /** CSS alias for text in this meaning (>= 4.5:1). */
  textAlias: `--bf-${string}-text`
}

export const COLOUR_MEANING = {
  isisk: {
    label: 'ISIS-K violence',
    alias: '--bf-isisk',
    mark: '--bf-mark-vermillion',
    textAlias: '--bf-isisk-text',
  },
  us: {
    label: 'the United States',
    alias: '--bf-us',
    mark: '--bf-mark-blue',
    textAlias: '--bf-us-text',
  },
  taliban: {
    label: 'the Taliban',
    alias: '--bf-taliban',
    mark: '--bf-mark-green',
    textAlias: '--bf-taliban-text',
  },
  plot: {
    label: 'a plot foiled or a cell arrested',
    alias: '--bf-plot',
    mark: '--bf-mark-purple',
    textAlias: '--bf-plot-text',
  },
  judgement: {
    label: 'our own judgement',
    alias: '--bf-judgement',
    mark: '--bf-text-ink',
    textAlias: '--bf-judgement-text',
  },
  context: {
    label: 'neutral structure: axes, borders',
    alias: '--bf-context',
    mark: '--bf-mark-grey',
    textAlias: '--bf-context-text',
  },
} as const satisfies Record<Meaning, MeaningColour>

/** `var(--bf-…)` of a meaning, for inline SVG attributes. */
export function meaningVar(m: Meaning, kind: 'mark' | 'text' = 'mark'): string {
  const c = COLOUR_MEANING[m]
  return `var(${kind === 'mark'
    ? c.alias
    : c.textAlias})`
}

/** Raw hue tokens that may appear only in styles/tokens.css (everything else uses an alias). */
export const RAW_HUE_TOKENS = [
  '--bf-mark-blue',
  '--bf-mark-vermillion',
  '--bf-mark-green',
  '--bf-mark-purple',
  '--bf-text-alert',
  '--bf-text-ok',
  '--bf-text-accent',
  '--bf-text-plot',
] as const

/**
 * Selectors that show our own judgement (the deck's view, a verdict, the recommended row):
 * they must be drawn in the judgement colour, never in a hue that means an actor.
 */
export const JUDGEMENT_SELECTORS = ['.our-view', '.bf-options tr.pick', '.verdict'] as const

/**
 * The mark of an event's actor on a chart: its meaning's hue, or a hollow ink ring for an
 * actor the map has no hue for (`other`), so no hue takes a second meaning. `undefined` for
 * no actor (the caller falls back to its own colour); throws on an unknown actor name.
 */
export function actorMark(actor: string | undefined): { fill: string, hollow: boolean } | undefined {
  if (actor === undefined)
    return undefined
  if (actor === 'other')
    return { fill: 'var(--bf-text-ink)', hollow: true }
  if (actor === 'us' || actor === 'isisk' || actor === 'taliban') {
    return {
      fill: meaningVar(actor),
      hollow: false,
    }
  }
  throw new Error(`No colour for actor "${actor}": use us, isisk, taliban or other`)
}
