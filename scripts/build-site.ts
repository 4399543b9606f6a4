// The hosted build: the static site plus its PDF (behind the download button) and its
// link-preview image, all under one base path.
//   npm run build:site                                 -> dist/, served at /
//   npm run build:site -- --base /isis-k-briefing/     -> dist/, served at /isis-k-briefing/
//   BASE=/isis-k-briefing/ npm run build:site          -> the same
//   npm run build:site -- --out /tmp/site              -> another folder
// SITE_ORIGIN (e.g. https://you.github.io) makes the preview URLs absolute; on Netlify
// and Vercel it is read from their own variables. `npm run build` is the quick build
// without the PDF and the preview image.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { normalizeBase, normalizeOrigin } from '../build/seo-meta.ts'
import { requireBrowser } from './browser.ts'
import { ROOT } from './deck.ts'
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

/** Vite empties an out dir inside the project, not one outside it: do that, but only for a previous build. */
function clearOutDir(out: string): void {
  if (!existsSync(out))
    return
  if (!statSync(out).isDirectory())
    fail(`${out} is a file, not a folder.`)
  const entries = readdirSync(out)
  if (entries.length && !entries.includes('index.html'))
    fail(`${out} is not empty and holds no previous build (no index.html); choose another --out.`)
  rmSync(out, { recursive: true, force: true })
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env })
    child.on('close', code => done(code ?? 1))
    child.on('error', () => done(1))
  })
}

export async function buildSite(options: { base?: string, out?: string }): Promise<{ out: string, base: string, pdf: string, ogImage: string }> {
  const base = normalizeBase(options.base)
  const out = resolve(ROOT, options.out ?? 'dist')
  const origin = siteOrigin()
  const executablePath = await requireBrowser()
  clearOutDir(out)

  const started = Date.now()
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
  console.log(`\n[1/2] Building the site for ${origin}${base} into ${out}, with its PDF (slidev build --download)...\n`)
  const code = await run(resolve(ROOT, 'node_modules/.bin/slidev'), [
    'build',
    'slides.md',
    '--out',
    out,
    '--base',
    base,
    '--download',
    '--with-toc',
    '--executable-path',
    executablePath,
    '--timeout',
    '90000',
  ], { ...process.env, SITE_ORIGIN: origin, BRIEFING_DOWNLOAD_PDF: PDF_NAME })
  const pdf = resolve(out, PDF_NAME)
  if (code !== 0)
    fail(`slidev build exited with code ${code}.`)
  if (!existsSync(pdf) || statSync(pdf).size === 0)
    fail(`the build wrote no ${PDF_NAME} into ${out}.`)
  console.log(`\n[1/2] Site and PDF built (${elapsed()}).`)

  console.log('[2/2] Taking the link-preview image from slide 1...')
  const ogImage = resolve(out, OG_IMAGE)
  await captureSlides({
    dist: out,
    base,
    shots: [
      { no: 1, path: ogImage },
    ],
    width: OG_WIDTH,
  })

  const kb = (file: string) => `${Math.round(statSync(file).size / 1024)} KB`
  const show = (file: string) => relative(process.cwd(), file) || '.'
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
    },
  })
  await buildSite({ base: values.base, out: values.out })
}
