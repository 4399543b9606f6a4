// The download button of the hosted site (`npm run build:site` turns on `download`).
// Slidev 53 links `<exportFilename>.pdf` relative to the current page, which breaks in
// presenter mode (/presenter/3 -> /presenter/isis-k-briefing.pdf). This rewrites Slidev's
// configs module (`export default {...}`) so the button points at the PDF in the site's
// root, under whatever base path the site was built with.

const PREFIX = 'export default '

/** The rewritten module, or undefined when there is nothing to change. */
export function pointDownloadAtBase(code: string, base: string): string | undefined {
  if (!code.startsWith(PREFIX))
    return undefined
  let configs: { download?: unknown, exportFilename?: unknown }
  try {
    configs = JSON.parse(code.slice(PREFIX.length).trim().replace(/;$/, ''))
  }
  catch {
    return undefined
  }
  if (configs.download !== true || typeof configs.exportFilename !== 'string' || !configs.exportFilename)
    return undefined
  configs.download = `${base}${configs.exportFilename}.pdf`
  return `${PREFIX}${JSON.stringify(configs)}`
}
