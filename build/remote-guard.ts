// `slidev --remote <password>` made safe on a shared network: a guard in front of Slidev's
// dev server. Slidev 53 (@slidev/cli dist/serve-*.mjs, @slidev/client setup/routes.ts)
// checks the password only in the browser, ships it to every client in the
// `/@slidev/configs` module, and serves these without any check:
//   - GET/POST /__slidev/slides/<n>.json: read and REWRITE a slide and its notes on disk;
//   - POST /@server-ref/*, /@server-reactive/*: drive the shared slide state (navigation,
//     drawings) of every window;
//   - /__open-in-editor: opens a file in the laptop's editor;
//   - the presenter, notes, notes-edit, overview and entry pages.
// Here each of these needs the password, given once as `?password=` on a page address (the
// server then sets an HttpOnly cookie for the rest of the session) or as an
// `x-slidev-password` header. Clients without it get the configs module with the
// password replaced by a random token. Addresses that end in `password=<p>/` (what the CLI
// prints for entry and overview, and encodes in its QR code) are redirected to the right one.
// With `--remote` and no password, only the laptop itself (loopback) may use them.
// Without `--remote` (plain `npm run dev`, bound to localhost) the guard does nothing.
//
// Not closed here: Vite's HMR websocket is open to every client, as the audience needs it;
// Slidev's `slidev:monaco-write` message over it writes only files that a `{monaco-write}`
// code block names (this deck has none).
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin, ViteDevServer } from 'vite'
import { Buffer } from 'node:buffer'
import { randomBytes, timingSafeEqual } from 'node:crypto'

/** The cookie that marks a browser that has given the password, for this server process. */
export const REMOTE_COOKIE = 'briefing-remote'

/** Pages that only the presenter may open (Slidev's password-guarded routes). */
export const GUARDED_PAGE = /^\/(?:presenter|notes|notes-edit|overview|entry|print|export)(?:\/|$)/
/** Endpoints that read or change the presenter's files, or open their editor. */
export const GUARDED_ENDPOINT = /^\/(?:__slidev\/slides\/|__open-in-editor)/
/** Shared state (navigation, drawings): everyone reads it (GET), only the presenter writes. */
export const SHARED_STATE = /^\/@server-(?:ref|reactive)\//
/** Slidev's virtual module with the headmatter config, which holds the password as `remote`. */
export const CONFIGS_MODULE = '/@slidev/configs'

/**
 * The `remote` value in the configs module's code (`export default {...,"remote":"p",...}`):
 * the password (possibly ''), or undefined when Slidev runs without `--remote`.
 */
export function remoteFromConfigs(code: string): string | undefined {
  const match = code.match(/"remote":("(?:[^"\\]|\\.)*")/)
  return match
    ? JSON.parse(match[1]!) as string
    : undefined
}

/** The configs module's code with the password swapped for `token`. */
export function hidePassword(code: string, token: string): string {
  return code.replace(/"remote":"(?:[^"\\]|\\.)*"/, `"remote":${JSON.stringify(token)}`)
}

/**
 * Where to send an address whose `password` query has a trailing `/` (the CLI prints
 * `/entry?password=p/`): the same page with the slash on the path. Undefined if fine.
 */
export function fixPrintedAddress(url: URL, password: string): string | undefined {
  if (!password || url.searchParams.get('password') !== `${password}/`)
    return undefined
  url.searchParams.set('password', password)
  if (!url.pathname.endsWith('/'))
    url.pathname += '/'
  return `${url.pathname}${url.search}`
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name)
      return value.join('=')
  }
  return undefined
}

function isLoopback(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? ''
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.')
}

function passwordPage(res: ServerResponse, path: string): void {
  res.statusCode = 401
  res.setHeader('content-type', 'text/html; charset=utf-8')
  res.setHeader('cache-control', 'no-store')
  res.end(`<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Presenter password</title>
<body style="font:18px/1.5 system-ui,sans-serif;max-width:28em;margin:3em auto;padding:0 1em">
<h1 style="font-size:1.4em">This page is for the presenter</h1>
<form method="get" action="${path.replace(/[<>"&]/g, '')}">
<label>Password <input type="password" name="password" autofocus required></label>
<button type="submit">Open</button></form>
<p><a href="/">The slides</a> are open to everyone.</p>`)
}

/** The Vite plugin: a middleware placed before every other one, in `slidev` dev only. */
export function remoteGuard(): Plugin {
  // Two unrelated random values: the cookie's, and the stand-in for the password that
  // clients without it get (so Slidev's own check in the browser still refuses them).
  const token = randomBytes(24).toString('base64url')
  const standIn = randomBytes(24).toString('base64url')
  return {
    name: 'briefing:remote-guard',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      let remote: Promise<string | undefined> | undefined
      const readRemote = (): Promise<string | undefined> => remote ??= server.transformRequest(CONFIGS_MODULE)
        .then(result => result
          ? remoteFromConfigs(result.code)
          : undefined)
        .catch(() => undefined)

      const guard = async (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void): Promise<void> => {
        const password = await readRemote()
        if (password === undefined)
          return next()
        const url = new URL(req.url ?? '/', 'http://slidev.local')
        const base = server.config.base
        const path = url.pathname.startsWith(base)
          ? `/${url.pathname.slice(base.length)}`
          : url.pathname
        const page = GUARDED_PAGE.test(path)
        const configs = path === CONFIGS_MODULE
        const stateWrite = req.method !== 'GET' && req.method !== 'HEAD' && SHARED_STATE.test(path)
        if (!page && !configs && !stateWrite && !GUARDED_ENDPOINT.test(path))
          return next()
        // `--remote` with no password: Slidev's client has nothing to hide or check.
        if (configs && !password)
          return next()

        const fixed = page && fixPrintedAddress(url, password)
        if (fixed) {
          res.statusCode = 302
          res.setHeader('location', fixed)
          res.end()
          return
        }
        const given = url.searchParams.get('password') ?? req.headers['x-slidev-password']
        const byPassword = !!password && typeof given === 'string' && same(given, password)
        const ok = password
          ? byPassword || same(cookie(req, REMOTE_COOKIE) ?? '', token)
          : isLoopback(req)
        if (byPassword)
          res.setHeader('set-cookie', `${REMOTE_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`)

        if (configs) {
          // Served here, per client, and never from the browser's cache.
          const result = await server.transformRequest(url.pathname + url.search)
          if (!result)
            return next()
          res.setHeader('content-type', 'text/javascript')
          res.setHeader('cache-control', 'no-store')
          res.end(ok
            ? result.code
            : hidePassword(result.code, standIn))
          return
        }
        if (ok)
          return next()
        if (page && req.method === 'GET')
          return passwordPage(res, url.pathname)
        res.statusCode = 403
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ error: 'This needs the presenter\'s password (slidev --remote).' }))
      }

      // First in the stack, ahead of Slidev's and Vite's own middlewares.
      server.middlewares.stack.unshift({
        route: '',
        handle: (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => {
          guard(req, res, next).catch(next)
        },
      })
    },
  }
}
