// Pure checks behind tests/deck.test.ts: how a slide should read.
// Each takes plain strings, so tests/rules/deck-rules.test.ts can prove it fails on bad input.

import { countWords } from './words'

// One word counter for headlines, notes and prose: tests/rules/words.ts.
export { countWords }

/** Layouts that frame the talk (no assertion headline required). */
export const FRAME_LAYOUTS = ['cover', 'section', 'end'] as const

export function isFrameLayout(layout: string): boolean {
  return (FRAME_LAYOUTS as readonly string[]).includes(layout)
}

const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'can',
  'could',
  'will',
  'would',
  'should',
  'must',
  'may',
  'might',
  'shall',
  'isn\'t',
  'aren\'t',
  'won\'t',
  'can\'t',
])

/** Regular verb stems likely in an argument deck; matched with -s/-es/-ed/-d/-ies/-ied. */
const VERB_STEMS = [
  'answer',
  'argue',
  'attack',
  'back',
  'build',
  'buy',
  'carry',
  'change',
  'claim',
  'complete',
  'cost',
  'cut',
  'deal',
  'depend',
  'drive',
  'end',
  'expand',
  'explain',
  'face',
  'fail',
  'fall',
  'feed',
  'fight',
  'gain',
  'give',
  'go',
  'grow',
  'help',
  'hit',
  'keep',
  'kill',
  'lead',
  'leave',
  'let',
  'limit',
  'lose',
  'make',
  'mark',
  'matter',
  'mean',
  'move',
  'need',
  'offer',
  'open',
  'pay',
  'plot',
  'point',
  'press',
  'prove',
  'push',
  'put',
  'reach',
  'rebuild',
  'remain',
  'require',
  'rise',
  'run',
  'say',
  'serve',
  'shift',
  'show',
  'spread',
  'stop',
  'strike',
  'suggest',
  'support',
  'survive',
  'take',
  'trade',
  'turn',
  'warn',
  'weigh',
  'win',
  'work',
]

const IRREGULAR_PAST = new Set([
  'built',
  'bought',
  'fed',
  'fell',
  'fought',
  'gave',
  'went',
  'grew',
  'kept',
  'led',
  'left',
  'lost',
  'made',
  'meant',
  'paid',
  'rebuilt',
  'rose',
  'ran',
  'said',
  'struck',
  'took',
  'won',
  'drove',
])

/** Words after which a verb-looking token is a noun or an infinitive ("the limits", "to strike"). */
const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  'this',
  'these',
  'those',
  'of',
  'for',
  'in',
  'on',
  'with',
  'no',
  'every',
  'any',
  'each',
  'some',
  'more',
  'most',
  'to',
  'by',
  'from',
  'at',
  'and',
  'or',
])

function verbForms(stem: string): string[] {
  const forms = [
    stem,
    `${stem}s`,
    `${stem}es`,
    `${stem}ed`,
    `${stem}d`,
  ]
  if (stem.endsWith('y'))
    forms.push(`${stem.slice(0, -1)}ies`, `${stem.slice(0, -1)}ied`)
  const last = stem.at(-1) ?? ''
  if (/[bdgmnprt]/.test(last) && /[aeiou][bdgmnprt]$/.test(stem) && !/[aeiou]{2}./.test(stem))
    forms.push(`${stem}${last}ed`)
  return forms
}

const VERB_FORMS = new Set(VERB_STEMS.flatMap(verbForms))

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, '\'')
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean)
}

/** True if some token past the first looks like a finite verb and is not marked as a noun. */
export function hasFiniteVerb(text: string): boolean {
  const words = tokens(text)
  return words.some((word, i) => {
    if (i === 0)
      return false
    const prev = words[i - 1] ?? ''
    if (AUXILIARIES.has(word))
      return true
    if (NOUN_MARKERS.has(prev))
      return false
    return VERB_FORMS.has(word) || IRREGULAR_PAST.has(word) || (word.length > 4 && /[a-z]ed$/.test(word))
  })
}

export interface HeadlineCheck {
  ok: boolean
  reason?: string
}

/** Max characters for a headline that fits two lines at 28 px on the 980 px canvas. */
export const MAX_HEADLINE_CHARS = 90

/**
 * An assertion headline: one full sentence stating the point (design rule 1).
 * Heuristic: at least 5 words, a finite verb past the first word, no trailing
 * colon, short enough for two lines. "Withdrawal" and "The Options" fail.
 */
export function isSentenceHeadline(title: string): HeadlineCheck {
  const t = title.trim()
  if (!t)
    return { ok: false, reason: 'empty title' }
  if (t.endsWith(':'))
    return { ok: false, reason: 'ends with a colon' }
  if (t.length > MAX_HEADLINE_CHARS)
    return { ok: false, reason: `longer than ${MAX_HEADLINE_CHARS} characters` }
  if (countWords(t) < 5)
    return { ok: false, reason: 'fewer than 5 words: a label, not a sentence' }
  if (!hasFiniteVerb(t))
    return { ok: false, reason: 'no verb found: a noun phrase, not a sentence' }
  return { ok: true }
}

/** Source ids cited by <SourceLine :ids="[...]"> tags in a slide or page. */
export function extractSourceIds(markdown: string): string[] {
  const ids: string[] = []
  for (const m of markdown.matchAll(/<SourceLine\b[^>]*?:ids="\[([^\]]*)\]"/g)) {
    for (const id of (m[1] ?? '').matchAll(/'([^']+)'/g))
      ids.push(id[1]!)
  }
  return ids
}

export function hasSourceLine(markdown: string): boolean {
  // Literal ids, or a binding to ids taken from typed data (checked by vue-tsc).
  return /<SourceLine\b[^>]*:ids="(?:\[\s*'[^']+'|[a-z_$][\w$.]*")/i.test(markdown)
    || hasSourceColumn(markdown)
}

/**
 * A table whose Source column links each row to its reference entry: it replaces the source
 * block under an appendix table (design-rules.md rule 5). Either a hand-written table, or a
 * <DataTable> whose `source` cell slot holds the link.
 */
export function hasSourceColumn(markdown: string): boolean {
  return (/<th>Source<\/th>/.test(markdown) && /<td>\s*<ReferenceLink\b[^>]*:n=/.test(markdown))
    || /<DataTable\b[^>]*>[\s\S]*?<template #cell-source="[^"]*">\s*<ReferenceLink\b[^>]*:n=/.test(markdown)
}

/**
 * The text an audience reads on the slide: no notes, scripts, styles, source
 * line, tags or markdown syntax. Components (which render data) leave nothing.
 */
export function visibleText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<SourceLine\b[^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{\{[\s\S]*?\}\}/g, ' ')
    .replace(/^\s*#+\s*/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/[*_`|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The slide's visible text minus its first-level title line. */
export function bodyText(markdown: string): string {
  return visibleText(markdown.replace(/^\s*#\s+(?:\S.*)?$/m, ''))
}

/**
 * Visible text without the evidence: tables and blocks marked `data-evidence` (a ledger, a
 * diagram), as the rendered-slide count in tests/e2e/quality.test.ts leaves them out. A marked
 * block ends at its closing tag at the start of a line (the tags nested in it are indented).
 */
export function proseText(markdown: string): string {
  return bodyText(markdown
    .replace(/<table\b[\s\S]*?<\/table>/g, ' ')
    .replace(/^<(\w+)\b[^>]*\sdata-evidence\b[^>]*>[\s\S]*?\n<\/\1>/gm, ' '))
}

/** A figure, date or quotation: any digit, or a double quotation mark (not an apostrophe). */
export function statesFigureOrQuote(text: string): boolean {
  return /[\d"“”«»]/.test(text)
}

/** Items in each markdown list, HTML list or card group (`<div class="cards">`) of the slide. */
export function listLengths(markdown: string): number[] {
  const lengths: number[] = []
  for (const m of markdown.matchAll(/<div class="cards\b[^"]*">([\s\S]*?)^<\/div>/gm))
    lengths.push((m[1]!.match(/class="card(?:\s[^"]*)?"/g) ?? []).length)
  for (const m of markdown.matchAll(/<ul\b[^>]*>([\s\S]*?)<\/ul>/g))
    lengths.push((m[1]!.match(/<li\b/g) ?? []).length)
  const noHtml = markdown.replace(/<ul\b[\s\S]*?<\/ul>/g, '\n\n')
  let run = 0
  for (const line of `${noHtml}\n`.split('\n')) {
    if (/^[-*+]\s+/.test(line)) {
      run++
    }
    else if (line.trim() === '' || /^\s*<\/?v-clicks>/.test(line)) {
      continue
    }
    else if (run) {
      lengths.push(run)
      run = 0
    }
  }
  if (run)
    lengths.push(run)
  return lengths
}

/** `[click]` markers in notes, one per line start. */
export function clickMarkers(note: string): number {
  return (note.match(/^\[click(?::\d+)?\]/gm) ?? []).length
}

/**
 * Problems with a storyline against the deck's route aliases (in slide order):
 * a step whose alias no slide carries, or a step that comes before the previous one.
 */
export function storylineProblems(steps: readonly (readonly [step: string, alias: string])[], aliasesInOrder: readonly (string | undefined)[]): string[] {
  const problems: string[] = []
  let last = -1
  for (const [step, alias] of steps) {
    const at = aliasesInOrder.indexOf(alias)
    if (at < 0) {
      problems.push(`step "${step}": no slide has routeAlias "${alias}"`)
      continue
    }
    if (at <= last)
      problems.push(`step "${step}" (slide ${at + 1}) is not after the previous step (slide ${last + 1})`)
    last = at
  }
  return problems
}

/** Cited ids that are not in the known set. */
export function unknownIds(cited: readonly string[], known: Readonly<Record<string, unknown>>): string[] {
  return [
    ...new Set(cited.filter(id => !Object.hasOwn(known, id))),
  ]
}

/** Notes length check: 40-150 words. */
export function notesProblem(note: string, min = 40, max = 150): string | undefined {
  const n = countWords(note)
  return n < min || n > max
    ? `${n} words of notes (want ${min}-${max})`
    : undefined
}

// ---------------------------------------------------------------------------
// Content rules (issue: dated claims, faithful attribution, exact quotations).

/** Sentences of a text: split after . ! ? and at line breaks; empty pieces dropped. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map(s => s.trim())
    .filter(Boolean)
}

const PRESENT = /\b(?:now|today|still|currently|at present|nowadays|these days)\b/i
const HAS_DATE = /\b(?:1[89]|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b/

/**
 * Sentences that speak in the present tense ("now", "today", "still", "currently")
 * without naming a year or a month and year in the same sentence. The deck is given
 * long after its evidence, so "now" must say when.
 */
export function undatedPresent(text: string): string[] {
  // Words inside a quotation are the speaker's, dated by the source line.
  const unquoted = text.replace(/[“"][^“”"]*[”"]/g, '“…”')
  return sentences(unquoted).filter(s => PRESENT.test(s) && !HAS_DATE.test(s))
}

const TITLES = /\b(?:CENTCOM(?:'s|’s)?\s+(?:chief|commander|head)|Central Command(?:'s|’s)?\s+(?:chief|commander|head)|(?:chief|commander|head)\s+of\s+(?:CENTCOM|Central Command)|(?:CIA(?:'s|’s)?\s+)?deputy\s+director)\b/gi

/**
 * Official titles that have expired used without "then-": "CENTCOM's commander",
 * "head of Central Command", "CIA Deputy Director" (Kurilla left CENTCOM on 2025-08-08;
 * Cohen left the CIA in January 2025). Returns each offending phrase in context.
 */
export function expiredTitles(text: string): string[] {
  const bad: string[] = []
  for (const m of text.matchAll(TITLES)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index)
    if (!/then[-\s]$/i.test(before))
      bad.push(text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20).replace(/\s+/g, ' '))
  }
  return bad
}

const ATTRIBUTION = /\b(?:(?:Costa and Clarke|the authors|the essay|the essayists)(?:'s|’s)?\s+(?:argue|argues|say|says|said|conclude|concludes|concede|concedes|claim|claims|call|calls|ask|asks|name|names|tie|ties|write|writes|hold|holds|find|finds|answer|answers|recommend|recommends|propose|proposes|want|wants|see|sees|put|puts|warn|warns|lands|point|points|argument|view|recommendation|premise|premises|own)|in their (?:view|words)|their (?:claim|argument|answer|premise)|as (?:Costa and Clarke|the authors|the essay) (?:put|puts) it|according to (?:the essay|Costa and Clarke|the authors))\b/i

/** Phrases that credit the essay or its authors with a claim ("Costa and Clarke argue", "in their view"). */
export function attributions(text: string): string[] {
  return sentences(text).filter(s => ATTRIBUTION.test(s))
}

/** Texts inside double quotation marks (straight or curly); apostrophes are not quotes. */
export function quotations(text: string): string[] {
  return [
    ...text.matchAll(/[“"]([^“”"]+)[”"]/g),
  ].map(m => m[1]!.trim())
}

/** Normalise a quotation for comparison: curly apostrophes, spacing, case, end punctuation. */
export function normaliseQuote(q: string): string {
  return q.replace(/[’‘]/g, '\'').replace(/\s+/g, ' ').replace(/[.,;:]+$/, '').trim().toLowerCase()
}

export interface RegisteredQuote {
  text: string
  source: string
}

/**
 * Quotations that match no registered quotation from a cited source. A quotation
 * matches when it is the registered text or an exact part of it (words cut at the
 * ends are allowed: "little to no warning"), and the registered quotation's source
 * is in `cited`. Pass `cited = undefined` to skip the citation check (ids bound from data).
 */
export function unregisteredQuotes(text: string, registry: readonly RegisteredQuote[], cited: readonly string[] | undefined): string[] {
  return quotations(text).filter((q) => {
    const nq = normaliseQuote(q)
    return !registry.some(r => normaliseQuote(r.text).includes(nq) && (cited === undefined || cited.includes(r.source)))
  })
}

function words(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, '\'').split(/[^\p{L}\p{N}']+/u).filter(Boolean)
}

/**
 * Runs of `n` or more consecutive words shared with `source` that are not inside
 * quotation marks: copied wording passed off as our own. Returns each run once.
 */
export function copiedRuns(text: string, source: string, n = 8): string[] {
  const unquoted = text.replace(/[“"][^“”"]*[”"]/g, ' | ')
  const src = words(source)
  const grams = new Set<string>()
  for (let i = 0; i + n <= src.length; i++)
    grams.add(src.slice(i, i + n).join(' '))
  const runs = new Set<string>()
  for (const part of unquoted.split('|')) {
    const w = words(part)
    for (let i = 0; i + n <= w.length; i++) {
      const g = w.slice(i, i + n).join(' ')
      if (grams.has(g))
        runs.add(g)
    }
  }
  return [...runs]
}

/** The seed text's paragraphs: the first two and last two lines are page chrome. */
export function seedParagraphs(seed: string): string[] {
  const lines = seed.replace(/\s+$/, '').split(/\r?\n/)
  return lines.slice(2, -2).map(l => l.trim()).filter(Boolean)
}

const MONTH_INDEX: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
}

/**
 * ISO dates written in a line of slide text: "22 Mar 2024" -> 2024-03-22, "Dec 2025" -> 2025-12,
 * a bare year "2025" -> 2025. Year ranges ("2024–25") and years inside words are ignored.
 */
export function datesInText(text: string): string[] {
  const out: string[] = []
  const rest = text.replace(/\b(?:(\d{1,2})\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+((?:19|20)\d\d)\b/g, (_, d: string | undefined, m: string, y: string) => {
    out.push(`${y}-${MONTH_INDEX[m.toLowerCase()]}${d
      ? `-${d.padStart(2, '0')}`
      : ''}`)
    return ' '
  })
  for (const m of rest.matchAll(/(?<![\d–-])\b((?:19|20)\d\d)\b(?![–-]\d)/g))
    out.push(m[1]!)
  return out
}
