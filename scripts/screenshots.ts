// Screenshots of every slide of the built deck (or the chosen ones), in the final click
// state, for review:  npm run screenshots -- [outDir] [slide numbers...]
// DIST (default dist) is the built site; ENTRY (default slides.md) the deck it was built from.
import { join, resolve } from 'node:path'
import { loadDeck } from './deck.ts'
import { builtBase } from './print-build.ts'
import { captureSlides } from './slide-images.ts'

const outDir = process.argv[2] ?? 'screenshots'
const only = process.argv.slice(3).map(Number)
const dist = process.env.DIST ?? 'dist'
const { slides } = await loadDeck(process.env.ENTRY
  ? resolve(process.env.ENTRY)
  : undefined)
const shots = slides
  .filter(slide => only.length === 0 || only.includes(slide.no))
  .map(slide => ({
    no: slide.no,
    path: join(outDir, `slide-${String(slide.no).padStart(2, '0')}.png`),
  }))
await captureSlides({
  dist,
  base: builtBase(dist),
  shots,
  onProblem: line => console.error(line),
})
console.log(`${shots.length} of ${slides.length} slides, screenshots in ${outDir}/`)
