import { describe, expect, it } from 'vitest'
import { keepExportFileName, pointDownloadAtBase } from './download-url'

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

describe('pointDownloadAtBase with the PDF build:site prints', () => {
  it('turns the button on and points it at <base><pdf>, even with download: false', () => {
    const out = pointDownloadAtBase(module({ download: false, exportFilename: 'isis-k-briefing' }), '/x/', 'isis-k-briefing.pdf')
    expect(JSON.parse(out!.slice('export default '.length)).download).toBe('/x/isis-k-briefing.pdf')
  })
})

describe('keepExportFileName', () => {
  it('saves the download as <exportFilename>.pdf instead of the deck title', () => {
    // eslint-disable-next-line no-template-curly-in-string
    const code = 'saveAs(url, `${configs.title}.pdf`)'
    // eslint-disable-next-line no-template-curly-in-string
    expect(keepExportFileName(code)).toBe('saveAs(url, `${configs.exportFilename || configs.title}.pdf`)')
    expect(keepExportFileName('export const a = 1')).toBeUndefined()
  })

  it('matches the shipped Slidev client, so an upgrade that changes it is noticed', async () => {
    const { readFileSync } = await import('node:fs')
    const { createRequire } = await import('node:module')
    const utils = readFileSync(createRequire(import.meta.url).resolve('@slidev/client/utils.ts'), 'utf8')
    expect(keepExportFileName(utils)).toBeDefined()
  })
})
