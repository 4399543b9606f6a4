// The hosted build: the static site plus its PDF (behind the download button) and its
// link-preview image, all under one base path.
//   npm run build:site                                 -> dist/, served at /
//   npm run build:site -- --base /isis-k-briefing/     -> dist/, served at /isis-k-briefing/
//   BASE=/isis-k-briefing/ npm run build:site          -> the same
//   npm run build:site -- --out /tmp/site              -> another folder
//   npm run build (-- --base ... --out ...)            -> the quick build: no PDF, no preview image
// SITE_ORIGIN (e.g. https://you.github.io) makes the preview URLs absolute; on Netlify
// and Vercel it is read from their own variables.
// Everything is built into a temporary folder beside the output and swapped in only when
// the build, the PDF and its check all succeeded: a failed build leaves the previous
// output exactly as it was (its service worker included). The PDF is printed from the
// new site itself on a free loopback port (scripts/print.ts), so builds and exports
// running at the same time never clash over a port.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { normalizeBase, normalizeOrigin } from '../build/seo-meta.ts'
import { requireBrowser } from './browser.ts'
import { loadDeck, ROOT } from './deck.ts'
import { buildInto } from './print-build.ts'
import { deckAliases, deckMeta, printCheckedPdf } from './print.ts'
import { captureSlides } from './slide-images.ts'

export const PDF_NAME = 'isis-k-briefing.pdf'
export const OG_IMAGE = 'og-image.png'
/** Link previews are 1.91:1 around 1200 px wide; the slide is 16:9, so 1200x676. */
export const OG_WIDTH = 1200

function fail(message: string): never {
  console.error(`\nBuild failed: ${message}\n`)
  process.exit(1)
}

/** The site's public origin: SITE_ORIGIN, else what Netlify or Vercel tell the build. */
export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return normalizeOrigin(env.SITE_ORIGIN
    || (env.NETLIFY === 'true'
      ? env.URL
      : undefined)
    || env.VERCEL_PROJECT_PRODUCTION_URL
    || '')
}

/** Refuses an output folder that holds something other than a previous build. */
function checkOutDir(out: string): void {
  if (!existsSync(out))
    return
  if (!statSync(out).isDirectory())
    fail(`${out} is a file, not a folder.`)
  const entries = readdirSync(out)
  if (entries.length && !entries.includes('index.html'))
    fail(`${out} is not empty and holds no previous build (no index.html); choose another --out.`)
}

export interface BuiltSite {
  out: string
  base: string
  /** Absent in the quick build. */
  pdf?: string
  ogImage?: string
}

export async function buildSite(options: { base?: string, out?: string, quick?: boolean }): Promise<BuiltSite> {
  const base = normalizeBase(options.base)
  const out = resolve(ROOT, options.out ?? 'dist')
  const origin = siteOrigin()
  checkOutDir(out)
  const started = Date.now()
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
  const show = (file: string) => relative(process.cwd(), file) || '.'
  const kb = (file: string) => `${Math.round(statSync(file).size / 1024)} KB`

  if (options.quick) {
    const error = await buildInto(out, {
      base,
      env: { ...process.env, SITE_ORIGIN: origin },
    })
    if (error) {
      fail(`${error}
The previous build in ${show(out)}/ is unchanged.`)
    }
    console.log(`\nSite built in ${elapsed()}: ${show(out)}/, to be served at ${origin}${base}`)
    return { out, base }
  }

  const executablePath = await requireBrowser()
  const deck = await loadDeck()
  const pdf = resolve(out, PDF_NAME)
  const ogImage = resolve(out, OG_IMAGE)
  console.log(`\n[1/3] Building the site for ${origin}${base} into ${show(out)}/...\n`)
  const error = await buildInto(out, {
    base,
    env: { ...process.env, SITE_ORIGIN: origin, BRIEFING_DOWNLOAD_PDF: PDF_NAME },
    // The PDF and the preview image go into the new site before it replaces the old one.
    beforeSwap: async (temp) => {
      console.log(`[2/3] Printing the PDF behind the download button (${elapsed()})...`)
      const { bytes, problems } = await printCheckedPdf({
        dist: temp,
        base,
        slides: deck.slides.length,
        aliases: deckAliases(deck.slides),
        meta: deckMeta(deck.headmatter),
      })
      if (problems.length)
        return `the PDF is incomplete:\n  - ${problems.join('\n  - ')}`
      writeFileSync(resolve(temp, PDF_NAME), bytes)
      console.log(`[3/3] Taking the link-preview image from slide 1 (${elapsed()})...`)
      await captureSlides({
        dist: temp,
        base,
        shots: [
          {
            no: 1,
            path: resolve(temp, OG_IMAGE),
          },
        ],
        width: OG_WIDTH,
        executablePath,
      })
      return undefined
    },
  })
  if (error)
    fail(`${error}\nThe previous build in ${show(out)}/ is unchanged.`)

  console.log(`\nSite built in ${elapsed()}, to be served at ${origin}${base}:`)
  console.log(`  site:          ${show(out)}/`)
  console.log(`  PDF (download button): ${show(pdf)} (${kb(pdf)})`)
  console.log(`  preview image: ${show(ogImage)} (${kb(ogImage)})`)
  return { out, base, pdf, ogImage }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      base: { type: 'string', default: process.env.BASE || '/' },
      out: { type: 'string', default: 'dist' },
      quick: { type: 'boolean', default: false },
    },
  })
  await buildSite({ base: values.base, out: values.out, quick: values.quick })
}
