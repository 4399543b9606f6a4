// The chain of the argument, as the roadmap (components/ArgumentMap.vue) draws it:
// five premises, then the case built on them, tested against the evidence since the essay. Each step links to the first slide
// of its section (routeAlias from data/storyline.ts). Labels only, no facts.
import type { StorylineStep } from './storyline'
import { storyline } from './storyline'

export interface ArgumentStep {
  id: StorylineStep
  /** Short node label, a few words. */
  label: string
  /** routeAlias of the section's first slide. */
  alias: string
  /** Which row of the map: the premises, or the case that follows from them. */
  group: 'premise' | 'case'
}

function step(id: StorylineStep, label: string, group: ArgumentStep['group']): ArgumentStep {
  return {
    id,
    label,
    alias: storyline[id],
    group,
  }
}

export const argumentSteps = [
  step('war-on-terror', 'US focus moved to other threats', 'premise'),
  step('vacuum', 'The withdrawal left a blind spot', 'premise'),
  step('resilience', 'ISIS rebuilt its networks', 'premise'),
  step('international', 'ISIS-K plots abroad', 'premise'),
  step('taliban', 'The Taliban fight ISIS-K, with limits', 'premise'),
  step('options', 'Four options, same criteria', 'case'),
  step('recommendation', 'Limited, conditional cooperation', 'case'),
  step('objection', 'The objection, at full strength', 'case'),
  step('precedents', 'Precedents: gains and costs', 'case'),
  step('since-essay', 'Since the essay: does it hold?', 'case'),
  step('conclusion', 'Verdict and decision', 'case'),
] as const satisfies readonly ArgumentStep[]

export const argumentGroups = {
  premise: 'Why the threat is back',
  case: 'What to do about it',
} as const satisfies Record<ArgumentStep['group'], string>
