// The essay's own claims, one record each, paraphrased in our words.
// The essay: Christopher P. Costa and Colin P. Clarke, "We Still Haven't Figured Out How
// to Beat ISIS", The New York Times guest essay, 2024-03-31 (source id nyt-costa-clarke-2024).
// We read it through a paraphrase (tests/fixtures/seed-essay.txt); `paragraph` numbers that
// text's paragraphs from 1 after its two lines of page chrome at each end are removed, and
// `anchor` is a few exact words of that paragraph, so tests/essay.test.ts can check both.
// A slide or note that says what the essay or its authors argue lists the claim ids it
// relies on in its frontmatter (`claims: [id, ...]`); tests/deck.test.ts enforces it.
// Our own analysis (options matrix, limits, precedents, scorecard verdicts) is not here.

export interface EssayClaim {
  /** Short kebab-case id, cited from a slide's frontmatter `claims`. */
  id: string
  /** The claim in our own words (no run of 8 words copied from the seed). */
  claim: string
  /** 1-based paragraph of the seed text, chrome removed. */
  paragraph: number
  /** A few exact words from that paragraph, to pin the claim to it. */
  anchor: string
}

export const essayClaims = [
  { id: 'threat-persists', paragraph: 1, anchor: 'remains a daunting challenge', claim: 'For all US successes against the Islamic State, beating it is still hard: recent ISIS-K attacks from Moscow to Kabul show the threat has not gone.' },
  { id: 'regrouped', paragraph: 1, anchor: 'ISIS has regrouped', claim: 'After losing its caliphate in 2019 the group regrouped in several countries and became harder to pin down.' },
  { id: 'keep-ct-focus', paragraph: 1, anchor: 'maintain a focus on counterterrorism', claim: 'Washington must keep counterterrorism among its priorities to protect the US and its allies.' },
  { id: 'focus-shifted', paragraph: 2, anchor: 'shifted its national security focus', claim: 'After two decades of war on terror, Washington turned to other threats and cut troops and intelligence assets in conflict zones.' },
  { id: 'vacuum', paragraph: 2, anchor: 'This withdrawal created a vacuum', claim: 'That pull-back left a gap that ISIS-K used to rebuild and to attack again.' },
  { id: 'expertise-erodes', paragraph: 2, anchor: 'does not erode', claim: 'Counterterrorism expertise must not be allowed to wither; China and artificial intelligence are pressing threats, but terrorism still matters.' },
  { id: 'resilient', paragraph: 3, anchor: 'rebranded itself, recruited new members', claim: 'The Islamic State adapted to the campaigns against it: it rebranded, recruited and kept planning attacks.' },
  { id: 'networks-abroad', paragraph: 3, anchor: 'the Caucasus and Central Asia', claim: 'Its networks in the Caucasus and Central Asia extend its reach and make it hard to track.' },
  { id: 'withdrawal-caused-reach', paragraph: 3, anchor: 'a direct result of the US withdrawal', claim: 'ISIS-K can strike beyond Afghanistan because the US left and stopped watching it closely.' },
  { id: 'taliban-limited', paragraph: 4, anchor: 'its success in doing so has been limited', claim: 'The Taliban fight ISIS-K inside Afghanistan, but with limited success.' },
  { id: 'external-focus', paragraph: 4, anchor: 'shifted its focus to international operations', claim: 'ISIS-K has turned to operations abroad and is planning more attacks outside Afghanistan.' },
  { id: 'incentivize-taliban', paragraph: 4, anchor: 'Diplomatic efforts to incentivize the Taliban', claim: 'Diplomatic incentives may be needed to get the Taliban to press ISIS-K harder and to share intelligence.' },
  { id: 'cooperation-essential', paragraph: 5, anchor: 'lacking a physical presence in Afghanistan', claim: 'With no US presence in Afghanistan, limited intelligence cooperation with the Taliban may be essential against ISIS-K.' },
  { id: 'historical-examples', paragraph: 5, anchor: 'Historical examples of intelligence services', claim: 'Past cooperation between intelligence services shows such partnerships can work.' },
  { id: 'ethics-vs-attack', paragraph: 5, anchor: 'poses ethical challenges', claim: 'Dealing with the Taliban raises ethical problems, but an imminent attack would be worse.' },
  { id: 'multi-faceted', paragraph: 6, anchor: 'requires a multi-faceted approach', claim: 'Beating ISIS-K needs three things together: a counterterrorism focus, intelligence cooperation with the Taliban, and action against its international network.' },
  { id: 'learn-past', paragraph: 6, anchor: 'learning from past mistakes', claim: 'The US and its allies should learn from past mistakes and adapt to the threat.' },
] as const satisfies readonly EssayClaim[]

export type ClaimId = typeof essayClaims[number]['id']

/** Claim id -> record. */
export const essayClaimById: Readonly<Record<string, EssayClaim>> = Object.fromEntries(essayClaims.map(c => [c.id, c]))
