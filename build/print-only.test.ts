import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { isUnprintedPage, printChunk, UNPRINTED_PAGES } from './print-only'

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

describe('the installed Slidev\'s pages', () => {
  it('are each either left out of the print build or kept on purpose (a page a new Slidev adds must be sorted here)', () => {
    const routes = readFileSync(createRequire(import.meta.url).resolve('@slidev/client/setup/routes.ts'), 'utf8')
    const pages = [
      ...routes.matchAll(/import\('\.\.\/pages\/(.+?)\.vue'\)/g),
    ].map(m => m[1]!)
    // print: the PDF, PNG and PPTX (and the handout's pictures); 404: any other address.
    const kept = ['print', '404']
    expect(pages.filter(page => !kept.includes(page)).sort()).toEqual([...UNPRINTED_PAGES].sort())
    expect(pages).toEqual(expect.arrayContaining(kept))
  })
})

describe('the print build\'s chunks', () => {
  it('put every slide\'s modules in one chunk', () => {
    expect(printChunk('/@slidev/slides/12/md')).toBe('slides')
    expect(printChunk('/@slidev/slides/3/frontmatter')).toBe('slides')
    expect(printChunk('/work/main/pages/07-forces.md__slidev_9.md')).toBe('slides')
  })

  it('leave the rest to Slidev: components, the app, the slide list itself', () => {
    expect(printChunk('/work/main/components/DataTable.vue')).toBeUndefined()
    expect(printChunk('/work/main/node_modules/@slidev/client/main.ts')).toBeUndefined()
    expect(printChunk('/@slidev/slides')).toBeUndefined()
    expect(printChunk('/work/main/pages/07-forces.md__slidev_9.frontmatter')).toBeUndefined()
  })
})
