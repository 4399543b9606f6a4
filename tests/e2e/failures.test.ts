// Bad input gets one clear error and a non-zero exit, and nothing is lost.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/deck.ts'

const NODE = resolve(ROOT, 'node_modules/.bin/node')
const work = mkdtempSync(join(tmpdir(), 'briefing-fail-'))
const scratch = resolve(ROOT, 'scratch', `failure-${process.pid}`)

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
    },
    encoding: 'utf8',
    timeout: 240_000,
  })
  return { code: result.status, output: `${result.stdout}${result.stderr}` }
}

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

  it('keeps the previous PDF when an export fails', () => {
    const target = join(work, 'kept.pdf')
    writeFileSync(target, 'previous export')
    // /bin/false exists but is no browser, so slidev export itself fails.
    const { code, output } = run(NODE, ['scripts/export.ts', '--out', target], { CHROME_PATH: '/bin/false' })
    expect(code).toBe(1)
    expect(output).toContain('the previous file is kept')
    expect(readFileSync(target, 'utf8')).toBe('previous export')
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
