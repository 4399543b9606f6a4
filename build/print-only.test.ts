import { describe, expect, it } from 'vitest'
import { isUnprintedPage, UNPRINTED_PAGES } from './print-only'

const ROUTES = '/work/deck/node_modules/@slidev/client/setup/routes.ts'

describe('the print build leaves out the pages the printer never opens', () => {
  it('swaps the slideshow, presenter and the other pages Slidev\'s routes import', () => {
    for (const page of UNPRINTED_PAGES)
      expect(isUnprintedPage(`../pages/${page}.vue`, ROUTES), page).toBe(true)
  })

  it('keeps the print page, which the PDF, PNG and PPTX are printed from', () => {
    expect(isUnprintedPage('../pages/print.vue', ROUTES)).toBe(false)
    expect(isUnprintedPage('../pages/404.vue', ROUTES)).toBe(false)
  })

  it('touches no import outside Slidev\'s routes module', () => {
    // The slideshow imports its own internals; the reading view (the handout) imports play's parts.
    expect(isUnprintedPage('../pages/play.vue', '/work/deck/setup/routes.ts')).toBe(false)
    expect(isUnprintedPage('../pages/play.vue', undefined)).toBe(false)
    expect(isUnprintedPage('./play.vue', ROUTES)).toBe(false)
  })
})
