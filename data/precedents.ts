// Precedents of US intelligence cooperation with adversaries or uneasy partners,
// from the fact sheet's "Precedents" list, plus the August 2021 name lists given to the
// Taliban at Kabul airport (fact-sheet-since-essay.md, correction 10). The 1943-44
// OSS-NKVD liaison was dropped: no published source for it was found. Gathered for this deck: they are NOT the
// essay's own historical examples (those could not be read), so never credit them
// to Costa & Clarke. `cost` is filled only where a source states one; `limit` is the
// deck's own reading of two sourced facts (a warning, then the attack came anyway).
// Cells are a few words each (the deck allows about 40 words a slide): details go in the notes.
import type { Precedent } from '../lib/precedents'

export const precedents = [
  {
    id: 'iran-2001',
    partner: 'Iran',
    start: '2001',
    label: '2001',
    flow: 'to-us',
    gained: 'Taliban positions',
    cost: null,
    sources: ['nyt-crocker-2013'],
  },
  {
    id: 'syria-2001',
    partner: 'Syria',
    start: '2001',
    end: '2003',
    label: '2001–03',
    flow: 'to-us',
    gained: 'Al-Qaeda files; plot foiled',
    cost: null,
    sources: ['newyorker-hersh-2003'],
  },
  {
    id: 'libya-2003',
    partner: 'Libya',
    start: '2003',
    openEnded: true,
    label: 'From 2003',
    flow: 'joint',
    gained: 'Liaison after WMD renounced',
    cost: 'Renditions, alleged torture',
    sources: ['csm-libya-2011'],
  },
  {
    id: 'russia-2017',
    partner: 'Russia',
    start: '2017-12',
    label: '2017',
    flow: 'from-us',
    gained: 'CIA tip foiled IS plot',
    cost: null,
    sources: ['readouts-kazan-2017'],
  },
  {
    id: 'taliban-2021',
    partner: 'Taliban',
    start: '2021-08',
    label: 'Aug 2021',
    flow: 'from-us',
    gained: 'Evacuee name lists',
    cost: null,
    limit: {
      text: 'Abbey Gate bombed anyway, 26 Aug',
      sources: ['thehill-name-lists-2021', 'ap-abbey-gate-2022'],
    },
    sources: ['thehill-name-lists-2021'],
  },
  {
    id: 'iran-2024',
    partner: 'Iran',
    start: '2024-01',
    label: '2024',
    flow: 'from-us',
    gained: '“Duty to warn” alert',
    cost: null,
    limit: {
      text: 'Attack came anyway',
      sources: ['reuters-iran-warning-2024', 'ap-kerman-2024'],
    },
    sources: ['reuters-iran-warning-2024'],
  },
  {
    id: 'russia-2024',
    partner: 'Russia',
    start: '2024-03',
    label: '2024',
    flow: 'from-us',
    gained: 'Warning of Moscow attack',
    cost: null,
    limit: {
      text: 'Attack came anyway',
      sources: ['nsc-watson-2024', 'tass-crocus-2024'],
    },
    sources: ['nsc-watson-2024'],
  },
] as const satisfies readonly Precedent[]

export type PrecedentId = typeof precedents[number]['id']
