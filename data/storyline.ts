// The storyline of the deck, in order: each step maps to the routeAlias of its
// first slide. tests/deck.test.ts checks every alias exists and that the steps
// appear in this order; components/ArgumentMap.vue links to these aliases.

export const storylineSteps = [
  'title',
  'threat',
  'bluf',
  'roadmap',
  'war-on-terror',
  'vacuum',
  'resilience',
  'international',
  'taliban',
  'options',
  'recommendation',
  'objection',
  'precedents',
  'since-essay',
  'conclusion',
  'sources',
  'end',
  'appendix',
] as const

export type StorylineStep = typeof storylineSteps[number]

/** Step -> routeAlias of the step's first slide (set in that slide's frontmatter). */
export const storyline = {
  'title': 'title',
  'threat': 'threat',
  'bluf': 'bluf',
  'roadmap': 'roadmap',
  'war-on-terror': 'war-on-terror',
  'vacuum': 'vacuum',
  'resilience': 'resilience',
  'international': 'international',
  'taliban': 'taliban',
  'options': 'options',
  'recommendation': 'recommendation',
  'objection': 'objection',
  'precedents': 'precedents',
  'since-essay': 'since-essay',
  'conclusion': 'conclusion',
  'sources': 'sources',
  'end': 'end',
  'appendix': 'appendix',
} as const satisfies Record<StorylineStep, string>
