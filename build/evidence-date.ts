// The title slide's "Latest event <date> · sources checked <date>": the latest dated record the deck draws on,
// computed here at build time from data/ and served to slides.md as a virtual module
// (`import { evidence } from 'virtual:evidence-as-of'`). Computed in the page, it made
// slide 1 fetch and run the incident, strength and since-the-essay data (five chunks)
// before it could show. Vite restarts the dev server when a file this config imports
// changes, so an edit to data/ still updates the date under `npm run dev`.
import type { Plugin } from 'vite'
import { incidents } from '../data/incidents.ts'
import { isiskStrength } from '../data/isisk-strength.ts'
import { sinceEssayDates } from '../data/since-essay.ts'
import { SOURCES_CHECKED } from '../data/sources.ts'
import { evidenceAsOf } from '../lib/essay-date.ts'

/** The module id slides.md imports. */
export const EVIDENCE_MODULE = 'virtual:evidence-as-of'
const RESOLVED = `\0${EVIDENCE_MODULE}`

/**
 * "Latest event 9 Mar 2026 · sources checked 30 Nov 2026": the latest date among the incidents,
 * strength estimates and since-the-essay items, and the date the sources were checked.
 */
export function evidenceDateText(): string {
  return evidenceAsOf([
    ...incidents.map(i => i.date),
    ...isiskStrength.map(e => e.date),
    ...sinceEssayDates,
  ], SOURCES_CHECKED)
}

/** Vite plugin serving `virtual:evidence-as-of` (`export const evidence: string`). */
export function evidenceDate(): Plugin {
  return {
    name: 'briefing:evidence-date',
    resolveId: id => id === EVIDENCE_MODULE
      ? RESOLVED
      : undefined,
    load: id => id === RESOLVED
      ? `export const evidence = ${JSON.stringify(evidenceDateText())}\n`
      : undefined,
  }
}
