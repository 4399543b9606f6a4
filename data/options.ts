// Courses of action against ISIS-K, judged on the same criteria.
// The verdicts are the deck's own analysis, following the argument of the
// Costa & Clarke essay (NYT, 2024-03-31): they are judgements, not facts.
// Each carries a one-line rationale for the speaker notes and, where a fact
// from the fact sheet supports it, the ids of those sources.
// Labels are short on purpose: the deck allows about 40 words of on-slide text, so the
// options slide shows three criteria (`show`); the other two stay here for the notes.
import type { CourseOfAction, Criterion } from '../lib/verdict'

export const criteria = [
  {
    id: 'pressure',
    label: 'Pressure on ISIS-K',
    words: { good: 'Strong', mixed: 'Some', poor: 'Weak' },
  },
  {
    id: 'intel',
    label: 'Insight',
    words: { good: 'Much', mixed: 'Some', poor: 'Little' },
  },
  {
    id: 'legitimacy',
    label: 'Legitimacy cost',
    words: { good: 'Low', mixed: 'Some', poor: 'High' },
  },
  {
    id: 'risk',
    label: 'Risk',
    words: { good: 'Low', mixed: 'Medium', poor: 'High' },
  },
  {
    id: 'feasible',
    label: 'Feasible in 2026',
    words: { good: 'Yes', mixed: 'Partly', poor: 'No' },
  },
] as const satisfies readonly Criterion[]

export type CriterionId = typeof criteria[number]['id']

/** The criteria the options slide shows (about 40 words of slide text leave room for three). */
export const slideCriteria = ['intel', 'legitimacy', 'risk'] as const satisfies readonly CriterionId[]

export const options = [
  {
    id: 'status-quo',
    name: 'Status quo',
    detail: 'strikes, ad hoc CIA contacts',
    verdicts: {
      pressure: {
        verdict: 'mixed',
        rationale: 'A strike can kill a leader once he is found (Zawahiri, Kabul, 2022), yet an attack US officials tie to ISIS-K hit Moscow in 2024.',
        sources: ['cnn-zawahiri-2022', 'tass-crocus-2024'],
      },
      intel: {
        verdict: 'mixed',
        rationale: 'In March 2023 then-CENTCOM commander Kurilla described thinner collection; ad hoc contact with Taliban intelligence since October 2022 adds a little.',
        sources: ['sasc-kurilla-2023', 'cnn-cohen-wasiq-2022'],
      },
      legitimacy: {
        verdict: 'good',
        rationale: 'Quiet contacts confer no status and carry no incentives.',
        sources: [],
      },
      risk: {
        verdict: 'poor',
        rationale: 'Kurilla warned in 2023 that ISIS-K could strike US or Western interests abroad in under six months "with little to no warning".',
        sources: ['sasc-kurilla-2023', 'hasc-kurilla-2024'],
      },
      feasible: {
        verdict: 'good',
        rationale: 'Already in place; the 2022 strike on Zawahiri showed it can reach Kabul.',
        sources: ['cnn-zawahiri-2022'],
      },
    },
  },
  {
    id: 'regional',
    name: 'Regional partners',
    detail: 'e.g. Pakistan, Central Asia',
    verdicts: {
      pressure: {
        verdict: 'good',
        rationale: 'After the essay, Pakistan, with US intelligence, caught the Abbey Gate suspect (March 2025) and, by then-CENTCOM commander Kurilla\'s June 2025 account, at least five ISIS-K figures.',
        sources: ['abc7-sharifullah-2025', 'dunya-kurilla-pakistan-2025'],
      },
      intel: {
        verdict: 'mixed',
        rationale: 'They see the routes through Central Asia and the Afghan border, but the inside of Afghanistan only second-hand.',
        sources: ['ap-nrw-arrests-2023', 'dpa-cologne-2023'],
      },
      legitimacy: {
        verdict: 'mixed',
        rationale: 'It ties the US to partner services\' methods; the Libya liaison brought renditions and alleged torture.',
        sources: ['csm-libya-2011'],
      },
      risk: {
        verdict: 'mixed',
        rationale: 'Partners pursue their own agendas and filter what they pass on.',
        sources: [],
      },
      feasible: {
        verdict: 'mixed',
        rationale: 'It depends on each government\'s consent; Pakistan is at odds with Kabul, and neither reaches far inside Afghanistan.',
        sources: [],
      },
    },
  },
  {
    id: 'limited',
    name: 'Conditional Taliban channel',
    detail: 'ISIS-K only, incentives after results',
    recommended: true,
    verdicts: {
      pressure: {
        verdict: 'mixed',
        rationale: 'The Taliban fight ISIS-K with limited success; incentives may add pressure, not a new force.',
        sources: ['ap-abbey-planner-2023', 'nyt-costa-clarke-2024'],
      },
      intel: {
        verdict: 'good',
        rationale: 'A structured exchange on top of today\'s ad hoc contacts, from the only side present in Afghanistan; worth only what can be checked.',
        sources: ['sasc-kurilla-2023', 'cia-cohen-2024'],
      },
      legitimacy: {
        verdict: 'mixed',
        rationale: 'Contested inside the US government, but narrow and conditional, short of recognition.',
        sources: ['nbc-intel-sharing-2024'],
      },
      risk: {
        verdict: 'mixed',
        rationale: 'Taliban reliability is doubtful: the 2021 prison releases, and the UN\'s December 2025 concern that ex-fighters of terrorist groups joined Taliban forces. Checks reduce the risk; they do not remove it.',
        sources: ['secondary-prison-2021', 'eurasia-un-absorbed-2025'],
      },
      feasible: {
        verdict: 'good',
        rationale: 'Channels exist: Burns met Baradar in Kabul in 2021, Cohen met Wasiq in Doha in 2022, and US envoys were in Kabul in 2025.',
        sources: ['wapo-burns-2021', 'cnn-cohen-wasiq-2022', 'aawsat-glezmann-2025'],
      },
    },
  },
  {
    id: 'broad',
    name: 'Broad engagement',
    detail: 'recognition, normal ties',
    verdicts: {
      pressure: {
        verdict: 'mixed',
        rationale: 'More contact need not mean more pressure: the Taliban\'s own success against ISIS-K is limited.',
        sources: ['nyt-costa-clarke-2024'],
      },
      intel: {
        verdict: 'good',
        rationale: 'It would open the same channel, and more.',
        sources: [],
      },
      legitimacy: {
        verdict: 'poor',
        rationale: 'Recognition confers legitimacy on Taliban rule: the largest cost of any option.',
        sources: [],
      },
      risk: {
        verdict: 'poor',
        rationale: 'It gives away the leverage that keeps cooperation conditional; Russia\'s recognition in July 2025 already cut its value.',
        sources: ['ap-russia-recognition-2025'],
      },
      feasible: {
        verdict: 'poor',
        rationale: 'In March 2026 the US named Afghanistan a state sponsor of wrongful detention.',
        sources: ['rferl-wrongful-detention-2026'],
      },
    },
  },
] as const satisfies readonly CourseOfAction<CriterionId>[]

export type OptionId = typeof options[number]['id']
