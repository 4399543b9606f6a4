// The slide pictures in README.md, made from the deck itself:
//   npm run readme-images                      -> docs/images/<alias>.png for the slides below
//   npm run readme-images -- threat 17         -> other slides, by route alias or number
//   npm run readme-images -- --dist dist       -> from an existing build instead of a fresh one
// Each is the slide in its final click state at the canvas size, 980x552.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { requireBrowser } from './browser.ts'
import { loadDeck, ROOT } from './deck.ts'
import { builtBase } from './print-build.ts'
import { captureSlides } from './slide-images.ts'

/** Route aliases of the slides the README shows. */
export const README_SLIDES = [
  'threat',
  'vacuum',
  'reach-map',
  'options-matrix',
]
export const IMAGES_DIR = resolve(ROOT, 'docs/images')

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string' },
  },
})
const wanted = positionals.length
  ? positionals
  : README_SLIDES
const { slides } = await loadDeck()
const shots = wanted.map((key) => {
  const slide = slides.find(s => s.routeAlias === key || String(s.no) === key)
  if (!slide) {
    console.error(`\nNo slide has the route alias or number "${key}".\n`)
    process.exit(1)
  }
  return {
    no: slide.no,
    path: join(IMAGES_DIR, `${slide.routeAlias ?? `slide-${String(slide.no).padStart(2, '0')}`}.png`),
  }
})

await requireBrowser()
let dist = values.dist && resolve(values.dist)
const scratch = dist
  ? undefined
  : mkdtempSync(join(tmpdir(), 'briefing-readme-'))
try {
  if (!dist) {
    dist = join(scratch!, 'site')
    console.log('Building the deck...')
    execFileSync(resolve(ROOT, 'node_modules/.bin/slidev'), ['build', 'slides.md', '--out', dist], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
  }
  for (const file of await captureSlides({
    dist,
    base: builtBase(dist),
    shots,
  }))
    console.log(`  ${relative(ROOT, file)} (${Math.round(statSync(file).size / 1024)} KB)`)
}
finally {
  if (scratch)
    rmSync(scratch, { recursive: true, force: true })
}
