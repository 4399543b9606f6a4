// The download button of the hosted site (built by `npm run build:site`, which turns on
// `download`). Slidev links `<exportFilename>.pdf` relative to the current page, which
// breaks in presenter mode (/presenter/3 -> /presenter/isis-k-briefing.pdf). This points
// it at the PDF in the site's root, under whatever base path the site was built with.
import { configs } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'

export default defineAppSetup(() => {
  if (configs.download === true && configs.exportFilename)
    configs.download = `${import.meta.env.BASE_URL}${configs.exportFilename}.pdf`
})
