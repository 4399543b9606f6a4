// The first screen's code is fetched in waves: index.html names the entry, the entry's code
// then asks for the page (the slideshow or the reading view), the page for the slide, and
// the slide for its layout and components. On a phone network each wave is a round trip
// (Lighthouse's mobile model: 150 ms), so slide 1 waited for four or five of them.
// Vite only preloads the entry's static imports; this plugin adds a small script to
// index.html that, as the page starts, preloads what the address will draw first: the
// page's code, and the slide's own. It is a script, not fixed tags, because the choice needs
// the address and the screen. A phone held upright at a slideshow address leaves for /read
// from this script, before the slideshow page's code is requested: setup/routes.ts would send
// it there anyway, once the app had loaded (Chromium, Pixel 7, Lighthouse's slow 4G and 4x CPU:
// the reading view's title at 1.7-2.2 s from /1, against 3.4-3.6 s by the app's redirect).

import type { Plugin, Rollup } from 'vite'
import { PHONE_PORTRAIT_QUERY, VIEW_CHOICE_KEY } from '../lib/reading.ts'

/**
 * What to preload, by what the address draws: file names relative to the base path (or, in
 * index.html's script, their indexes in one list of names, which keeps the page small).
 */
export interface FirstScreenFiles<File = string> {
  /** Slidev's slideshow page (pages/play.vue) and its static imports. */
  slideshow: File[]
  /** The reading view (/read) and its static imports. */
  reading: File[]
  /** Slide number -> the slide's chunk and its static imports. */
  slides: Record<number, File[]>
  /**
   * A slide's `routeAlias` -> its number. The slideshow shows a slide's alias in the address
   * bar (/<alias>), so that is the address people share, and /read#<alias> names a slide too.
   */
  aliases: Record<string, number>
}

/** Where the page is and what the visitor chose; what `firstScreenPlan` reads. */
export interface PageAddress {
  /** location.pathname, base path included. */
  pathname: string
  hash: string
  search: string
  /** The deck's base path, with both slashes ("/" or "/briefing/"). */
  base: string
  /** True on a phone held upright (PHONE_PORTRAIT_QUERY). */
  phonePortrait: boolean
  /** The phone visitor's stored choice (VIEW_CHOICE_KEY): 'read', 'slides' or null. */
  choice: string | null
}

/** What index.html's script does for an address: where to send the page, or what to preload. */
export interface FirstScreenPlan<File = string> {
  /**
   * The reading view's address (`<base>read#<slide>`, the slide as the address names it) for
   * a phone held upright at a slideshow address, which setup/routes.ts would redirect once the
   * app runs; null elsewhere. Leaving from index.html's first script spares that phone the
   * slideshow page's code, and read.html draws the reading view's title before any script.
   */
  redirect: string | null
  /** Files to preload, in order (none when the page redirects: read.html preloads its own). */
  preloads: File[]
}

/**
 * The first screen's plan for an address. At `/`, `/N` and `/<routeAlias>`: a phone held
 * upright (unless it chose the slides, or the page is rendered for print or an embed) is
 * redirected to the reading view, as setup/routes.ts decides; anything else preloads the
 * slideshow's code and the slide's. At `/read#N` or `/read#<routeAlias>`: the reading view's
 * code and the slide's (slide 1 for any other hash, as reading/ReadingView.vue draws it).
 * Nothing on other pages (presenter, overview, print, export), nor at a slideshow address
 * that names no slide (the app handles those).
 * Self-contained (no closure): index.html runs its source as it is.
 */
export function firstScreenPlan<File>(address: PageAddress, files: FirstScreenFiles<File>): FirstScreenPlan<File> {
  // A slide number, or 0, for `key`: a number with a slide, or a slide's routeAlias
  // (decoded and trimmed as lib/reading.ts's slideFromHash does).
  const slideNo = (key: string): number => {
    try {
      key = decodeURIComponent(key).trim()
    }
    catch {
      return 0
    }
    const no = /^\d+$/.test(key)
      ? Number(key)
      : Object.hasOwn(files.aliases, key)
        ? files.aliases[key]!
        : 0
    return Object.hasOwn(files.slides, no)
      ? no
      : 0
  }
  // Vue Router matches /7/ and /read/ as /7 and /read.
  const path = (address.pathname.startsWith(address.base)
    ? address.pathname.slice(address.base.length)
    : address.pathname.replace(/^\//, '')).replace(/\/$/, '')
  const slideshowNo = path === ''
    ? 1
    : slideNo(path)
  let page: File[]
  let no: number
  if (slideshowNo) {
    const rendered = /[?&](?:print|embedded)\b/.test(address.search)
    if (address.phonePortrait && address.choice !== 'slides' && !rendered)
      return { redirect: `${address.base}read#${path || '1'}`, preloads: [] }
    page = files.slideshow
    no = slideshowNo
  }
  else if (path === 'read') {
    page = files.reading
    no = slideNo(address.hash.replace(/^#/, '')) || 1
  }
  else {
    return { redirect: null, preloads: [] }
  }
  const preloads: File[] = []
  for (const file of page.concat(files.slides[no] ?? [])) {
    if (!preloads.includes(file))
      preloads.push(file)
  }
  return { redirect: null, preloads }
}

/** A chunk of the bundle as the plugin needs it. */
export interface BundleChunk {
  fileName: string
  facadeModuleId: string | null
  imports: readonly string[]
  /** CSS files Vite loads with the chunk (viteMetadata.importedCss). */
  css: readonly string[]
}

/**
 * A chunk's files with its static imports', transitively, less `skip` (what index.html
 * already loads): JS and CSS file names, JS first.
 */
export function staticGraph(chunk: BundleChunk, byFile: ReadonlyMap<string, BundleChunk>, skip: ReadonlySet<string>): string[] {
  const js: string[] = []
  const css = new Set<string>()
  const visit = (c: BundleChunk): void => {
    if (skip.has(c.fileName) || js.includes(c.fileName))
      return
    js.push(c.fileName)
    for (const file of c.css) {
      if (!skip.has(file))
        css.add(file)
    }
    for (const file of c.imports) {
      const next = byFile.get(file)
      if (next)
        visit(next)
    }
  }
  visit(chunk)
  return [
    ...js,
    ...css,
  ]
}

/** Slidev 53's module ids: its slideshow page and a slide's Markdown module. */
const SLIDESHOW_PAGE = /\/@slidev\/client\/pages\/play\.vue$/
const READING_PAGE = /\/reading\/ReadingView\.vue$/
const SLIDE_MODULE = /^\/@slidev\/slides\/(\d+)\/md$/

/**
 * The FirstScreenFiles of a bundle, with `aliases` (routeAlias -> slide number, see
 * routeAliasOf). Throws when the slideshow page, the reading view or slide 1 is missing from
 * it, so that a Slidev upgrade that renames them fails the build instead of dropping the
 * preloads without a word.
 */
export function firstScreenFiles(chunks: readonly BundleChunk[], aliases: Readonly<Record<string, number>> = {}): FirstScreenFiles {
  const byFile = new Map(chunks.map(chunk => [chunk.fileName, chunk]))
  const entry = chunks.find(chunk => /\/index\.html$/.test(chunk.facadeModuleId ?? ''))
  if (!entry)
    throw new Error('first-screen: no entry chunk for index.html in the bundle')
  // What index.html loads already: the entry and its static imports.
  const skip = new Set(staticGraph(entry, byFile, new Set()))
  const find = (pattern: RegExp, name: string): BundleChunk => {
    const chunk = chunks.find(c => pattern.test(c.facadeModuleId ?? ''))
    if (!chunk)
      throw new Error(`first-screen: no chunk for ${name} in the bundle`)
    return chunk
  }
  const slides: Record<number, string[]> = {}
  for (const chunk of chunks) {
    const match = SLIDE_MODULE.exec(chunk.facadeModuleId ?? '')
    if (match)
      slides[Number(match[1])] = staticGraph(chunk, byFile, skip)
  }
  if (!slides[1])
    throw new Error('first-screen: no chunk for slide 1 (/@slidev/slides/1/md) in the bundle')
  return {
    slideshow: staticGraph(find(SLIDESHOW_PAGE, 'the slideshow page (play.vue)'), byFile, skip),
    reading: staticGraph(find(READING_PAGE, 'the reading view'), byFile, skip),
    slides,
    aliases: { ...aliases },
  }
}

/** Slidev 53's module holding slide N's frontmatter (what `/@slidev/slides/N/frontmatter` re-exports). */
const SLIDE_FRONTMATTER = /__slidev_(\d+)\.frontmatter$/
const FRONTMATTER_DATA = /^export const frontmatterData = (.*)$/m

/**
 * The slide number and `routeAlias` (undefined without one) that Slidev 53's frontmatter
 * module `id` with source `code` holds; undefined for any other module. Throws when the
 * module no longer has the shape this reads (`export const frontmatterData = {...}`).
 */
export function routeAliasOf(id: string, code: string): { no: number, alias: string | undefined } | undefined {
  const match = SLIDE_FRONTMATTER.exec(id)
  if (!match)
    return undefined
  const data = FRONTMATTER_DATA.exec(code)
  if (!data)
    throw new Error(`first-screen: no frontmatterData in Slidev's frontmatter module ${id}`)
  const alias: unknown = (JSON.parse(data[1]!) as Record<string, unknown>).routeAlias
  return {
    no: Number(match[1]),
    alias: typeof alias === 'string' && alias
      ? alias
      : undefined,
  }
}

/**
 * The inline script for index.html: runs firstScreenPlan on the page's address, and either
 * leaves for the plan's redirect (location.replace, so Back skips the slideshow address) or
 * adds a `<link rel="modulepreload">` (JS) or `<link rel="preload" as="style">` (CSS), marked
 * `data-first-screen`, for each file. `base` is Vite's base path.
 */
export function firstScreenScript(files: FirstScreenFiles, base: string): string {
  const names = [
    ...new Set([
      ...files.slideshow,
      ...files.reading,
      ...Object.values(files.slides).flat(),
    ]),
  ]
  const index = (list: string[]): number[] => list.map(name => names.indexOf(name))
  const indexed: FirstScreenFiles<number> = {
    slideshow: index(files.slideshow),
    reading: index(files.reading),
    slides: Object.fromEntries(Object.entries(files.slides).map(([no, list]) => [
      no,
      index(list),
    ])),
    aliases: files.aliases,
  }
  return `(function () {
  try {
    var choice = null
    try { choice = localStorage.getItem(${JSON.stringify(VIEW_CHOICE_KEY)}) } catch (e) {}
    var names = ${JSON.stringify(names)}
    var plan = (${firstScreenPlan.toString()})({
      pathname: location.pathname, hash: location.hash, search: location.search,
      base: ${JSON.stringify(base)},
      phonePortrait: matchMedia(${JSON.stringify(PHONE_PORTRAIT_QUERY)}).matches,
      choice: choice,
    }, ${JSON.stringify(indexed)})
    if (plan.redirect) {
      location.replace(plan.redirect)
      return
    }
    var files = plan.preloads
    for (var i = 0; i < files.length; i++) {
      var file = names[files[i]]
      var link = document.createElement('link')
      var css = /\\.css$/.test(file)
      link.rel = css ? 'preload' : 'modulepreload'
      if (css) link.as = 'style'
      link.crossOrigin = ''
      link.setAttribute('data-first-screen', '')
      link.href = ${JSON.stringify(base)} + file
      document.head.appendChild(link)
    }
  } catch (e) {}
})()`
}

/** The attribute that marks index.html's first-screen `<script>` (build/reading-shell.ts moves it). */
export const FIRST_SCREEN_SCRIPT_ATTRIBUTE = 'data-first-screen-script'

const VIEWPORT_META = /<meta\s+name=["']viewport["'][^>]*>/i

/**
 * `html` with `tag` right after its viewport meta tag: the script's media query needs the
 * phone's real width, which is 980 px until that tag is read, and a classic script placed
 * after a stylesheet link would wait for the stylesheet. Throws when there is no such tag.
 */
export function insertAfterViewport(html: string, tag: string): string {
  const match = VIEWPORT_META.exec(html)
  if (!match)
    throw new Error('first-screen: index.html has no <meta name="viewport">')
  const end = match.index + match[0].length
  return `${html.slice(0, end)}\n${tag}${html.slice(end)}`
}

/** Vite plugin: in a build, preloads the first screen's code from index.html (see above). */
export function preloadFirstScreen(): Plugin {
  let base = '/'
  let aliases: Record<string, number> = {}
  let frontmatters = 0
  return {
    name: 'briefing:preload-first-screen',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    buildStart() {
      aliases = {}
      frontmatters = 0
    },
    transform(code, id) {
      const slide = routeAliasOf(id, code)
      if (slide) {
        frontmatters++
        if (slide.alias)
          aliases[slide.alias] = slide.no
      }
      return undefined
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context): string {
        if (!context.bundle)
          return html
        const chunks: BundleChunk[] = Object.values(context.bundle)
          .filter((output): output is Rollup.OutputChunk => output.type === 'chunk')
          .map(chunk => ({
            fileName: chunk.fileName,
            facadeModuleId: chunk.facadeModuleId,
            imports: chunk.imports,
            css: [
              ...(chunk.viteMetadata?.importedCss ?? []),
            ],
          }))
        // Without them every /<alias> address would go without preloads, silently.
        if (!frontmatters)
          throw new Error('first-screen: no Slidev frontmatter module (...__slidev_N.frontmatter) went through the build')
        return insertAfterViewport(html, `<script ${FIRST_SCREEN_SCRIPT_ATTRIBUTE}>${firstScreenScript(firstScreenFiles(chunks, aliases), base)}</script>`)
      },
    },
  }
}
