// Bad input gets one clear error and a non-zero exit, and nothing is lost.
import { createHash } from 'node:crypto'
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/deck.ts'
import { NODE, runCommand } from './harness.ts'

const work = mkdtempSync(join(tmpdir(), 'briefing-fail-'))
const scratch = resolve(ROOT, 'scratch', `failure-${process.pid}`)

const run = runCommand

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
  rmSync(scratch, { recursive: true, force: true })
})

describe('bad input', () => {
  it('with no browser, export prints one readable message and exits non-zero', () => {
    const { code, output } = run(NODE, [
      'scripts/export.ts',
      '--out',
      join(work, 'a.pdf'),
    ], { CHROME_PATH: '/nonexistent/chrome' })
    expect(code).toBe(1)
    expect(output).toContain('CHROME_PATH is set to "/nonexistent/chrome"')
    expect(output).toContain('apt-get install -y chromium')
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m) // no stack trace
  })

  it('refuses an output path that cannot be written, before exporting', () => {
    // A folder path that runs through a plain file can never be created, even as root.
    const blocker = join(work, 'not-a-folder')
    writeFileSync(blocker, '')
    const { code, output } = run(NODE, [
      'scripts/export.ts',
      '--out',
      join(blocker, 'deck.pdf'),
    ])
    expect(code).toBe(1)
    expect(output).toContain(`Export failed: cannot write to ${blocker}`)
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  })

  it('fails the build on a broken slide and names its file', () => {
    mkdirSync(scratch, { recursive: true })
    writeFileSync(join(scratch, 'broken-section.md'), '# This slide has a broken binding\n\n<div :class="{ a: ">oops</div>\n')
    writeFileSync(join(scratch, 'deck.md'), '---\ntheme: default\nfonts:\n  provider: none\n---\n\n# A fine first slide\n\n---\nsrc: ./broken-section.md\n---\n')
    const { code, output } = run(resolve(ROOT, 'node_modules/.bin/slidev'), [
      'build',
      join(scratch, 'deck.md'),
      '--out',
      join(work, 'dist'),
    ])
    expect(code).not.toBe(0)
    expect(output).toContain('broken-section.md')
  })
})

// A failed export keeps the previous file. It fails either loudly (the browser is not a
// browser: /bin/false exists but prints nothing) or silently: the printer "succeeds" with no
// slides, or with a blank slide. BRIEFING_EXPORT_FAULT plants the silent fault inside the
// real export (scripts/print.ts); each exporter must notice, say what is wrong, exit
// non-zero and keep the previous file (or folder), with no partial output left beside it.
describe('a failed export', () => {
  const dist = resolve(ROOT, 'dist')
  const NO_BROWSER = { CHROME_PATH: '/bin/false' }
  const cases: { name: string, args: string[], target: string, env: Record<string, string>, says?: RegExp }[] = [
    {
      name: 'PDF, the browser fails',
      args: [],
      target: 'kept.pdf',
      env: NO_BROWSER,
    },
    {
      name: 'handout, the browser fails',
      args: ['--format', 'notes'],
      target: 'kept-notes.pdf',
      env: NO_BROWSER,
    },
    {
      name: 'PNG, the browser fails',
      args: ['--format', 'png'],
      target: 'kept-png',
      env: NO_BROWSER,
    },
    {
      name: 'PDF with zero pages',
      args: [],
      target: 'zero.pdf',
      env: { BRIEFING_EXPORT_FAULT: 'zero' },
      says: /it has \d+ pages?, expected \d+/,
    },
    {
      name: 'PDF with a blank page',
      args: [],
      target: 'blank.pdf',
      env: { BRIEFING_EXPORT_FAULT: 'blank' },
      says: /page 3 (carries no text|renders blank)/,
    },
    {
      name: 'PDF whose bookmarks lost the space where a headline wraps',
      args: [],
      target: 'outline.pdf',
      env: { BRIEFING_EXPORT_FAULT: 'outline' },
      says: /outline entry 2 reads "[^"]*fromKabul/,
    },
    {
      name: 'step PDF with a blank page',
      args: ['--with-clicks'],
      target: 'blank-steps.pdf',
      env: { BRIEFING_EXPORT_FAULT: 'blank' },
      says: /page 3 (carries no text|renders blank)/,
    },
    {
      name: 'PNG with no images',
      args: ['--format', 'png'],
      target: 'zero-png',
      env: { BRIEFING_EXPORT_FAULT: 'zero' },
      says: /it holds 0 images, expected \d+/,
    },
    {
      name: 'PNG with a blank image',
      args: ['--format', 'png'],
      target: 'blank-png',
      env: { BRIEFING_EXPORT_FAULT: 'blank' },
      says: /blank image: 03\.png/,
    },
    {
      name: 'PPTX with zero slides',
      args: ['--format', 'pptx'],
      target: 'zero.pptx',
      env: { BRIEFING_EXPORT_FAULT: 'zero' },
      says: /it has 0 slides, expected \d+/,
    },
    {
      name: 'handout without one slide\'s notes',
      args: ['--format', 'notes'],
      target: 'notes.pdf',
      env: { BRIEFING_EXPORT_FAULT: 'blank' },
      says: /the notes of slide 3 are missing/,
    },
  ]
  for (const c of cases) {
    it(`${c.name}: says so, exits 1 and keeps the previous file`, () => {
      const target = join(work, c.target)
      const folder = !c.target.includes('.')
      if (folder) {
        mkdirSync(target, { recursive: true })
        writeFileSync(join(target, '01.png'), 'previous')
      }
      else {
        writeFileSync(target, 'previous')
      }
      const { code, output } = run(NODE, [
        'scripts/export.ts',
        ...c.args,
        '--dist',
        dist,
        '--out',
        target,
      ], c.env)
      expect(code, output).toBe(1)
      if (c.says)
        expect(output).toMatch(c.says)
      expect(output).toContain('the previous file is kept')
      expect(readFileSync(folder
        ? join(target, '01.png')
        : target, 'utf8')).toBe('previous')
      expect(readdirSync(work).filter(f => f.includes('.partial'))).toEqual([])
    })
  }
})

/** sha256 of every file under a folder, by relative path. */
function checksums(folder: string, prefix = ''): Record<string, string> {
  const sums: Record<string, string> = {}
  for (const entry of readdirSync(join(folder, prefix))) {
    const path = join(prefix, entry)
    if (statSync(join(folder, path)).isDirectory())
      Object.assign(sums, checksums(folder, path))
    else
      sums[path] = createHash('sha256').update(readFileSync(join(folder, path))).digest('hex')
  }
  return sums
}

describe('a failed npm run build', () => {
  it('leaves the previous build:site output exactly as it was (every file, the service worker too)', () => {
    const out = join(work, 'site')
    const good = run('npm', [
      'run',
      'build:site',
      '--',
      '--base',
      '/x/',
      '--out',
      out,
    ])
    expect(good.code, good.output).toBe(0)
    const before = checksums(out)
    expect(Object.keys(before)).toEqual(expect.arrayContaining([
      'index.html',
      'sw.js',
      'isis-k-briefing.pdf',
      'og-image.png',
    ]))
    // Break a slide as an editor might: an unfinished <script setup> in a page.
    const page = resolve(ROOT, 'pages/14-end.md')
    const original = readFileSync(page, 'utf8')
    try {
      appendFileSync(page, '\n<script setup lang="ts">\nconst broken = \n')
      const bad = run('npm', ['run', 'build', '--', '--out', out])
      expect(bad.code).not.toBe(0)
      expect(bad.output).toContain('previous build')
    }
    finally {
      writeFileSync(page, original)
    }
    expect(checksums(out)).toEqual(before)
    expect(readdirSync(work).filter(f => f.includes('.partial'))).toEqual([])
  }, 900_000)
})

// The reload race: Vite discovering a dependency late re-optimises and reloads the page
// in the middle of an export. From a cold Vite cache and a touched vite.config.ts, each
// export runs once (Slidev's own export too, the one with a dev server): every output
// is complete (each export checks itself) and no "reloading" line appears.
describe('the reload race', () => {
  it('no export reloads from a cold Vite cache, and every output is complete', () => {
    rmSync(resolve(ROOT, 'node_modules/.vite'), { recursive: true, force: true })
    const now = new Date()
    utimesSync(resolve(ROOT, 'vite.config.ts'), now, now)
    const exports = [
      [
        '--slidev',
        '--out',
        join(work, 'race-slidev.pdf'),
      ],
      [
        '--slidev',
        '--format',
        'pptx',
        '--out',
        join(work, 'race-slidev.pptx'),
      ],
      [
        '--out',
        join(work, 'race.pdf'),
      ],
      [
        '--with-clicks',
        '--out',
        join(work, 'race-steps.pdf'),
      ],
      [
        '--format',
        'pptx',
        '--out',
        join(work, 'race.pptx'),
      ],
      [
        '--format',
        'png',
        '--out',
        join(work, 'race-png'),
      ],
      [
        '--format',
        'notes',
        '--out',
        join(work, 'race-notes.pdf'),
      ],
    ]
    for (const args of exports) {
      const { code, output } = run(NODE, ['scripts/export.ts', ...args])
      expect(code, `${args.join(' ')}\n${output}`).toBe(0)
      expect(output, args.join(' ')).not.toMatch(/reloading|Re-optimizing/i)
      expect(existsSync(args.at(-1)!)).toBe(true)
    }
  }, 1_800_000)
})
