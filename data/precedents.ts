// Precedents of US intelligence cooperation with adversaries or uneasy partners,
// from the fact sheet's "Precedents" list. Gathered for this deck: they are NOT the
// essay's own historical examples (those could not be read), so never credit them
// to Costa & Clarke. `cost` is filled only where a source states one; `limit` is the
// deck's own reading of two sourced facts (a warning, then the attack still came).
import type { Precedent } from '../lib/precedents'

export const precedents = [
  {
    id: 'oss-nkvd',
    partner: 'Soviet Union',
    start: '1943',
    end: '1944',
    label: '1943–44',
    flow: 'joint',
    gained: 'Wartime OSS–NKVD liaison in Moscow',
    cost: null,
    sources: ['cia-oss-nkvd'],
  },
  {
    id: 'iran-2001',
    partner: 'Iran',
    start: '2001',
    label: '2001',
    flow: 'to-us',
    gained: 'Taliban positions; cooperation at Bonn',
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
    gained: 'Al-Qaeda files; helped foil a Fifth Fleet plot',
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
    gained: 'CIA and MI6 liaison after it gave up WMD',
    cost: 'Renditions and alleged torture',
    sources: ['csm-libya-2011'],
  },
  {
    id: 'russia-2017',
    partner: 'Russia',
    start: '2017-12',
    label: 'Dec 2017',
    flow: 'from-us',
    gained: 'A CIA tip foiled an IS plot in St Petersburg',
    cost: null,
    sources: ['readouts-kazan-2017'],
  },
  {
    id: 'iran-2024',
    partner: 'Iran',
    start: '2024-01',
    label: 'Jan 2024',
    flow: 'from-us',
    gained: 'A “duty to warn” alert before Kerman',
    cost: null,
    limit: {
      text: 'attack still came',
      sources: ['reuters-iran-warning-2024', 'ap-kerman-2024'],
    },
    sources: ['reuters-iran-warning-2024'],
  },
  {
    id: 'russia-2024',
    partner: 'Russia',
    start: '2024-03',
    label: 'Mar 2024',
    flow: 'from-us',
    gained: 'Warning of a planned attack in Moscow',
    cost: null,
    limit: {
      text: 'attack still came',
      sources: ['nsc-watson-2024', 'rferl-crocus-2024'],
    },
    sources: ['nsc-watson-2024'],
  },
] as const satisfies readonly Precedent[]

export type PrecedentId = typeof precedents[number]['id']
