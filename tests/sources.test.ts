// Every source is real and linkable, every source is cited, every citation resolves, and every
// source line on a slide fits one line with reference numbers that have entries.
import type { Source } from '../data/sources'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sourceIds, sources } from '../data/sources'
import { formatSourceLine, KIND_ORDER, SOURCE_LINE_MAX_CHARS, sourceLineSegments } from '../lib/citation'
import { isIsoDate } from '../lib/iso-date'
import { isWellFormedHttpsUrl, partOf, references } from '../lib/references'
import { ROOT } from '../scripts/deck'
import { extractSourceIds } from './rules/deck-rules'

function read(dir: string, ext: string): string[] {
  return readdirSync(resolve(ROOT, dir))
    .filter(f => f.endsWith(ext) && !f.endsWith('.test.ts') && f !== 'sources.ts')
    .map(f => readFileSync(resolve(ROOT, dir, f), 'utf8'))
}

const citing = [
  ...read('pages', '.md'),
  ...read('data', '.ts'),
  readFileSync(resolve(ROOT, 'slides.md'), 'utf8'),
].join('\n')

const all = sources as Record<string, Source>

/** What is wrong with one entry of data/sources.ts, or [] when nothing is. */
export function sourceProblems(id: string, s: Source): string[] {
  const problems: string[] = []
  if (!isWellFormedHttpsUrl(s.url))
    problems.push(`${id}: url "${s.url}" is not a well-formed https URL`)
  if (!s.title?.trim())
    problems.push(`${id}: no title`)
  if (!s.outlet?.trim())
    problems.push(`${id}: no outlet`)
  if (!isIsoDate(s.published))
    problems.push(`${id}: published "${s.published}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`)
  if (s.eventDate !== undefined && !isIsoDate(s.eventDate))
    problems.push(`${id}: eventDate "${s.eventDate}" is not an ISO date`)
  if (s.eventDate === s.published)
    problems.push(`${id}: eventDate repeats the publication date`)
  // A kind outside KIND_ORDER would drop out of the grouped form.
  if (!KIND_ORDER.includes(s.kind))
    problems.push(`${id}: unknown kind "${s.kind}"`)
  return problems
}

/** Every <SourceLine> in the pages with literal ids: where it is, its ids and prefix. */
const sourceLines = readdirSync(resolve(ROOT, 'pages')).filter(f => f.endsWith('.md')).flatMap(f =>
  [
    ...readFileSync(resolve(ROOT, 'pages', f), 'utf8').matchAll(/<SourceLine\b[^>]*\/>/g),
  ].map(m => ({
    where: f,
    ids: extractSourceIds(m[0]),
    prefix: /\bprefix="([^"]+)"/.exec(m[0])?.[1],
  })).filter(l => l.ids.length > 0))

describe('sources', () => {
  it('cites every source in data/sources.ts somewhere in the slides or the data', () => {
    const unused = sourceIds.filter(id => !citing.includes(`'${id}'`) && !citing.includes(`"${id}"`))
    expect(unused).toEqual([])
  })

  it('has ids that are unique and readable', () => {
    expect(new Set(sourceIds).size).toBe(sourceIds.length)
    for (const id of sourceIds)
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it('gives every source an https URL, a title, an outlet, ISO dates and a kind', () => {
    expect(Object.entries(all).flatMap(([id, s]) => sourceProblems(id, s))).toEqual([])
  })

  it('names no reporter: outlets and issuing bodies only', () => {
    expect(Object.entries(all).filter(([, s]) => /\b(?:by|reporter)\b/i.test(s.outlet.replace(/book by [^)]+/, ''))).map(([id]) => id)).toEqual([])
  })
})

describe('source lines on the slides', () => {
  it('are found in the pages', () => {
    expect(sourceLines.length).toBeGreaterThan(15)
  })

  it('fit one line: at most SOURCE_LINE_MAX_CHARS characters each', () => {
    const long = sourceLines
      .map(l => ({
        where: l.where,
        text: formatSourceLine(l.ids, l.prefix),
      }))
      .filter(l => l.text.length > SOURCE_LINE_MAX_CHARS)
      .map(l => `${l.where} (${l.text.length} chars): ${l.text}`)
    expect(long).toEqual([])
  })

  it('link only reference numbers that have an entry in the list', () => {
    const missing = sourceLines.flatMap(l => sourceLineSegments(l.ids, { prefix: l.prefix })
      .filter(s => s.ref !== undefined)
      .filter((s) => {
        try {
          partOf(s.ref!)
          return references[s.ref! - 1] === undefined
        }
        catch {
          return true
        }
      })
      .map(s => `${l.where}: reference ${s.ref} has no entry`))
    expect(missing).toEqual([])
  })
})
