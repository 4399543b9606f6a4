import type { Source } from '../data/sources'
import { describe, expect, it } from 'vitest'
import { CANVAS_WIDTH, headlineCrop, MAX_HEADLINE_CROP, nextSlideToDraw, readingWidth, sameHeadline, scrollStart, shouldRedirectToReading, slideFromHash } from './reading'
import { citationLinks } from './reading-sources'

const anchors = [
  { no: 1, alias: 'title' },
  { no: 7, alias: 'vacuum' },
  { no: 12 },
]

describe('slideFromHash', () => {
  it('reads a slide number or a route alias', () => {
    expect(slideFromHash('#7', anchors)).toBe(7)
    expect(slideFromHash('#vacuum', anchors)).toBe(7)
    expect(slideFromHash('12', anchors)).toBe(12)
  })
  it('ignores an empty, unknown or out-of-range hash', () => {
    expect(slideFromHash('', anchors)).toBeUndefined()
    expect(slideFromHash('#reading-main', anchors)).toBeUndefined()
    expect(slideFromHash('#40', anchors)).toBeUndefined()
  })
  it('ignores a malformed hash instead of throwing, which left /read#100% blank', () => {
    expect(slideFromHash('#100%', anchors)).toBeUndefined()
    expect(slideFromHash('#%E0%A4%A', anchors)).toBeUndefined()
    expect(slideFromHash('#%37', anchors)).toBe(7)
  })
})

describe('readingWidth', () => {
  it('fits a wide screen, at most 1.25x the canvas', () => {
    expect(readingWidth({ available: CANVAS_WIDTH, screenWidth: 1280, minTextPx: 12 })).toBe(CANVAS_WIDTH)
    expect(readingWidth({ available: 2000, screenWidth: 2048, minTextPx: 12 })).toBe(1225)
  })
  it('on a phone, draws the slide so its smallest label is 11 CSS px', () => {
    const width = readingWidth({ available: 380, screenWidth: 412, minTextPx: 12 })
    expect(width).toBe(899)
    expect(12 * width / CANVAS_WIDTH).toBeGreaterThanOrEqual(11)
  })
  it('on a phone, never draws narrower than the column', () => {
    expect(readingWidth({ available: 380, screenWidth: 412, minTextPx: 40 })).toBe(380)
    expect(readingWidth({ available: 380, screenWidth: 412 })).toBe(380)
  })
})

describe('shouldRedirectToReading', () => {
  const phone = {
    routeName: 'play',
    phonePortrait: true,
    dev: false,
    choice: null,
    query: {},
  }
  it('sends a phone in portrait from a slideshow route', () => {
    expect(shouldRedirectToReading(phone)).toBe(true)
  })
  it('never in dev, on a desktop, on other pages, when printing, or after choosing the slides', () => {
    expect(shouldRedirectToReading({ ...phone, dev: true })).toBe(false)
    expect(shouldRedirectToReading({ ...phone, phonePortrait: false })).toBe(false)
    expect(shouldRedirectToReading({ ...phone, routeName: 'presenter' })).toBe(false)
    expect(shouldRedirectToReading({ ...phone, routeName: 'overview' })).toBe(false)
    expect(shouldRedirectToReading({
      ...phone,
      query: { print: '' },
    })).toBe(false)
    expect(shouldRedirectToReading({ ...phone, choice: 'slides' })).toBe(false)
  })
})

describe('citationLinks', () => {
  const all: Record<string, Source> = {
    a: {
      outlet: 'Outlet A',
      title: 'Piece',
      published: '2024-01-02',
      url: 'ftp://example.org/a',
      kind: 'news',
    },
    b: {
      outlet: 'Outlet B',
      title: 'Report',
      published: '2023',
      url: 'https://example.org/b',
      kind: 'research',
    },
    c: {
      outlet: 'Outlet C',
      title: 'Page',
      published: '2022',
      url: 'javascript:alert(1)',
      kind: 'news',
    },
  }
  it('keeps order, drops duplicates and unknown ids, links only http(s) addresses', () => {
    expect(citationLinks('b a b zz c', all)).toEqual([
      { id: 'b', text: 'Outlet B, Report, 2023', url: 'https://example.org/b' },
      { id: 'a', text: 'Outlet A, Piece, 2 Jan 2024', url: undefined },
      { id: 'c', text: 'Outlet C, Page, 2022', url: undefined },
    ])
  })
})

describe('drawing order of the reading view', () => {
  it('then draws the undrawn slide nearest the reader, forward first, until none is left', () => {
    expect(nextSlideToDraw(7, 40, new Set([6, 7, 8]))).toBe(9)
    expect(nextSlideToDraw(7, 40, new Set([6, 7, 8, 9]))).toBe(5)
    expect(nextSlideToDraw(40, 40, new Set([39, 40]))).toBe(38)
    const all = new Set(Array.from({ length: 40 }, (_, i) => i + 1))
    expect(nextSlideToDraw(3, 40, all)).toBeUndefined()
  })

  it('reaches every slide exactly once', () => {
    const drawn = new Set([20])
    for (let no = nextSlideToDraw(20, 40, drawn); no !== undefined; no = nextSlideToDraw(20, 40, drawn)) {
      expect(drawn.has(no)).toBe(false)
      drawn.add(no)
    }
    expect(drawn.size).toBe(40)
  })
})

describe('headlineCrop', () => {
  it('cuts from the top edge to the content under the headline, keeping the margin above the headline', () => {
    // A headline at the 32 px top padding, content from 120 px: 88 px go, the content starts at 32 px.
    expect(headlineCrop({ headlineTop: 32, contentTop: 120 })).toBe(88)
  })
  it('cuts nothing when the content does not start below the headline, or the cut is implausibly large', () => {
    expect(headlineCrop({ headlineTop: 32, contentTop: 20 })).toBe(0)
    expect(headlineCrop({ headlineTop: 32, contentTop: 32 + MAX_HEADLINE_CROP + 1 })).toBe(0)
  })
})

describe('scrollStart', () => {
  it('centres the focus in the box', () => {
    expect(scrollStart({ focusX: 0.6, contentWidth: 1000, boxWidth: 400 })).toBe(400)
  })
  it('never scrolls past either end, and not at all when the content fits', () => {
    expect(scrollStart({ focusX: 0.05, contentWidth: 1000, boxWidth: 400 })).toBe(0)
    expect(scrollStart({ focusX: 0.95, contentWidth: 1000, boxWidth: 400 })).toBe(600)
    expect(scrollStart({ focusX: 0.9, contentWidth: 380, boxWidth: 400 })).toBe(0)
  })
})

describe('sameHeadline', () => {
  it('takes typographic quotes and line breaks for the plain ones of the source', () => {
    expect(sameHeadline('The exit ended at Kabul\u2019s\n airport', 'The exit ended at Kabul\'s airport')).toBe(true)
  })
  it('tells different headlines apart, and an empty title matches nothing', () => {
    expect(sameHeadline('ISIS-K after Afghanistan', 'ISIS-K After Afghanistan: The Case')).toBe(false)
    expect(sameHeadline('', '')).toBe(false)
  })
})
