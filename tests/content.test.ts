// Content rules for the whole deck (issue 9): dated present tense, titles held at the
// time, claims credited to the essay only with a claim id, quotations only when
// registered and cited, no wording copied from the seed. The pure checks are in
// tests/rules/deck-rules.ts and fail on bad input in tests/rules/content-rules.test.ts.
import type { DeckSlide } from '../scripts/deck'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { essayClaimById } from '../data/essay'
import * as evidence from '../data/evidence'
import { quotations } from '../data/quotations'
import { isAfterEssay } from '../lib/essay-date'
import { loadDeck, ROOT } from '../scripts/deck'
import {
  attributions,
  copiedRuns,
  datesInText,
  expiredTitles,
  extractSourceIds,
  seedParagraphs,
  undatedPresent,
  unregisteredQuotes,
  visibleText,
} from './rules/deck-rules'

let slides: DeckSlide[] = []
beforeAll(async () => {
  slides = (await loadDeck()).slides
})

const label = (s: DeckSlide) => `slide ${s.no} (${s.file.replace(`${ROOT}/`, '')}): ${s.title}`
/** What the audience reads, line by line (so cards and list items stay separate sentences), and the notes. */
function slideText(s: DeckSlide) {
  return [
    s.title,
    ...s.content.split('\n').map(visibleText),
    ...boundRecords(s.content).flatMap(r => strings(r.record.chart)),
  ].filter(Boolean).join('\n')
}
/** The evidence records of data/evidence.ts a slide binds (`v-bind="laneStrips.talibanWar.chart"`). */
function boundRecords(markdown: string) {
  return [
    ...markdown.matchAll(/\b(miniTimelines|rangeScales|exchanges|laneStrips|priorityLadders)\.(\w+)\b/g),
  ].map(([ref, group, id]) => {
    const record = (evidence[group as keyof typeof evidence] as Record<string, { chart: unknown, sources: readonly string[] }>)[id!]
    if (!record)
      throw new Error(`${ref} is not a record in data/evidence.ts`)
    return { ref, record }
  })
}
/** Every string in a record, one a line: what the audience reads in its chart. */
function strings(value: unknown): string[] {
  if (typeof value === 'string')
    return [value]
  if (Array.isArray(value))
    return value.flatMap(strings)
  if (value && typeof value === 'object')
    return Object.values(value).flatMap(strings)
  return []
}
const allText = (s: DeckSlide) => `${slideText(s)}\n${s.note}`

/** Data files whose strings reach slides, charts or notes (sources.ts is checked by its own tests). */
const dataFiles = readdirSync(resolve(ROOT, 'data'))
  .filter(f => f.endsWith('.ts') && f !== 'sources.ts' && f !== 'quotations.ts' && f !== 'essay.ts')
  .map(f => ({
    file: `data/${f}`,
    text: readFileSync(resolve(ROOT, 'data', f), 'utf8'),
  }))
/** String literals of a TypeScript file (comments excluded), one per line. */
function literals(ts: string) {
  return [
    ...ts.matchAll(/'((?:[^'\\\n]|\\.)*)'/g),
  ].map(m => m[1]!.replace(/\\'/g, '\''))
}

describe('every claim about "now" names its date', () => {
  it('on slides and in notes', () => {
    const bad = slides.flatMap(s => undatedPresent(allText(s)).map(t => `${label(s)}: "${t}"`))
    expect(bad).toEqual([])
  })
  it('in data that reaches the slides', () => {
    const bad = dataFiles.flatMap(d => literals(d.text).flatMap(undatedPresent).map(t => `${d.file}: "${t}"`))
    expect(bad).toEqual([])
  })
})

describe('officials carry the title they held at the time', () => {
  it('on slides and in notes', () => {
    const bad = slides.flatMap(s => expiredTitles(allText(s)).map(t => `${label(s)}: "${t}"`))
    expect(bad).toEqual([])
  })
  it('in data that reaches the slides', () => {
    const bad = dataFiles.flatMap(d => literals(d.text).flatMap(expiredTitles).map(t => `${d.file}: "${t}"`))
    expect(bad).toEqual([])
  })
})

describe('claims credited to the essay', () => {
  it('cite a claim id (frontmatter `claims`) wherever a slide or note says what the essay or its authors argue', () => {
    const bad = slides.flatMap((s) => {
      const found = attributions(allText(s))
      return found.length && s.claims.length === 0
        ? [`${label(s)}: no claims: [...] for "${found[0]}"`]
        : []
    })
    expect(bad).toEqual([])
  })
  it('cite only claim ids that exist in data/essay.ts', () => {
    const bad = slides.flatMap(s => s.claims.filter(id => !essayClaimById[id]).map(id => `${label(s)}: unknown claim "${id}"`))
    expect(bad).toEqual([])
  })
  it('never copy 8 or more words of the seed without quotation marks', () => {
    const seed = seedParagraphs(readFileSync(resolve(ROOT, 'tests/fixtures/seed-essay.txt'), 'utf8')).join(' ')
    const bad = [
      ...slides.flatMap(s => copiedRuns(allText(s), seed).map(r => `${label(s)}: "${r}"`)),
      ...dataFiles.flatMap(d => copiedRuns(literals(d.text).join(' | '), seed).map(r => `${d.file}: "${r}"`)),
    ]
    expect(bad).toEqual([])
  })
})

describe('quotations', () => {
  it('on a slide or in its notes are registered in data/quotations.ts, from a source the slide cites', () => {
    const bad = slides.flatMap((s) => {
      const cited = extractSourceIds(s.content)
      // Ids bound from typed data (`:ids="timelineSources"`) cannot be read here; then only the wording is checked.
      const citedOrUnknown = /<SourceLine\b[^>]*:ids="[a-z_$]/i.test(s.content)
        ? undefined
        : cited
      return unregisteredQuotes(allText(s), quotations, citedOrUnknown).map(q => `${label(s)}: “${q}”`)
    })
    expect(bad).toEqual([])
  })
  it('in data records are registered', () => {
    const bad = dataFiles.flatMap(d => literals(d.text).flatMap(t => unregisteredQuotes(t, quotations, undefined)).map(q => `${d.file}: “${q}”`))
    expect(bad).toEqual([])
  })
})

describe('facts after the essay (31 Mar 2024)', () => {
  it('are marked on the slide line that dates them (<EssayMark>), outside the since-the-essay section and the appendix', () => {
    const endAt = slides.findIndex(s => s.routeAlias === 'end')
    const bad = slides
      .filter(s => !['cover', 'section', 'end'].includes(s.layout) && !(s.routeAlias ?? '').startsWith('since-') && s.no - 1 < endAt)
      .flatMap((s) => {
        // A date in a record the slide binds from data/evidence.ts is marked when the slide marks that same date;
        // a lane strip marks its own labels (lib/lane-strip.ts, AFTER_ESSAY_SUFFIX, tested there).
        const marked = [
          ...s.content.matchAll(/<EssayMark date="([^"]+)"/g),
        ].map(m => m[1]!)
        const lines = [
          ...s.content.split('\n').filter(line => !/our-view|<SourceLine|^\s*(?:import|const)\b/.test(line) && !/<EssayMark\b/.test(line)).map(visibleText),
          ...boundRecords(s.content).filter(r => !r.ref.startsWith('laneStrips.')).flatMap(r => strings(r.record.chart)),
        ]
        return lines.flatMap(line => datesInText(line).filter(d => isAfterEssay(d) && !marked.some(m => m.startsWith(d) || d.startsWith(m))).map(d => `${label(s)}: ${d} in "${line}"`))
      })
    expect(bad).toEqual([])
  })
})

describe('evidence records bound from data/evidence.ts', () => {
  it('are cited: the slide\'s source line names every source of the records it draws', () => {
    const bad = slides.flatMap((s) => {
      const cited = extractSourceIds(s.content)
      return boundRecords(s.content).flatMap(r => r.record.sources.filter(id => !cited.includes(id)).map(id => `${label(s)}: ${r.ref} needs ${id}`))
    })
    expect(bad).toEqual([])
  })
  it('are all drawn on some slide (no orphan facts)', () => {
    const bound = new Set(slides.flatMap(s => boundRecords(s.content).map(r => r.ref)))
    const all = Object.entries(evidence).filter(([, v]) => typeof v === 'object').flatMap(([group, records]) => Object.keys(records as object).map(id => `${group}.${id}`))
    expect(all.filter(ref => !bound.has(ref))).toEqual([])
  })
})

describe('the title slide', () => {
  it('derives "Latest event" from the data, dates the source check, and names the essay of 31 March 2024', () => {
    const cover = slides[0]!
    // From the data at build time (build/evidence-date.ts), not typed by hand.
    expect(cover.content).toMatch(/from 'virtual:evidence-as-of'/)
    expect(visibleText(cover.content)).not.toMatch(/Latest event \d|sources checked \d/)
    expect(visibleText(cover.content)).toMatch(/essay of 31 March 2024/)
  })
})

describe('the section "Since the essay"', () => {
  it('has at most 3 slides, its section break included, right before the conclusion', () => {
    const first = slides.findIndex(s => s.routeAlias === 'since-essay')
    const conclusion = slides.findIndex(s => s.routeAlias === 'conclusion')
    expect(first).toBeGreaterThan(0)
    expect(slides[first]!.layout).toBe('section')
    expect(conclusion - first).toBeGreaterThan(0)
    expect(conclusion - first).toBeLessThanOrEqual(3)
  })
})
