// The size tokens of styles/tokens.css for the layout code (lib/*-layout.ts, components'
// SVG geometry). styles/tokens.test.ts checks that every value here equals the CSS one.

/** The Slidev canvas, px: canvasWidth 980 at a 16:9 aspect ratio. */
export const CANVAS = { width: 980, height: 552 } as const

/**
 * The deck's type scale, px on the 980x552 canvas (six sizes, from design-rules.md rule 4:
 * headline about 28, body at least 18, chart labels at least 14, sources at least 12).
 */
export const TYPE = {
  display: 40,
  headline: 28,
  lead: 22,
  body: 18,
  label: 14,
  source: 12.5,
} as const

export type TypeStep = keyof typeof TYPE

/** The layout grid, px: headline top (padding), side padding, gap under the headline. */
export const GRID = {
  padTop: 32,
  padX: 44,
  headlineGap: 20,
} as const

/** CSS custom property of each size token, e.g. TYPE.label -> --bf-size-label. */
export const TYPE_VARS = Object.fromEntries(
  Object.keys(TYPE).map(k => [k, `--bf-size-${k}`]),
) as { [K in TypeStep]: `--bf-size-${K}` }
