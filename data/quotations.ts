// Every quotation the deck prints between quotation marks, with the source that has
// those exact words. tests/content.test.ts fails on a quotation that is not here, or
// whose source the slide does not cite. Wording checked against the fact sheets
// (fact-sheet.md; fact-sheet-since-essay.md, corrections 1, 7 and 9).
import type { SourceId } from './sources'

export interface Quotation {
  /** The exact words; a slide may quote a contiguous part of them. */
  text: string
  /** Who said or wrote it, with the title they held then. */
  speaker: string
  /** ISO date the words were said or published. */
  date: string
  source: SourceId
}

export const quotations = [
  {
    text: 'We Still Haven\'t Figured Out How to Beat ISIS',
    speaker: 'Costa and Clarke (essay title)',
    date: '2024-03-31',
    source: 'nyt-costa-clarke-2024',
  },
  {
    text: 'Inter-state strategic competition, not terrorism, is now the primary concern',
    speaker: 'US Department of Defense',
    date: '2018-01-19',
    source: 'dod-nds-2018',
  },
  {
    // Summary, p. 4; the wording is also quoted by Belfer Center analysis of 5 Feb 2018.
    text: 'Long-term strategic competitions with China and Russia are the principal priorities',
    speaker: 'US Department of Defense',
    date: '2018-01-19',
    source: 'dod-nds-2018',
  },
  {
    text: 'in under six months with little to no warning',
    speaker: 'then-CENTCOM commander Gen. Michael Kurilla, to the Senate',
    date: '2023-03-16',
    source: 'sasc-kurilla-2023',
  },
  {
    text: 'in as little as six months',
    speaker: 'then-CENTCOM commander Gen. Michael Kurilla, to the Senate',
    date: '2023-03-16',
    source: 'sasc-kurilla-2023',
  },
  {
    text: 'as little as six months',
    speaker: 'then-CENTCOM commander Gen. Michael Kurilla, to the House',
    date: '2024-03-21',
    source: 'hasc-kurilla-2024',
  },
  {
    text: 'not partnering with the Taliban',
    speaker: 'US officials',
    date: '2023-04-25',
    source: 'ap-abbey-planner-2023',
  },
  {
    text: 'the dire predictions have not come to pass',
    speaker: 'then-CIA Deputy Director David Cohen',
    date: '2024-08-28',
    source: 'cia-cohen-2024',
  },
  {
    text: 'all throughout this period',
    speaker: 'then-CIA Deputy Director David Cohen',
    date: '2024-08-28',
    source: 'cia-cohen-2024',
  },
  {
    text: 'duty to warn',
    speaker: 'US official',
    date: '2024-01-25',
    source: 'reuters-iran-warning-2024',
  },
  {
    text: 'in the thousands',
    speaker: 'Pentagon spokesman',
    date: '2021-08-27',
    source: 'washtimes-prisoners-2021',
  },
  {
    text: 'grossly violated the Doha Agreement',
    speaker: 'Secretary of State Antony Blinken',
    date: '2022-08-01',
    source: 'reuters-blinken-doha-2022',
  },
] as const satisfies readonly Quotation[]
