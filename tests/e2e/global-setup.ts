// Builds the deck once for all e2e tests (skip with E2E_SKIP_BUILD=1 when dist/ is fresh).
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { ROOT } from '../../scripts/deck.ts'

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1')
    return
  console.log('Building the deck into dist/ for the e2e tests...')
  execFileSync(resolve(ROOT, 'node_modules/.bin/slidev'), ['build', 'slides.md', '--out', 'dist'], { cwd: ROOT, stdio: 'inherit' })
}
