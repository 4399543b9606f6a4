// The content rules of tests/rules/deck-rules.ts, each shown to fail on the kind of text it guards.
import { describe, expect, it } from 'vitest'
import { attributions, copiedRuns, datesInText, expiredTitles, quotations, seedParagraphs, undatedPresent, unregisteredQuotes } from './deck-rules'

describe('undatedPresent', () => {
  it('flags "now", "today", "still" without a date in the same sentence', () => {
    expect(undatedPresent('Attacks tied to ISIS-K now reach from Kabul to Moscow')).toHaveLength(1)
    expect(undatedPresent('Today\'s approach sees little. It worked in 2022.')).toEqual(['Today\'s approach sees little.'])
    expect(undatedPresent('ISIS-K still had about 2,000 fighters in Dec 2025.')).toEqual([])
    expect(undatedPresent('As of 2026 the channel is still narrow.')).toEqual([])
  })
  it('leaves words inside a quotation alone', () => {
    expect(undatedPresent('“not terrorism, is now the primary concern”')).toEqual([])
  })
})

describe('expiredTitles', () => {
  it('flags a title Kurilla or Cohen no longer holds', () => {
    expect(expiredTitles('CENTCOM\'s commander told the Senate')).toHaveLength(1)
    expect(expiredTitles('Gen. Michael Kurilla, head of Central Command.')).toHaveLength(1)
    expect(expiredTitles('CIA Deputy Director David Cohen said')).toHaveLength(1)
  })
  it('accepts "then-"', () => {
    expect(expiredTitles('then-CENTCOM commander Kurilla and then-Deputy Director Cohen')).toEqual([])
    expect(expiredTitles('the CIA\'s then-deputy director')).toEqual([])
  })
})

describe('attributions', () => {
  it('finds sentences that credit the essay', () => {
    expect(attributions('Costa and Clarke argue the withdrawal let ISIS-K go international')).toHaveLength(1)
    expect(attributions('In their view, contact is needed. We disagree.')).toEqual(['In their view, contact is needed.'])
    expect(attributions('The essay concedes the point.')).toHaveLength(1)
  })
  it('ignores dating marks and plain mentions', () => {
    expect(attributions('That came after the essay. The essay of 31 March 2024 is listed first.')).toEqual([])
  })
})

describe('quotations', () => {
  const registry = [
    { text: 'in under six months with little to no warning', source: 'sasc' },
  ]
  it('accepts an exact part of a registered quotation from a cited source', () => {
    expect(quotations('He said “little to no warning”.')).toEqual(['little to no warning'])
    expect(unregisteredQuotes('He said “little to no warning”.', registry, ['sasc'])).toEqual([])
  })
  it('rejects unregistered words, and registered words whose source is not cited', () => {
    expect(unregisteredQuotes('Quote: "we lack the granularity".', registry, ['sasc'])).toEqual(['we lack the granularity'])
    expect(unregisteredQuotes('He said “little to no warning”.', registry, ['other'])).toEqual(['little to no warning'])
  })
})

describe('copiedRuns', () => {
  const seed = 'The ability of ISIS-K to carry out attacks outside of Afghanistan is a direct result of the US withdrawal and reduced monitoring of the group\'s activities.'
  it('flags 8 words copied without quotation marks', () => {
    expect(copiedRuns('In their words, a direct result of the US withdrawal and reduced monitoring.', seed)).not.toEqual([])
  })
  it('accepts short overlaps and quoted words', () => {
    expect(copiedRuns('Reach abroad is a direct result of the US exit.', seed)).toEqual([])
    expect(copiedRuns('They wrote “a direct result of the US withdrawal and reduced monitoring”.', seed)).toEqual([])
  })
})

describe('seedParagraphs', () => {
  it('drops two lines of chrome at each end and blank lines', () => {
    expect(seedParagraphs('Menu\n\nFirst.\n\nSecond.\n\nShare.\nExit\n')).toEqual(['First.', 'Second.'])
  })
})

describe('datesInText', () => {
  it('reads day-month-year, month-year and bare years, not year ranges', () => {
    expect(datesInText('22 Mar 2024 and Dec 2025, then 2026')).toEqual(['2024-03-22', '2025-12', '2026'])
    expect(datesInText('the 2024–25 arrests')).toEqual([])
  })
})
