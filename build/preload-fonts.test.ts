import { describe, expect, it } from 'vitest'
import { FIRST_SLIDE_FONT_FILES, fontPreloadTags } from './preload-fonts'

const assets = [
  {
    fileName: 'assets/inter-latin-400-normal-C38fXH4l.woff2',
    sources: ['node_modules/@fontsource/inter/files/inter-latin-400-normal.woff2'],
  },
  {
    fileName: 'assets/inter-latin-400-normal-CyCys3Eg.woff',
    sources: ['node_modules/@fontsource/inter/files/inter-latin-400-normal.woff'],
  },
  {
    fileName: 'assets/source-serif-4-latin-600-normal-DouSKlru.woff2',
    sources: ['source-serif-4-latin-600-normal.woff2'],
  },
  {
    fileName: 'assets/KaTeX_Main-Regular-B22Nviop.woff2',
    sources: ['KaTeX_Main-Regular.woff2'],
  },
]

describe('fontPreloadTags', () => {
  it('preloads the woff2 file of each face slide 1 draws, under the base path, in CORS mode', () => {
    const tags = fontPreloadTags(assets, '/isis-k-briefing/')
    expect(tags.map(tag => tag.attrs?.href)).toEqual([
      '/isis-k-briefing/assets/inter-latin-400-normal-C38fXH4l.woff2',
      '/isis-k-briefing/assets/source-serif-4-latin-600-normal-DouSKlru.woff2',
    ])
    for (const tag of tags) {
      expect(tag).toMatchObject({ tag: 'link', injectTo: 'head-prepend' })
      // Without crossorigin the browser fetches each font a second time.
      expect(tag.attrs).toMatchObject({
        rel: 'preload',
        as: 'font',
        type: 'font/woff2',
        crossorigin: '',
      })
    }
    expect(FIRST_SLIDE_FONT_FILES.length).toBe(tags.length)
  })

  it('fails loudly when a listed font is not in the build', () => {
    expect(() => fontPreloadTags(assets.slice(1), '/')).toThrow(/inter-latin-400-normal\.woff2 is not in the build/)
  })
})
