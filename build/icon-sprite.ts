// Slidev's controls draw their icons with UnoCSS's icon preset: each icon is a CSS mask
// whose image is its own `data:image/svg+xml` URL. Chromium builds a whole SVG document,
// with its own frame, for every distinct SVG image, in the style recalculation that first
// meets it. When the slideshow's nav bar first draws (once slide 1 is up, lib/nav-icons.ts),
// that made ten SVG documents: 386 ms of a 528 ms style recalculation in a trace of a phone
// load at 4x CPU. Here the masks of one stylesheet share a single image, a sprite, and each
// icon picks its cell with mask-position: one SVG document, a 124 ms recalculation, the
// same pixels.

import type { Plugin } from 'vite'
import { createHash } from 'node:crypto'

const DATA_SVG = 'data:image/svg+xml;utf8,'
/** A rule of UnoCSS's mask mode: the icon in --un-icon, stretched over the element's box. */
const ICON_RULE = /([^{}]*)\{([^{}]*--un-icon:url\("data:image\/svg\+xml;utf8,([^"]*)"\)[^{}]*)\}/g

export interface IconSprite {
  /** The stylesheet with its mask icons drawn from one sprite (unchanged when it has fewer than 2). */
  css: string
  /** How many distinct icons the sprite holds. */
  icons: number
  /** The custom property on :root that holds the sprite's URL ('' when there is none). */
  property: string
}

/** The SVG of a data URL's body ('' when it is not valid percent-encoding, which leaves the icon as it is). */
function decoded(encoded: string): string {
  try {
    return decodeURIComponent(encoded)
  }
  catch {
    return ''
  }
}

/** An icon that can join the sprite: static (no SMIL, which would repaint every icon each frame) and with a viewBox. */
function spriteable(svg: string): boolean {
  return /^<svg[^>]*\sviewBox='[^']*'/.test(svg) && !/<animate|<set\b/.test(svg)
}

/** A rule stretching its mask over a square box: both sides one length (or not set). */
function spriteableRule(body: string): boolean {
  const side = (name: string): string | undefined => new RegExp(`(?:^|;)${name}:([^;]*)`).exec(body)?.[1]
  return /mask-size:100% 100%/.test(body) && side('width') === side('height')
}

/** The encoding UnoCSS uses for SVG in CSS URLs: readable, with what CSS and URLs reserve escaped. */
function encodeSvg(svg: string): string {
  return svg.replace(/[%#<>{}"\n]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

/**
 * Rewrites every UnoCSS mask icon (`--un-icon:url("data:image/svg+xml;utf8,…")` with
 * `mask-size:100% 100%`) in `css` to draw from one sprite: cell i of n is icon i, laid
 * out left to right, each cell the element's box, so `mask-size` becomes n×100% wide and
 * `mask-position` i/(n−1)×100%. The sprite stretches to n boxes (preserveAspectRatio
 * none) and each cell keeps its icon's own viewBox, so an icon fills its box as it did
 * alone. The preset's boxes are square (width and height 1em), and Slidev sizes them by
 * font size only; in a box that is not square an icon would stretch where alone it
 * would be centred, so rules whose width and height differ stay as they are. The sprite's URL is declared once, on :root, under a property named from its
 * hash (two stylesheets with different sprites cannot clash). Icons that animate stay as they are.
 */
export function spriteMaskIcons(css: string): IconSprite {
  const icons: string[] = []
  for (const match of css.matchAll(ICON_RULE)) {
    if (spriteableRule(match[2]!) && spriteable(decoded(match[3]!)) && !icons.includes(match[3]!))
      icons.push(match[3]!)
  }
  if (icons.length < 2)
    return { css, icons: 0, property: '' }
  const n = icons.length
  const cells = icons.map((encoded, i) => {
    const svg = decoded(encoded)
    const viewBox = /\sviewBox='([^']*)'/.exec(svg)![1]
    const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '')
    return `<svg x='${i}' width='1' height='1' viewBox='${viewBox}'>${inner}</svg>`
  })
  const sprite = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ${n} 1' width='${n}' height='1' preserveAspectRatio='none'>${cells.join('')}</svg>`
  const property = `--bf-icon-sprite-${createHash('sha256').update(sprite).digest('hex').slice(0, 8)}`
  const rewritten = css.replace(ICON_RULE, (rule, selector: string, body: string, encoded: string) => {
    const i = icons.indexOf(encoded)
    if (i < 0 || !spriteableRule(body))
      return rule
    const x = `${+(i / (n - 1) * 100).toFixed(4)}%`
    const sprited = body
      .replace(/--un-icon:url\("[^"]*"\)/, `--un-icon:var(${property})`)
      .replace(/mask-size:100% 100%/g, `mask-size:${n * 100}% 100%`)
    // After the `mask` shorthand, which resets the position.
    return `${selector}{${sprited};-webkit-mask-position:${x} 0;mask-position:${x} 0}`
  })
  return {
    // At the end: @charset and @import must stay first, and a custom property's place does not matter.
    css: `${rewritten}\n:root{${property}:url("${DATA_SVG}${encodeSvg(sprite)}")}\n`,
    icons: n,
    property,
  }
}

/**
 * The name of a rewritten stylesheet: Vite's `[name]-[hash8]` with the hash of the new
 * content, so that a host's or the service worker's cache (which trusts a hashed name,
 * `revision: null`) never keeps an older stylesheet under the same name. Names without
 * such a hash stay as they are.
 */
export function renamedAsset(fileName: string, source: string): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8)
  return fileName.replace(/-[\w-]{8}\.css$/, `-${hash}.css`)
}

/**
 * Vite plugin (build only): every emitted stylesheet's mask icons come from one sprite
 * (spriteMaskIcons). A stylesheet that changes gets a new hashed name (renamedAsset), and
 * every chunk and HTML page that names it is updated.
 */
export function spriteIconMasks(): Plugin {
  return {
    name: 'briefing:icon-sprite',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const renamed = new Map<string, string>()
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css'))
          continue
        const source = typeof file.source === 'string'
          ? file.source
          : new TextDecoder().decode(file.source)
        if (!source.includes('--un-icon:url('))
          continue
        const { css, icons } = spriteMaskIcons(source)
        if (icons === 0)
          continue
        file.source = css
        const fileName = renamedAsset(file.fileName, css)
        if (fileName !== file.fileName && !(fileName in bundle))
          renamed.set(file.fileName, fileName)
      }
      if (renamed.size === 0)
        return
      const rename = (text: string): string => {
        for (const [from, to] of renamed)
          text = text.replaceAll(from.replace(/^.*\//, ''), to.replace(/^.*\//, ''))
        return text
      }
      // Files are added with emitFile (an entry added to `bundle` is not written).
      for (const [from, to] of renamed) {
        const file = bundle[from]!
        delete bundle[from]
        if (file.type === 'asset')
          this.emitFile({ type: 'asset', fileName: to, source: file.source })
      }
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') {
          file.code = rename(file.code)
          const css = (file as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss
          if (css) {
            for (const [from, to] of renamed) {
              if (css.delete(from))
                css.add(to)
            }
          }
        }
        else if (/\.(?:html|js|webmanifest)$/.test(file.fileName) && typeof file.source === 'string') {
          file.source = rename(file.source)
        }
      }
    },
  }
}
