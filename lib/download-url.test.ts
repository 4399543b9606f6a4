import { describe, expect, it } from 'vitest'
import { pointDownloadAtBase } from './download-url'

const module = (configs: object) => `export default ${JSON.stringify(configs)}`

describe('pointDownloadAtBase', () => {
  it('points download: true at <base><exportFilename>.pdf', () => {
    const out = pointDownloadAtBase(module({ title: 'Deck', download: true, exportFilename: 'isis-k-briefing' }), '/isis-k-briefing/')
    expect(out).toBe(module({ title: 'Deck', download: '/isis-k-briefing/isis-k-briefing.pdf', exportFilename: 'isis-k-briefing' }))
  })

  it('leaves the module alone when download is off or already a URL, or the code is not a configs module', () => {
    expect(pointDownloadAtBase(module({ download: false, exportFilename: 'x' }), '/')).toBeUndefined()
    expect(pointDownloadAtBase(module({ download: 'https://x/y.pdf', exportFilename: 'x' }), '/')).toBeUndefined()
    expect(pointDownloadAtBase(module({ download: true }), '/')).toBeUndefined()
    expect(pointDownloadAtBase('export const a = 1', '/')).toBeUndefined()
    expect(pointDownloadAtBase('export default {not json', '/')).toBeUndefined()
  })
})
