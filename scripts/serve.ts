// A static server for the built deck on loopback, under an optional base path, with the
// fallback a static host gives to an address that is not a file:
//   'spa' (Netlify, Vercel, `sirv --single`): the app's index.html, for any unknown path,
//         assets included;
//   '404' (GitHub Pages): status 404 with the site's 404.html (the app, so deep links work).
//   node scripts/serve.ts dist [/base/]             -> http://127.0.0.1:4173/base/
//   FALLBACK=404 node scripts/serve.ts dist /base/  -> the same, GitHub-Pages-like
import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import sirv from 'sirv'

export type Fallback = 'spa' | '404'

export interface StaticServer {
  url: string
  origin: string
  close: () => Promise<void>
}

/**
 * Serves `dir` at `http://127.0.0.1:<port><base>` (port 0: any free one). `basePath` is
 * normalised to start and end with `/`; the base without its final slash redirects (301) to it,
 * and paths outside it get a plain 404.
 */
export async function serveStatic(dir: string, basePath = '/', port = 0, fallback: Fallback = 'spa'): Promise<StaticServer> {
  const root = resolve(dir)
  const base = normalizeBase(basePath)
  // `single` alone answers only extension-less paths; a host's SPA rewrite answers all.
  const files = sirv(root, { dev: true, etag: true })
  const notFound = join(root, fallback === 'spa'
    ? 'index.html'
    : '404.html')
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    // Like a static host: the base without its slash redirects to the folder.
    if (`${url.pathname}/` === base) {
      res.writeHead(301, { location: `${base}${url.search}` }).end()
      return
    }
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('Not found')
      return
    }
    req.url = `/${url.pathname.slice(base.length)}${url.search}`
    files(req, res, () => {
      if (existsSync(notFound)) {
        res.writeHead(fallback === 'spa'
          ? 200
          : 404, { 'content-type': 'text/html; charset=utf-8' })
        createReadStream(notFound).pipe(res)
      }
      else {
        res.writeHead(404).end('Not found')
      }
    })
  })
  await new Promise<void>(done => server.listen(port, '127.0.0.1', done))
  const { port: actual } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${actual}`
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise((done) => {
      server.close(() => done())
      server.closeAllConnections()
    }),
  }
}

/** '/deck', 'deck/' or 'deck' → '/deck/'; '' or '/' → '/'. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '')
  return trimmed === ''
    ? '/'
    : `/${trimmed}/`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist'
  const base = process.argv[3] ?? '/'
  const fallback: Fallback = process.env.FALLBACK === '404'
    ? '404'
    : 'spa'
  const server = await serveStatic(dir, base, Number(process.env.PORT ?? 4173), fallback)
  console.log(`Serving ${dir} at ${server.url}${fallback === '404'
    ? ' (unknown paths: 404)'
    : ''}`)
}
