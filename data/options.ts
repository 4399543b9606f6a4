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
    label: 'Feasible now',
    words: { good: 'Yes', mixed: 'Partly', poor: 'No' },
  },
] as const satisfies readonly Criterion[]

export type CriterionId = typeof criteria[number]['id']

/** The criteria the options slide shows (about 40 words of slide text leave room for three). */
export const slideCriteria = ['intel', 'legitimacy', 'risk'] as const satisfies readonly CriterionId[]

export const options = [
  {
    id: 'status-quo',
    name: 'Over-the-horizon strikes',
    detail: 'the status quo',
    verdicts: {
      pressure: {
        verdict: 'mixed',
        rationale: 'A strike can kill a leader once he is found (Zawahiri, Kabul, 2022), yet an attack US officials tie to ISIS-K hit Moscow in 2024.',
        sources: ['cnn-zawahiri-2022', 'tass-crocus-2024'],
      },
      intel: {
        verdict: 'poor',
        rationale: 'CENTCOM\'s commander told the Senate that with reduced collection "we lack the granularity".',
        sources: ['sasc-kurilla-2023'],
      },
      legitimacy: {
        verdict: 'good',
        rationale: 'No dealings with the Taliban are needed.',
        sources: [],
      },
      risk: {
        verdict: 'poor',
        rationale: 'Kurilla warned that ISIS-K could strike US or Western interests abroad in under six months "with little to no warning".',
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
    detail: 'e.g. Central Asia, Pakistan',
    verdicts: {
      pressure: {
        verdict: 'mixed',
        rationale: 'Partners can act on their own soil and borders, not inside Afghanistan.',
        sources: [],
      },
      intel: {
        verdict: 'mixed',
        rationale: 'They see the routes through Central Asia (Central Asian suspects arrested in Germany in 2023, a Tajik suspect in the Cologne plot), but Afghanistan only second-hand.',
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
        rationale: 'It depends on each government\'s consent and terms.',
        sources: [],
      },
    },
  },
  {
    id: 'limited',
    name: 'Limited Taliban channel',
    detail: 'intelligence only, conditional',
    recommended: true,
    verdicts: {
      pressure: {
        verdict: 'good',
        rationale: 'It adds the one force on the ground: US officials said a Taliban operation killed the Abbey Gate planner in 2023.',
        sources: ['ap-abbey-planner-2023'],
      },
      intel: {
        verdict: 'good',
        rationale: 'It fills the gap Kurilla described, from the only side present in Afghanistan.',
        sources: ['sasc-kurilla-2023', 'cia-cohen-2024'],
      },
      legitimacy: {
        verdict: 'mixed',
        rationale: 'Contested inside the US government, but narrow and conditional, short of recognition.',
        sources: ['nbc-intel-sharing-2024'],
      },
      risk: {
        verdict: 'mixed',
        rationale: 'Taliban reliability is doubtful (their 2021 prison releases freed ISIS-K members), so what they pass on must be checked.',
        sources: ['secondary-prison-2021'],
      },
      feasible: {
        verdict: 'good',
        rationale: 'Channels exist: Burns met Baradar in Kabul in 2021; in 2024 the CIA\'s deputy director said the US was engaging the Taliban.',
        sources: ['wapo-burns-2021', 'cia-cohen-2024'],
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
        rationale: 'More contact need not mean more pressure: the essay finds the Taliban\'s own success against ISIS-K limited.',
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
        rationale: 'It gives away the leverage that keeps cooperation conditional.',
        sources: [],
      },
      feasible: {
        verdict: 'poor',
        rationale: 'In 2023 US officials stressed they were "not partnering with the Taliban"; even limited sharing is debated.',
        sources: ['ap-abbey-planner-2023', 'nbc-intel-sharing-2024'],
      },
    },
  },
] as const satisfies readonly CourseOfAction<CriterionId>[]

export type OptionId = typeof options[number]['id']
