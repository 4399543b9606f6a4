// "Since the essay": each premise of the case, the evidence
// from after the essay (2024-03-31) that bears on it, and our verdict. The evidence is
// from fact-sheet-since-essay.md, each item dated and sourced; the verdicts are OUR
// judgement, not the sources'. `claim` ties a premise to the essay (data/essay.ts);
// a premise without one is ours (the options matrix), and `whose` says so.
import type { ClaimId } from './essay'
import type { SourceId } from './sources'

export type Verdict = 'holds' | 'weakened' | 'open'

export interface SinceEvidence {
  /** ISO date of the event (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string
  /** A few words, as the slide shows them. */
  text: string
  sources: readonly SourceId[]
}

export interface PremiseCheck {
  id: string
  /** The premise, in a few words. */
  premise: string
  /** Whose premise: the essay's (with its claim id) or ours. */
  whose: 'essay' | 'ours'
  claim?: ClaimId
  evidence: readonly SinceEvidence[]
  verdict: Verdict
  /** One sentence why, for the notes and the table's description. */
  why: string
}

export const premiseChecks = [
  {
    id: 'strikes-abroad',
    premise: 'ISIS-K keeps striking abroad',
    whose: 'essay',
    claim: 'external-focus',
    evidence: [
      {
        date: '2024-06-14',
        text: 'Kyrgyzstan held 15 over an IS cell run from Afghanistan',
        sources: ['rferl-kyrgyz-iskp-2024'],
      },
      {
        date: '2024-12-27',
        text: 'FSB: car-bomb plot on Moscow police stopped',
        sources: ['mt-fsb-moscow-2024'],
      },
      {
        date: '2025-12-22',
        text: 'Türkiye seized an ISIS-K figure on the Afghan–Pakistan border',
        sources: ['ap-turkey-capture-2025'],
      },
    ],
    verdict: 'weakened',
    why: 'No mass-casualty ISIS-K attack outside Afghanistan and Pakistan was found from April 2024 to November 2026, but plots and arrests continued, and the sources thin out after mid-2026.',
  },
  {
    id: 'strength',
    premise: 'ISIS-K has regained strength',
    whose: 'essay',
    claim: 'vacuum',
    evidence: [
      {
        date: '2025-12',
        text: 'UN: about 2,000 fighters, capability degraded',
        sources: ['asiaplus-un-mt-2025'],
      },
    ],
    verdict: 'weakened',
    why: 'The UN Monitoring Team put ISIS-K at about 2,000 in December 2025, below earlier ranges, though counting rules differ (fighters only, not families).',
  },
  {
    id: 'launch-pad',
    premise: 'The exit let ISIS-K reach abroad',
    whose: 'essay',
    claim: 'withdrawal-caused-reach',
    evidence: [
      {
        date: '2024-08-28',
        text: 'Then-CIA deputy Cohen: “the dire predictions have not come to pass”',
        sources: ['cia-cohen-2024'],
      },
    ],
    verdict: 'open',
    why: 'A senior US intelligence official said in August 2024 that Afghanistan had not become a launch pad; Crocus, five months earlier, says the reverse; the causal claim stays contested.',
  },
  {
    id: 'taliban-partner',
    premise: 'The Taliban are the partner to reward',
    whose: 'essay',
    claim: 'incentivize-taliban',
    evidence: [
      {
        date: '2025-03-04',
        text: 'US announces Pakistan, on a CIA tip, caught the Abbey Gate suspect',
        sources: ['abc7-sharifullah-2025'],
      },
      {
        date: '2025-05-16',
        text: 'Pakistan held ISIS-K\'s spokesman',
        sources: ['military-azzam-2025'],
      },
    ],
    verdict: 'weakened',
    why: 'The biggest ISIS-K captures since the essay came through Pakistan with US intelligence, not through the Taliban.',
  },
  {
    id: 'recognition-lever',
    premise: 'Recognition is a US lever',
    whose: 'ours',
    evidence: [
      {
        date: '2025-07-03',
        text: 'Russia recognised the Taliban government',
        sources: ['ap-russia-recognition-2025'],
      },
    ],
    verdict: 'weakened',
    why: 'Recognition is no longer a lever only the United States and its allies hold.',
  },
  {
    id: 'channel-feasible',
    premise: 'A US–Taliban channel is feasible',
    whose: 'essay',
    claim: 'cooperation-essential',
    evidence: [
      {
        date: '2025-09-13',
        text: 'US envoys back in Kabul after March: detainee talks',
        sources: ['aawsat-glezmann-2025', 'rferl-boehler-kabul-2025'],
      },
      {
        date: '2026-03-09',
        text: 'US names Afghanistan a wrongful-detention sponsor',
        sources: ['rferl-wrongful-detention-2026'],
      },
    ],
    verdict: 'open',
    why: 'Contacts continued in 2025 but ran through detainee diplomacy; no public US–Taliban intelligence arrangement was found, and relations soured in March 2026.',
  },
] as const satisfies readonly PremiseCheck[]

/** Every evidence date in the scorecard, for the cover's "Latest event". */
export const sinceEssayDates: readonly string[] = premiseChecks.flatMap(p => p.evidence.map(e => e.date))
