import { describe, expect, it } from 'vitest'
import { absolutizeSeoMeta, normalizeBase, normalizeOrigin, siteUrl, unquoteSlidevAttr } from './seo-meta'

const head = (meta: string) => `<html><head><title>Deck</title>${meta}</head><body></body></html>`

describe('normalizeBase / normalizeOrigin', () => {
  it('accepts a base with or without slashes', () => {
    expect(normalizeBase('isis-k-briefing')).toBe('/isis-k-briefing/')
    expect(normalizeBase('/isis-k-briefing')).toBe('/isis-k-briefing/')
    expect(normalizeBase('/a/b/')).toBe('/a/b/')
    expect(normalizeBase('/')).toBe('/')
    expect(normalizeBase(undefined)).toBe('/')
  })

  it('accepts an origin with or without scheme and trailing slash', () => {
    expect(normalizeOrigin('https://example.github.io/')).toBe('https://example.github.io')
    expect(normalizeOrigin('deck.example.org')).toBe('https://deck.example.org')
    expect(normalizeOrigin('')).toBe('')
    expect(normalizeOrigin(undefined)).toBe('')
  })
})

describe('siteUrl', () => {
  it('puts a relative path under the base, with the origin when known', () => {
    expect(siteUrl('og-image.png', { base: '/isis-k-briefing/' })).toBe('/isis-k-briefing/og-image.png')
    expect(siteUrl('./og-image.png', { base: '/isis-k-briefing/', origin: 'https://x.github.io' })).toBe('https://x.github.io/isis-k-briefing/og-image.png')
    expect(siteUrl('/og-image.png', { base: '/' })).toBe('/og-image.png')
  })

  it('leaves absolute URLs alone', () => {
    expect(siteUrl('https://cdn.example/a.png', { base: '/b/' })).toBe('https://cdn.example/a.png')
  })
})

describe('absolutizeSeoMeta', () => {
  it('rewrites og:image under the base and adds twitter:image and og:type', () => {
    const html = absolutizeSeoMeta(head('<meta property="og:image" content="og-image.png">'), { base: '/isis-k-briefing/' })
    expect(html).toContain('<meta property="og:image" content="/isis-k-briefing/og-image.png">')
    expect(html).toContain('<meta property="twitter:image" content="/isis-k-briefing/og-image.png">')
    expect(html).toContain('<meta property="og:type" content="website">')
    expect(html).not.toContain('og:url')
  })

  it('adds og:url when the origin is known', () => {
    const html = absolutizeSeoMeta(head('<meta property="og:image" content="./og-image.png">'), { base: '/d/', origin: 'https://x.github.io' })
    expect(html).toContain('content="https://x.github.io/d/og-image.png"')
    expect(html).toContain('<meta property="og:url" content="https://x.github.io/d/">')
  })

  it('keeps other tags and adds nothing twice', () => {
    const once = absolutizeSeoMeta(head('<meta name="description" content="About"><meta property="og:image" content="og.png">'), { base: '/' })
    const twice = absolutizeSeoMeta(once, { base: '/' })
    expect(twice).toBe(once)
    expect(once).toContain('<meta name="description" content="About">')
  })
})

describe('unquoteSlidevAttr', () => {
  it('undoes Slidev\'s JSON quoting of info, author and keywords', () => {
    expect(unquoteSlidevAttr('&quot;A briefing.\\nFrom ISIS-K&#039;s attacks.\\n&quot;')).toBe('A briefing. From ISIS-K&#039;s attacks.')
    expect(unquoteSlidevAttr('plain text')).toBe('plain text')
  })

  it('is applied to the description meta tags', () => {
    const html = absolutizeSeoMeta(head('<meta name="description" content="&quot;One\\ntwo&quot;"><meta property="og:description" content="&quot;One\\ntwo&quot;">'), { base: '/' })
    expect(html).toContain('<meta name="description" content="One two">')
    expect(html).toContain('<meta property="og:description" content="One two">')
  })
})
