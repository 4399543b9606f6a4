// Slidev's controls draw their icons with UnoCSS's icon preset: each icon is a CSS mask
// whose image is its own `data:image/svg+xml` URL. Chromium builds a whole SVG document,
// with its own frame, for every distinct SVG image, inside the style recalculation that
// first meets it. When the slideshow's nav bar first draws (once slide 1 is up,
// lib/nav-icons.ts), that was ten SVG documents in one style pass, the longest task left
// after the first paint on Lighthouse's phone model.
// Here every static icon moves into one SVG file, each in a region of its own named by a
// <view> element, and the rule's data URL becomes `icons-<hash>.svg#<view>` (an SVG fragment
// identifier, SVG 1.1 §17.2.4). An http URL is fetched once and cached without its fragment,
// so all icons share one document, parsed when the file arrives, not in the style pass.
// Each icon keeps its own viewBox, in a nested <svg>, so it is drawn as it was alone: the
// same vector paths in the same box, with no sprite offsets to round (a CSS sprite, tried
// before, drew icons half a pixel off in boxes of fractional size).

import type { Plugin } from 'vite'
import { createHash } from 'node:crypto'

/** A UnoCSS mask or background icon: the SVG in --un-icon, as a percent-encoded data URL. */
const ICON_URL = /--un-icon:url\("data:image\/svg\+xml;utf8,([^"]*)"\)/g
/** Space between two icons' regions, in units of the larger icon's viewBox: no antialiasing bleeds across. */
const GAP = 1

export interface IconViews {
  /** The stylesheet with each moved icon's URL pointing into the SVG file (unchanged when none moved). */
  css: string
  /** The SVG file's source ('' when no icon moved). */
  svg: string
  /** The <view> ids, in order of first use. */
  views: string[]
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

/** An icon's root attributes and content, or undefined if it cannot share a document. */
interface IconParts { viewBox: [number, number, number, number], attributes: string, inner: string }

/**
 * The parts of an icon that can move into the shared file: an <svg> root with a numeric
 * viewBox, no SMIL animation (it would repaint every icon each frame) and no ids (which
 * could clash with another icon's in one document).
 */
export function iconParts(svg: string): IconParts | undefined {
  const root = /^<svg\b([^>]*)>([\s\S]*)<\/svg>\s*$/.exec(svg)
  if (!root || /<animate|<set\b|\bid=/.test(root[2]!))
    return undefined
  const viewBox = /\sviewBox=(['"])([^'"]*)\1/.exec(root[1]!)?.[2]?.trim().split(/[\s,]+/).map(Number)
  if (viewBox?.length !== 4 || viewBox.some(n => !Number.isFinite(n)) || viewBox[2]! <= 0 || viewBox[3]! <= 0)
    return undefined
  // Presentation attributes (fill, stroke...) stay on the nested <svg>; the root's own size,
  // viewBox and namespace do not apply there.
  const attributes = root[1]!.replace(/\s(?:viewBox|width|height|xmlns(?::\w+)?)=(['"])[^'"]*\1/g, '').trim()
  return { viewBox: viewBox as IconParts['viewBox'], attributes, inner: root[2]! }
}

/**
 * Moves every UnoCSS icon of `css` that iconParts accepts into one SVG file. Icons are
 * stacked top to bottom, GAP apart; icon i's region is named by `<view id="views[i]">`,
 * whose viewBox is that region, and holds a nested <svg> with the icon's own viewBox at
 * 1:1, so the icon fills the element's box exactly as its data URL did. `file` is the SVG
 * file's URL relative to the stylesheet (both are in assets/, so a bare file name).
 */
export function moveIconsToViews(css: string, file: (svg: string) => string): IconViews {
  const icons = new Map<string, { view: string, parts: IconParts }>()
  for (const match of css.matchAll(ICON_URL)) {
    const encoded = match[1]!
    if (icons.has(encoded))
      continue
    const parts = iconParts(decoded(encoded))
    if (parts)
      icons.set(encoded, { view: `i${icons.size + 1}`, parts })
  }
  if (icons.size === 0)
    return { css, svg: '', views: [] }
  let y = 0
  let width = 0
  const body: string[] = []
  for (const { view, parts } of icons.values()) {
    const [, , w, h] = parts.viewBox
    body.push(
      `<view id='${view}' viewBox='0 ${y} ${w} ${h}'/>`,
      `<svg y='${y}' width='${w}' height='${h}' viewBox='${parts.viewBox.join(' ')}'${parts.attributes
        ? ` ${parts.attributes}`
        : ''}>${parts.inner}</svg>`,
    )
    y += h + GAP * Math.max(w, h)
    width = Math.max(width, w)
  }
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ${width} ${y}'>${body.join('')}</svg>\n`
  const url = file(svg)
  return {
    css: css.replace(ICON_URL, (declaration, encoded: string) => {
      const icon = icons.get(encoded)
      return icon
        ? `--un-icon:url("${url}#${icon.view}")`
        : declaration
    }),
    svg,
    views: [
      ...icons.values(),
    ].map(icon => icon.view),
  }
}

/** The first 8 hex digits of the SHA-256 of `source`, Vite's length of a file-name hash. */
function hash8(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 8)
}

/** The SVG file's name: `icons-<hash8>.svg`, from its content, so a new set of icons gets a new name. */
function iconFileName(svg: string): string {
  return `icons-${hash8(svg)}.svg`
}

/**
 * The name of a rewritten stylesheet: Vite's `[name]-[hash8]` with the hash of the new
 * content, so that a host's or the service worker's cache (which trusts a hashed name,
 * `revision: null`) never keeps an older stylesheet under the same name. Names without
 * such a hash stay as they are.
 */
export function renamedAsset(fileName: string, source: string): string {
  return fileName.replace(/-[\w-]{8}\.css$/, `-${hash8(source)}.css`)
}

/**
 * A fingerprint of this plugin's output format: moveIconsToViews run on a fixed stylesheet.
 * It changes with anything that changes what the plugin writes (the gap, the markup, the ids).
 */
export function outputFormatFingerprint(): string {
  const sample = `.i{--un-icon:url("data:image/svg+xml;utf8,%3Csvg viewBox='0 0 24 24' fill='none'%3E%3Cpath d='M1 1h2'/%3E%3C/svg%3E");mask:var(--un-icon) no-repeat}`
  const { css, svg } = moveIconsToViews(sample, iconFileName)
  return hash8(`${css}\n${svg}\n${renamedAsset('a-00000000.css', css)}`)
}

/**
 * Vite plugin (build only): the icons of every emitted stylesheet are drawn from one SVG
 * file per stylesheet, `assets/icons-<hash>.svg` (moveIconsToViews). A stylesheet that
 * changes gets a new hashed name (renamedAsset), and every chunk and HTML page that names
 * it is updated. Those chunks keep Vite's names, hashed before the rename; so every chunk's
 * hash also takes in outputFormatFingerprint, and a chunk's name still changes whenever its
 * content does (a service worker trusts a hashed name, `revision: null`).
 */
export function iconViews(): Plugin {
  const fingerprint = outputFormatFingerprint()
  return {
    name: 'briefing:icon-views',
    apply: 'build',
    enforce: 'post',
    augmentChunkHash() {
      return fingerprint
    },
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
        const dir = file.fileName.replace(/[^/]*$/, '')
        const { css, svg } = moveIconsToViews(source, iconFileName)
        if (!svg)
          continue
        const svgName = `${dir}${iconFileName(svg)}`
        if (!(svgName in bundle))
          this.emitFile({ type: 'asset', fileName: svgName, source: svg })
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
