import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { normalizeBase, serveStatic } from './serve'

describe('normalizeBase', () => {
  it('gives every form of a base path one leading and one trailing slash', () => {
    expect(normalizeBase('/')).toBe('/')
    expect(normalizeBase('')).toBe('/')
    expect(normalizeBase('/deck')).toBe('/deck/')
    expect(normalizeBase('deck/')).toBe('/deck/')
    expect(normalizeBase('/a/b/')).toBe('/a/b/')
  })
})

describe('serveStatic under a base path', () => {
  it('redirects the base without its slash to the deck, and serves the deck there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-'))
    writeFileSync(join(dir, 'index.html'), '<p>deck</p>')
    const server = await serveStatic(dir, '/deck/')
    try {
      const bare = await fetch(`${server.origin}/deck?x=1`, { redirect: 'manual' })
      expect(bare.status).toBe(301)
      expect(bare.headers.get('location')).toBe('/deck/?x=1')
      expect(await (await fetch(`${server.origin}/deck`)).text()).toBe('<p>deck</p>')
      expect((await fetch(`${server.origin}/other/`)).status).toBe(404)
    }
    finally {
      await server.close()
    }
  })
})
