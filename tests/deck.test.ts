// Content rules for the whole deck, on the slides as Slidev parses them.
// The pure checks live in tests/rules/deck-rules.ts (unit-tested with bad inputs in tests/rules/deck-rules.test.ts).
import type { DeckSlide } from '../scripts/deck'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { sources } from '../data/sources'
import { storyline, storylineSteps } from '../data/storyline'
import { loadDeck, ROOT } from '../scripts/deck'
import {
  bodyText,
  clickMarkers,
  countWords,
  extractSourceIds,
  hasSourceLine,
  isFrameLayout,
  isSentenceHeadline,
  listLengths,
  notesProblem,
  proseText,
  statesFigureOrQuote,
  storylineProblems,
  unknownIds,
} from './rules/deck-rules'
import { PROSE_WORD_LIMIT } from './rules/words'

let slides: DeckSlide[] = []
let features: Awaited<ReturnType<typeof loadDeck>>['features']
/** Slides after the end slide are the appendix: backup data, looser text rules. */
let endIndex = -1

beforeAll(async () => {
  ;({ slides, features } = await loadDeck())
  endIndex = slides.findIndex(s => s.routeAlias === storyline.end)
})

const isAppendix = (s: DeckSlide) => endIndex >= 0 && s.no - 1 > endIndex
const isBody = (s: DeckSlide) => !isFrameLayout(s.layout)
const label = (s: DeckSlide) => `slide ${s.no} (${s.file.replace(`${ROOT}/`, '')}): ${s.title}`

describe('the deck', () => {
  it('loads with an end slide', () => {
    expect(slides.length).toBeGreaterThan(15)
    expect(endIndex).toBeGreaterThan(0)
  })

  it('turns on no Slidev feature it does not use: no KaTeX', () => {
    // Slidev turns KaTeX on when any line of the slides holds two "$" (two `$slidev` on one
    // line do), and every visitor then loads its CSS: 18 KB of rules and 60 font faces
    // that slow slide 1's first layout. Put each `$slidev` on its own line.
    expect(features.katex, 'KaTeX detected in the slides\' source').toBe(false)
  })

  it('gives every slide a title', () => {
    const untitled = slides.filter(s => !s.title.trim()).map(label)
    expect(untitled).toEqual([])
  })

  it('gives every body slide a one-sentence assertion headline', () => {
    const bad = slides.filter(isBody).flatMap((s) => {
      const check = isSentenceHeadline(s.title)
      return check.ok
        ? []
        : [`${label(s)}: ${check.reason}`]
    })
    expect(bad).toEqual([])
  })

  it('gives every slide speaker notes of 40-150 words', () => {
    const bad = slides.flatMap((s) => {
      const problem = notesProblem(s.note)
      return problem
        ? [`${label(s)}: ${problem}`]
        : []
    })
    expect(bad).toEqual([])
  })

  it('marks every click in the notes of slides that use clicks', () => {
    const bad = slides.filter(s => s.clicks && clickMarkers(s.note) === 0).map(label)
    expect(bad).toEqual([])
  })

  it(`keeps prose to at most ${PROSE_WORD_LIMIT} words and lists to 2-4 items (appendix excepted)`, () => {
    const bad = slides.filter(s => !isAppendix(s)).flatMap((s) => {
      const words = countWords(proseText(s.content))
      const lists = listLengths(s.content).filter(n => n < 2 || n > 4)
      return [
        ...(words > PROSE_WORD_LIMIT
          ? [`${label(s)}: ${words} words of prose`]
          : []),
        ...lists.map(n => `${label(s)}: a list of ${n} items`),
      ]
    })
    expect(bad).toEqual([])
  })

  it('puts a SourceLine on every slide that states a figure, date or quotation', () => {
    const bad = slides
      .filter(s => s.layout !== 'cover' && s.routeAlias !== storyline.end)
      .filter(s => statesFigureOrQuote(`${s.title} ${bodyText(s.content)}`) && !hasSourceLine(s.content))
      .map(label)
    expect(bad).toEqual([])
  })
})

describe('the storyline', () => {
  it('maps every step to an alias that exists, in increasing slide order', () => {
    const steps = storylineSteps.map(step => [step, storyline[step]] as const)
    expect(storylineProblems(steps, slides.map(s => s.routeAlias))).toEqual([])
  })

  it('has unique route aliases', () => {
    const aliases = slides.flatMap(s => s.routeAlias
      ? [s.routeAlias]
      : [])
    expect(aliases.length).toBe(new Set(aliases).size)
  })
})

describe('sources', () => {
  const files = [
    resolve(ROOT, 'slides.md'),
    ...readdirSync(resolve(ROOT, 'pages')).filter(f => f.endsWith('.md')).map(f => resolve(ROOT, 'pages', f)),
  ]

  it('cites only ids that exist in data/sources.ts', () => {
    const unknown = files.flatMap(f => unknownIds(extractSourceIds(readFileSync(f, 'utf8')), sources)
      .map(id => `${f.replace(`${ROOT}/`, '')}: ${id}`))
    expect(unknown).toEqual([])
  })
})
