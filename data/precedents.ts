// Precedents of US intelligence cooperation with adversaries or uneasy partners,
// from the fact sheet's "Precedents" list. Gathered for this deck: they are NOT the
// essay's own historical examples (those could not be read), so never credit them
// to Costa & Clarke. `cost` is filled only where a source states one; `limit` is the
// deck's own reading of two sourced facts (a warning, then the attack still came).
// Cells are a few words each (the deck allows about 40 words a slide): details go in the notes.
import type { Precedent } from '../lib/precedents'

export const precedents = [
  {
    id: 'oss-nkvd',
    partner: 'Soviet Union',
    start: '1943',
    end: '1944',
    label: '1943–44',
    flow: 'joint',
    gained: 'OSS–NKVD liaison',
    cost: null,
    sources: ['smith-sharing-secrets-1996'],
  },
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
    id: 'iran-2024',
    partner: 'Iran',
    start: '2024-01',
    label: '2024',
    flow: 'from-us',
    gained: '“Duty to warn” alert',
    cost: null,
    limit: {
      text: 'Attack still came',
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
      text: 'Attack still came',
      sources: ['nsc-watson-2024', 'tass-crocus-2024'],
    },
    sources: ['nsc-watson-2024'],
  },
] as const satisfies readonly Precedent[]

export type PrecedentId = typeof precedents[number]['id']
