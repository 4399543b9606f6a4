import { describe, expect, it } from 'vitest'
import { DECK_SHORT_TITLE, slideDocumentTitle } from './document-title'

describe('slideDocumentTitle', () => {
  it('names the slide number, its headline and the deck', () => {
    expect(slideDocumentTitle({ no: 3, slideTitle: 'The US looked away' })).toBe(`3 · The US looked away · ${DECK_SHORT_TITLE}`)
  })

  it('strips markup and does not repeat the deck title', () => {
    expect(slideDocumentTitle({ no: 1, slideTitle: `<span>${DECK_SHORT_TITLE}</span>` })).toBe(`1 · ${DECK_SHORT_TITLE}`)
  })

  it('marks the presenter view', () => {
    expect(slideDocumentTitle({ no: 2, presenter: true })).toBe(`Presenter · 2 · ${DECK_SHORT_TITLE}`)
  })

  it('marks the reading view, at the slide being read', () => {
    expect(slideDocumentTitle({ no: 12, slideTitle: 'ISIS-K struck abroad', reading: true })).toBe(`12 · ISIS-K struck abroad · ${DECK_SHORT_TITLE} · Reading view`)
  })
})
