// Link-preview meta tags that work under any base path. Slidev writes the headmatter's
// `seoMeta.ogImage` into index.html as given; a relative value such as `og-image.png`
// would resolve against the current slide's URL, and crawlers want absolute URLs.
// This turns it into `<origin><base>og-image.png` (or `<base>og-image.png` when the
// origin is unknown) and adds og:url, og:type and twitter:image to match.
// It also undoes Slidev 53's JSON-quoting of `info`, `author` and `keywords` in meta
// content (`content="&quot;A briefing.\nFrom ...&quot;"`), which previews show verbatim.

import type { Plugin } from 'vite'

export interface SiteAddress {
  /** Vite's base, starting and ending with "/", e.g. "/isis-k-briefing/". */
  base: string
  /** Scheme and host with no trailing slash, e.g. "https://example.github.io"; empty when unknown. */
  origin?: string
}

/** "https://x.y/", "x.y" or "" -> "https://x.y" or "". */
export function normalizeOrigin(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/\/+$/, '')
  if (!trimmed)
    return ''
  const withScheme = /^https?:\/\//.test(trimmed)
    ? trimmed
    : `https://${trimmed}`
  return new URL(withScheme).origin
}

/** "isis-k-briefing", "/isis-k-briefing", "/" or "" -> "/isis-k-briefing/" or "/". */
export function normalizeBase(value: string | undefined): string {
  const parts = (value ?? '').split('/').filter(Boolean)
  return parts.length
    ? `/${parts.join('/')}/`
    : '/'
}

/** The public URL of a file of the site (a path relative to the site's root). */
export function siteUrl(path: string, site: SiteAddress): string {
  if (/^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(path))
    return path
  const relative = path.replace(/^\.?\//, '')
  return `${normalizeOrigin(site.origin)}${normalizeBase(site.base)}${relative}`
}

const META = /<meta\s[^>]*>/gi

function attribute(tag: string, name: string): string | undefined {
  return tag.match(new RegExp(`\\s${name}="([^"]*)"`, 'i'))?.[1]
}

function metaTag(property: string, content: string): string {
  const escaped = content.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  return `<meta property="${property}" content="${escaped}">`
}

const QUOTED_BY_SLIDEV = new Set([
  'description',
  'og:description',
  'author',
  'keywords',
])

/** `&quot;one\ntwo&quot;` (JSON.stringify of escaped text) -> `one two`. */
export function unquoteSlidevAttr(content: string): string {
  const inner = content.match(/^&quot;([\s\S]*)&quot;$/)?.[1]
  if (inner === undefined)
    return content
  return inner
    .replace(/\\([nt\\])/g, (_, c: string) => (c === '\\'
      ? '\\'
      : ' '))
    .replace(/\s+/g, ' ')
    .trim()
}

/** Rewrites og:image / twitter:image to site URLs and adds og:url, og:type, twitter:image. */
export function absolutizeSeoMeta(html: string, site: SiteAddress): string {
  let image: string | undefined
  const present = new Set<string>()
  const rewritten = html.replace(META, (tag) => {
    const property = attribute(tag, 'property') ?? attribute(tag, 'name')
    const content = attribute(tag, 'content')
    if (!property || content === undefined)
      return tag
    present.add(property)
    if (property === 'og:image' || property === 'twitter:image' || property === 'og:url' || property === 'twitter:url') {
      const url = siteUrl(content, site)
      if (property === 'og:image')
        image = url
      return tag.replace(/\scontent="[^"]*"/i, () => ` content="${url}"`)
    }
    if (QUOTED_BY_SLIDEV.has(property))
      return tag.replace(/\scontent="[^"]*"/i, () => ` content="${unquoteSlidevAttr(content)}"`)
    return tag
  })
  const added: string[] = []
  if (!present.has('og:type'))
    added.push(metaTag('og:type', 'website'))
  if (!present.has('og:url') && normalizeOrigin(site.origin))
    added.push(metaTag('og:url', siteUrl('', site)))
  if (image && !present.has('twitter:image'))
    added.push(metaTag('twitter:image', image))
  if (!added.length)
    return rewritten
  return rewritten.replace(/<\/head>/i, () => `${added.join('\n')}\n</head>`)
}

/**
 * Vite plugin: runs `absolutizeSeoMeta` on the built index.html with the resolved base path
 * and the SITE_ORIGIN environment variable (unset: base-relative URLs).
 */
export function seoMetaUnderBase(): Plugin {
  let base = '/'
  return {
    name: 'briefing:seo-meta-under-base',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler: html => absolutizeSeoMeta(html, { base, origin: process.env.SITE_ORIGIN }),
    },
  }
}
