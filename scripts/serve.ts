// A static server for the built deck on loopback, with the SPA fallback that
// static hosts give (unknown paths serve index.html), under an optional base path.
import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
}

export interface StaticServer {
  url: string
  origin: string
  close: () => Promise<void>
}

export async function serveStatic(dir: string, base = '/', port = 0): Promise<StaticServer> {
  const root = resolve(dir)
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    if (!path.startsWith(base)) {
      res.writeHead(404).end('Not found')
      return
    }
    const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '')
    let file = join(root, relative)
    if (!existsSync(file) || statSync(file).isDirectory()) {
      file = existsSync(join(file, 'index.html'))
        ? join(file, 'index.html')
        : join(root, 'index.html')
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>(done => server.listen(port, '127.0.0.1', done))
  const { port: actual } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${actual}`
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise(done => server.close(() => done())),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist'
  const base = process.argv[3] ?? '/'
  const server = await serveStatic(dir, base, Number(process.env.PORT ?? 4173))
  console.log(`Serving ${dir} at ${server.url}`)
}
