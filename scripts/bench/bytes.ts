// Bytes as a static host sends them (gzip for text, as Netlify, Vercel and GitHub Pages
// do), shared by the bench's first-load count (scripts/bench.ts), its bundle size row and
// the Lighthouse server (scripts/bench/lighthouse.ts). Content types come from `mrmime`,
// the table `sirv` (scripts/serve.ts) uses, so the two servers agree.
import { readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { lookup } from 'mrmime'

/** File extensions a static host compresses. */
export const COMPRESSIBLE: ReadonlySet<string> = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
])

/** Whether a host would gzip `path` (by its extension). */
export function isCompressible(path: string): boolean {
  return COMPRESSIBLE.has(extname(path).toLowerCase())
}

/** The Content-Type a host sends for `path`, with charset for text; octet-stream when unknown. */
export function contentType(path: string): string {
  const type = lookup(path) ?? 'application/octet-stream'
  return /^text\/|javascript/.test(type)
    ? `${type}; charset=utf-8`
    : type
}

/** What a host sends for a file: gzip (level 9) for compressible files, else the file itself. */
export function wireBody(path: string, content: Uint8Array): Uint8Array {
  return isCompressible(path)
    ? gzipSync(content, { level: 9 })
    : content
}

/** Size in bytes of what a host sends for `path` (wireBody). */
export function wireSize(path: string): number {
  return wireBody(path, readFileSync(path)).length
}

/** The built deck's JavaScript, gzip, in bytes: every .js file under `dist`, summed. */
export function jsGzipBytes(dist: string): number {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter(file => file.endsWith('.js'))
    .reduce((sum, file) => sum + wireSize(join(dist, file)), 0)
}
