import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from './deck.ts'
import { makeWritableDir } from './out-dir.ts'

const NODE = resolve(ROOT, 'node_modules/.bin/node')

const work = mkdtempSync(join(tmpdir(), 'out-dir-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('makeWritableDir', () => {
  it('makes missing folders, several levels deep', () => {
    const dir = join(work, 'a', 'b', 'c')
    expect(makeWritableDir(dir)).toBeUndefined()
    expect(existsSync(dir)).toBe(true)
    expect(makeWritableDir(dir)).toBeUndefined()
  })

  it('refuses a folder under /proc, where Node\'s recursive mkdir never returns', () => {
    if (!existsSync('/proc/self'))
      return
    expect(makeWritableDir('/proc/nope/deeper')).toMatch(/^cannot write to \/proc\/nope\/deeper: \/proc\/nope cannot be created \(ENOENT\)/)
  })

  it('makes `npm run export -- --out /proc/nope/x.pdf` exit 1 with one clear line, not hang', () => {
    if (!existsSync('/proc/self'))
      return
    // In a child with a time limit: a hang in a synchronous mkdir would stall this runner too.
    const result = spawnSync(NODE, ['scripts/export.ts', '--out', '/proc/nope/x.pdf'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(result.signal, 'the export hung and was killed').toBeNull()
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Export failed: cannot write to /proc/nope: /proc/nope cannot be created (ENOENT). Choose another path with --out.')
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  }, 90_000)

  it('refuses a path that runs through a file, naming the code', () => {
    const file = join(work, 'plain-file')
    writeFileSync(file, '')
    expect(makeWritableDir(join(file, 'sub'))).toMatch(/cannot write to .*plain-file\/sub.*ENOTDIR/)
    expect(makeWritableDir(file)).toMatch(/is a file, not a folder/)
  })
})
