// The ledger and scorecard slides set every cell on one line of 18 px text. These checks
// catch, without a browser, a data edit that would wrap a line: each line's width from the
// deck's measured font widths (lib/text-width.ts, within about 2% of Chromium, so 2% is
// added) against its column (lib/scorecard.ts, lib/precedents.ts). The rendered slides are
// checked too: tests/e2e/quality.test.ts, cells marked data-one-line.
import { describe, expect, it } from 'vitest'
import { precedents } from '../data/precedents'
import { premiseChecks } from '../data/since-essay'
import { LEDGER_COLUMNS, precedentLedger } from '../lib/precedents'
import { evidenceLine, SCORECARD_COLUMNS } from '../lib/scorecard'
import { measureText } from '../lib/text-width'
import { CANVAS, GRID, TYPE } from '../styles/tokens'

const CONTENT = CANVAS.width - 2 * GRID.padX
const KERNING_MARGIN = 1.02

function width(text: string, weight = 400): number {
  return measureText(text, { fontSize: TYPE.body, weight }) * KERNING_MARGIN
}

/** "text (needs N px, has M px)" for each line wider than its room. */
function tooWide(lines: { text: string, px: number }[], room: number): string[] {
  return lines.filter(l => l.px > room).map(l => `${l.text} (needs ${Math.round(l.px)} px, has ${Math.round(room)} px)`)
}

describe('the since-the-essay scorecards (slides 23 and 24)', () => {
  const { verdict, when, pad } = SCORECARD_COLUMNS

  it('fit each dated evidence line on one line beside its date', () => {
    const lines = premiseChecks.flatMap(p => p.evidence.map(evidenceLine))
    expect(tooWide(lines.map(l => ({
      text: l.when,
      px: width(l.when, 600),
    })), when - pad)).toEqual([])
    expect(tooWide(lines.map(l => ({
      text: l.text,
      px: width(l.text),
    })), CONTENT - verdict - when - pad)).toEqual([])
  })

  it('fit each premise, with whose it is, on one line', () => {
    const lines = premiseChecks.map(p => `${p.premise} (${p.whose})`)
    expect(tooWide(lines.map(text => ({
      text,
      px: width(text, 600),
    })), CONTENT - verdict - pad)).toEqual([])
  })
})

describe('the precedent ledger (slide 21)', () => {
  const sides = precedentLedger(precedents)
  const { delivered, gap, rule } = LEDGER_COLUMNS
  const lines = (side: keyof typeof sides) => sides[side].flatMap(e => [
    {
      text: `${e.when} ${e.who.text}`,
      px: width(`${e.when} ${e.who.text}`, 600),
    },
    { text: e.passed, px: width(e.passed) + (e.outcome
      ? width(` · ${e.outcome}`, e.stated ? 600 : 400)
      : 0) },
  ])

  it('fits each line of the delivered side in its column', () => {
    expect(tooWide(lines('delivered'), delivered - gap)).toEqual([])
  })

  it('fits each line of the cost side, outcome included, in its column', () => {
    expect(tooWide(lines('cost-or-failed'), CONTENT - delivered - rule - gap)).toEqual([])
  })
})
