// Exports the deck with the browser from scripts/browser.ts.
//   npm run export                     -> exports/isis-k-briefing.pdf (one page per slide, with outline)
//   npm run export -- --out my.pdf     -> another path
// The export is written to a temporary file beside the target and renamed over it only
// when it succeeded, so a failed export never deletes the previous PDF.
import { spawn } from 'node:child_process'
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { requireBrowser } from './browser.ts'
import { ROOT } from './deck.ts'

export const DEFAULT_PDF = resolve(ROOT, 'exports/isis-k-briefing.pdf')

function fail(message: string): never {
  console.error(`\nExport failed: ${message}\n`)
  process.exit(1)
}

/** Makes sure the target's folder exists and can be written, before any work is done. */
function checkWritable(target: string): void {
  const dir = dirname(target)
  try {
    mkdirSync(dir, { recursive: true })
    accessSync(dir, constants.W_OK)
  }
  catch (error) {
    fail(`cannot write to ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'}). Choose another path with --out.`)
  }
  if (existsSync(target) && statSync(target).isDirectory())
    fail(`${target} is a folder, not a file path.`)
}

export async function exportDeck(options: { out: string, withClicks?: boolean }): Promise<string> {
  const target = resolve(options.out)
  checkWritable(target)
  const executablePath = await requireBrowser()
  const temp = join(dirname(target), `.${basename(target, '.pdf')}.partial-${process.pid}.pdf`)
  const args = [
    'export',
    'slides.md',
    '--output',
    temp,
    '--with-toc',
    '--executable-path',
    executablePath,
    '--timeout',
    '90000',
    ...(options.withClicks ? ['--with-clicks'] : []),
  ]
  const started = Date.now()
  const code = await new Promise<number>((done) => {
    const child = spawn(resolve(ROOT, 'node_modules/.bin/slidev'), args, { cwd: ROOT, stdio: 'inherit' })
    child.on('close', c => done(c ?? 1))
    child.on('error', () => done(1))
  })
  if (code !== 0 || !existsSync(temp) || statSync(temp).size === 0) {
    rmSync(temp, { force: true })
    fail(`slidev export exited with code ${code}; ${existsSync(target) ? 'the previous file is kept' : 'no file was written'}.`)
  }
  renameSync(temp, target)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const kb = Math.round(statSync(target).size / 1024)
  console.log(`\nPDF written: ${target} (${kb} KB, ${seconds} s)`)
  return target
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      'out': { type: 'string', default: DEFAULT_PDF },
      'with-clicks': { type: 'boolean', default: false },
    },
  })
  await exportDeck({ out: values.out!, withClicks: values['with-clicks'] })
}
