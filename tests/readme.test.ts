// The README's "Where things are" table matches the tree: every folder that holds a tracked
// file is named in the table's first column (itself, or through a path inside it), and
// every path that column names exists.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../scripts/deck'

/** The paths in the first column of the README's "Where things are" table. */
function tablePaths(readme: string): string[] {
  const section = readme.split(/^## /m).find(s => s.startsWith('Where things are'))
  if (!section)
    throw new Error('README.md has no "Where things are" section')
  return section.split('\n')
    .filter(line => line.startsWith('| `'))
    .flatMap(line => [
      ...line.split('|')[1]!.matchAll(/`([^`]+)`/g),
    ].map(m => m[1]!))
}

/** Every folder (with a trailing slash) that holds a file git tracks, at any depth. */
function trackedFolders(): string[] {
  const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean)
  const folders = new Set<string>()
  for (const file of files) {
    const parts = file.split('/')
    for (let i = 1; i < parts.length; i++)
      folders.add(`${parts.slice(0, i).join('/')}/`)
  }
  return [...folders].sort()
}

/** Folders the table does not name, given its paths: a folder counts as named when a path is in it. */
function unlistedFolders(folders: readonly string[], paths: readonly string[]): string[] {
  return folders.filter(folder => !paths.some(path => path.startsWith(folder)))
}

describe('the README\'s "Where things are" table', () => {
  const paths = tablePaths(readFileSync(resolve(ROOT, 'README.md'), 'utf8'))

  it('names every folder of the tree', () => {
    expect(paths.length).toBeGreaterThan(10)
    expect(unlistedFolders(trackedFolders(), paths)).toEqual([])
  })

  it('names no path that is gone', () => {
    expect(paths.filter(path => !existsSync(resolve(ROOT, path)))).toEqual([])
  })
})

describe('unlistedFolders', () => {
  it('counts a folder as named through a path inside it, and nothing else', () => {
    expect(unlistedFolders([
      '.ci/',
      'docs/',
      'lib/',
      'lib/forces/',
      'tests/fixtures/',
    ], ['.ci/run', 'lib/', 'docs/images/'])).toEqual(['lib/forces/', 'tests/fixtures/'])
  })
})
