import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { contentType, isCompressible, jsGzipBytes, wireBody, wireSize } from './bytes'

const dir = mkdtempSync(join(tmpdir(), 'bench-bytes-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('bytes as a static host sends them', () => {
  it('gzips text and leaves pictures and fonts as they are', () => {
    expect(isCompressible('assets/index-abc.js')).toBe(true)
    expect(isCompressible('index.HTML')).toBe(true)
    expect(isCompressible('og.png')).toBe(false)
    expect(isCompressible('inter.woff2')).toBe(false)
    const text = new TextEncoder().encode('slide '.repeat(500))
    const sent = wireBody('a.js', text)
    expect(sent.length).toBeLessThan(text.length / 10)
    expect(new TextDecoder().decode(gunzipSync(sent))).toBe('slide '.repeat(500))
    const png = new Uint8Array([137, 80, 78, 71])
    expect(wireBody('a.png', png)).toBe(png)
  })

  it('names content types as sirv does, with a charset for text', () => {
    expect(contentType('index.html')).toBe('text/html; charset=utf-8')
    expect(contentType('a.js')).toBe('text/javascript; charset=utf-8')
    expect(contentType('font.woff2')).toBe('font/woff2')
    expect(contentType('deck.pdf')).toBe('application/pdf')
    expect(contentType('manifest.webmanifest')).toBe('application/manifest+json')
    expect(contentType('no-extension')).toBe('application/octet-stream')
  })

  it('sums the gzip size of every .js file of a build, in sub-folders too, and nothing else', () => {
    mkdirSync(join(dir, 'assets/chunks'), { recursive: true })
    writeFileSync(join(dir, 'assets/a.js'), 'export const a = 1\n'.repeat(100))
    writeFileSync(join(dir, 'assets/chunks/b.js'), 'export const b = 2\n'.repeat(100))
    writeFileSync(join(dir, 'assets/c.css'), 'a{color:red}\n'.repeat(100))
    writeFileSync(join(dir, 'index.html'), '<!doctype html>')
    const expected = wireSize(join(dir, 'assets/a.js')) + wireSize(join(dir, 'assets/chunks/b.js'))
    expect(jsGzipBytes(dir)).toBe(expected)
    expect(expected).toBeGreaterThan(0)
  })
})
