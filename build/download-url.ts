// The download button of the hosted site (`npm run build:site` prints the PDF into the site).
// Slidev 53 links `<exportFilename>.pdf` relative to the current page, which breaks in
// presenter mode (/presenter/3 -> /presenter/isis-k-briefing.pdf), and saves the file under
// the deck's title ("ISIS-K After Afghanistan_ The Case….pdf"). These rewrite Slidev's
// configs module (`export default {...}`) so the button points at the PDF in the site's
// root, under whatever base path the site was built with, and Slidev's client code so the
// saved file keeps the export's name (isis-k-briefing.pdf).

import type { Plugin } from 'vite'

const PREFIX = 'export default '

/**
 * The rewritten configs module, or undefined when there is nothing to change.
 * `pdf`: the file name build:site prints into the site; it turns the button on even though
 * the headmatter keeps `download: false` (which only stops Slidev's own export at build time).
 */
export function pointDownloadAtBase(code: string, base: string, pdf?: string): string | undefined {
  if (!code.startsWith(PREFIX))
    return undefined
  let configs: { download?: unknown, exportFilename?: unknown }
  try {
    configs = JSON.parse(code.slice(PREFIX.length).trim().replace(/;$/, ''))
  }
  catch {
    return undefined
  }
  if (pdf) {
    configs.download = `${base}${pdf}`
    return `${PREFIX}${JSON.stringify(configs)}`
  }
  if (configs.download !== true || typeof configs.exportFilename !== 'string' || !configs.exportFilename)
    return undefined
  configs.download = `${base}${configs.exportFilename}.pdf`
  return `${PREFIX}${JSON.stringify(configs)}`
}

/** Slidev's `downloadPDF()` (in @slidev/client/utils.ts) saves as `${configs.title}.pdf`. */
// eslint-disable-next-line no-template-curly-in-string
const SAVED_AS_TITLE = '`${configs.title}.pdf`'

/** Slidev's client utils with the saved file named `<exportFilename>.pdf`; undefined when the code has no such call. */
export function keepExportFileName(code: string): string | undefined {
  if (!code.includes(SAVED_AS_TITLE))
    return undefined
  // eslint-disable-next-line no-template-curly-in-string
  return code.replace(SAVED_AS_TITLE, '`${configs.exportFilename || configs.title}.pdf`')
}

/**
 * Vite plugin: points the download button at the PDF under the resolved base path
 * (BRIEFING_DOWNLOAD_PDF, set by scripts/build-site.ts) and keeps the export's file name.
 */
export function downloadUnderBase(): Plugin {
  let base = '/'
  return {
    name: 'briefing:download-under-base',
    configResolved(config) {
      base = config.base
    },
    transform(code, id) {
      // Slidev's virtual module with the headmatter config, imported as #slidev/configs.
      if (id === '/@slidev/configs')
        return pointDownloadAtBase(code, base, process.env.BRIEFING_DOWNLOAD_PDF)
      // The saved file keeps the export's name, not the deck's title.
      if (/[/\\]@slidev[/\\]client[/\\]utils\.ts$/.test(id))
        return keepExportFileName(code)
    },
  }
}
