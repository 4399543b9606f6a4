// The reading view's page, `<base>read.html`, which static hosts serve for `<base>read`
// (GitHub Pages, Netlify, `sirv`; where a host does not, it answers with index.html and the
// view loads as before). Its HTML carries the view's header (the bar, the deck's title as
// the page's h1 and the intro), so a phone draws the title as soon as the stylesheet and
// the two preloaded fonts arrive, instead of after some 190 KB of Vue and Slidev on a slow
// network. The app's scripts are requested once the stylesheet is in, so that they do not
// compete with it or with the fonts; when the app draws its own header, the static one is
// removed in the same frame (same classes and scope attribute, same boxes).
// The view's largest paint (LCP) is that h1: it was drawn by the app, now by the HTML.

import type { Plugin } from 'vite'
import type { SlideAnchor } from '../lib/reading.ts'
import { READING_INTRO, slideFromHash, VIEW_CHOICE_KEY } from '../lib/reading.ts'
import { FIRST_SCREEN_SCRIPT_ATTRIBUTE, routeAliasOf } from './first-screen.ts'

/** The id of the static header's wrapper in read.html (a sibling before `#app`). */
export const SHELL_ID = 'reading-shell'

/** What the static header shows; the same values reading/ReadingView.vue shows at slide 1. */
export interface ReadingShellContent {
  /** The deck's title (headmatter `title`, as `configs.title`). */
  title: string
  /** The slideshow at slide 1: `<base><routeAlias of slide 1 or 1>`. */
  slideshowHref: string
  /** The PDF's address under the base path, or undefined in a build without one. */
  pdfHref?: string
  /** Vue's scope attribute of ReadingView.vue's styles, `data-v-1a2b3c4d`. */
  scopeAttribute: string
}

/** `text` with `&`, `<`, `>` and `"` escaped, for an HTML attribute or text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * The static header: the markup reading/ReadingView.vue renders above its first slide
 * (skip link, bar with the title and the links to the other views, h1, intro), each element
 * carrying ReadingView's scope attribute so its scoped styles apply unchanged, and for a
 * browser without JavaScript a line that says so (and links the PDF). The e2e test
 * (tests/e2e/read.test.ts) compares the two headers' text, links and boxes.
 */
export function readingShellHtml(content: ReadingShellContent): string {
  const v = content.scopeAttribute
  const title = escapeHtml(content.title)
  const pdf = content.pdfHref
    ? `<a ${v}="" href="${escapeHtml(content.pdfHref)}" data-pdf-link="">PDF</a>`
    : ''
  return `<div id="${SHELL_ID}"><div ${v}="" class="reading-page">`
    + `<a ${v}="" class="skip-link" href="#reading-main">Skip to the slides</a>`
    + `<header ${v}="" class="reading-bar"><p ${v}="" class="reading-title">${title}</p>`
    + `<nav ${v}="" aria-label="Other views"><a ${v}="" href="${escapeHtml(content.slideshowHref)}" data-slideshow-link="">Slideshow at slide 1</a>${pdf}</nav></header>`
    + `<main ${v}="" id="reading-main" tabindex="-1"><h1 ${v}="" class="reading-h1">${title}</h1>`
    + `<p ${v}="" class="reading-intro">${escapeHtml(READING_INTRO)}</p>`
    + `<noscript><p ${v}="" class="reading-intro">The slides are drawn by JavaScript, which is off in this browser.${content.pdfHref
      ? ` <a ${v}="" href="${escapeHtml(content.pdfHref)}">The PDF</a> holds the whole briefing.`
      : ''}</p></noscript></main>`
      + `</div></div>`
}

/** Where read.html's static slideshow link points: the slide the address names. */
export interface ShellSlideshowLink {
  /** Every slide's number and routeAlias, as the app's routes have them. */
  anchors: SlideAnchor[]
  /** Vite's base path, with its final slash. */
  base: string
}

/**
 * The static header's slideshow link for an address's hash (`#7`, `#<routeAlias>`), as
 * reading/ReadingView.vue words and points it once it has scrolled there:
 * `{ text: 'Slideshow at slide 7', href: '<base><routeAlias of 7, or 7>' }`; null for slide 1
 * or a hash that names no slide (the HTML's link is slide 1's already). `find` is
 * lib/reading.ts's slideFromHash. Self-contained (no closure): read.html runs its source as it is.
 */
export function shellSlideshowLink(hash: string, link: ShellSlideshowLink, find: (hash: string, slides: readonly SlideAnchor[]) => number | undefined): { text: string, href: string } | null {
  const no = find(hash, link.anchors)
  if (!no || no === 1)
    return null
  const alias = link.anchors.find(anchor => anchor.no === no)?.alias
  return { text: `Slideshow at slide ${no}`, href: `${link.base}${alias ?? no}` }
}

/**
 * The inline script, placed after `#app`, that starts the app: it adds `tags` (the entry's
 * `<script type="module">`, its modulepreloads and the first-screen script, as index.html
 * has them in its head) to the head. An inline script waits for the stylesheets above it, so
 * the scripts are requested once the CSS is in, behind the fonts the head preloads, and do
 * not delay the static header's first paint. It also:
 * - points the static header's slideshow link at the slide the hash names (shellSlideshowLink;
 *   a phone sent from `/7` lands on `read#7`, and until the app scrolls there, a tap on
 *   "Slideshow at slide 1" would have left for the wrong slide);
 * - shows the static header (SHELL_HIDDEN_STYLE keeps it hidden until the CSS is in: Firefox
 *   may paint the body before a slow stylesheet arrives);
 * - remembers the slideshow as the reader's choice when they take its link (as the view's
 *   own link does, so a phone is not sent back to /read);
 * - removes the static header when the app has drawn its own (`#app .reading-h1`), in the
 *   same task, before that frame paints, and moves keyboard focus to the app's copy of the
 *   element that had it.
 */
export function startAppScript(tags: string, link: ShellSlideshowLink): string {
  return `(function () {
  var shell = document.getElementById(${JSON.stringify(SHELL_ID)})
  var app = document.getElementById('app')
  if (shell) {
    var slideshowLink = shell.querySelector('[data-slideshow-link]')
    var target = (${shellSlideshowLink.toString()})(location.hash, ${JSON.stringify(link).replace(/</g, '\\u003c')}, ${slideFromHash.toString()})
    if (slideshowLink && target) {
      slideshowLink.textContent = target.text
      slideshowLink.setAttribute('href', target.href)
    }
    shell.style.visibility = 'visible'
    shell.addEventListener('click', function (event) {
      if (!event.target.closest || !event.target.closest('[data-slideshow-link]')) return
      try { localStorage.setItem(${JSON.stringify(VIEW_CHOICE_KEY)}, 'slides') } catch (e) {}
    })
  }
  new MutationObserver(function (records, observer) {
    if (!app.querySelector('.reading-h1')) return
    observer.disconnect()
    if (!shell) return
    var focused = shell.contains(document.activeElement) ? document.activeElement : null
    shell.remove()
    if (!focused) return
    var selectors = ['.skip-link', '[data-slideshow-link]', '[data-pdf-link]', '#reading-main']
    for (var i = 0; i < selectors.length; i++) {
      var twin = focused.matches(selectors[i]) && app.querySelector(selectors[i])
      if (twin) return twin.focus()
    }
  }).observe(app, { childList: true, subtree: true })
  var box = document.createElement('div')
  box.innerHTML = ${JSON.stringify(tags).replace(/</g, '\\u003c')}
  while (box.firstChild) {
    var node = box.firstChild
    box.removeChild(node)
    if (node.nodeName === 'SCRIPT') {
      // A script parsed by innerHTML never runs; a created one does.
      var script = document.createElement('script')
      for (var j = 0; j < node.attributes.length; j++) script.setAttribute(node.attributes[j].name, node.attributes[j].value)
      script.text = node.text
      node = script
    }
    document.head.appendChild(node)
  }
})()`
}

/**
 * read.html's head keeps the static header hidden until startAppScript (which runs once the
 * stylesheets are in) shows it; without JavaScript, `<noscript>` shows it at once.
 */
export const SHELL_HIDDEN_STYLE = `<style>#${SHELL_ID}{visibility:hidden}</style><noscript><style>#${SHELL_ID}{visibility:visible}</style></noscript>`

/** The app's tags in index.html's head: the entry's module script, its modulepreloads, the first-screen script. */
const APP_TAGS = new RegExp([
  /<script [^>]*type="module"[^>]*><\/script>/.source,
  /<link [^>]*rel="modulepreload"[^>]*>/.source,
  `<script ${FIRST_SCREEN_SCRIPT_ATTRIBUTE}>[\\s\\S]*?<\\/script>`,
].join('|'), 'g')

/**
 * read.html made from the built index.html: the app's scripts moved out of the head into
 * startAppScript, `<html>` with the view's class (`reading`, which the view sets
 * itself once it runs), ReadingView's stylesheets linked, and the static header before
 * `#app`. Throws when index.html no longer has the shape this edits.
 */
export function readingShellPage(indexHtml: string, options: { shell: string, stylesheets: readonly string[], link: ShellSlideshowLink }): string {
  const tags = indexHtml.match(APP_TAGS) ?? []
  if (!tags.some(t => /\btype="module"/.test(t)))
    throw new Error('reading-shell: index.html has no <script type="module"> entry')
  if (!/<html[^>]*>/.test(indexHtml) || !indexHtml.includes('<div id="app"></div>') || !indexHtml.includes('</head>'))
    throw new Error('reading-shell: index.html has no <html>, </head> or <div id="app"></div>')
  let html = indexHtml.replace(APP_TAGS, '')
  // Whatever script is left in the head would start the app before the header is drawn.
  const head = html.slice(0, html.indexOf('</head>'))
  if (/<script [^>]*type="module"|modulepreload|data-first-screen/.test(head))
    throw new Error('reading-shell: index.html\'s head has an app script or preload this does not recognise')
  html = html.replace(/<html([^>]*)>/, (tag, attributes: string) => /\bclass="/.test(attributes)
    ? tag.replace(/\bclass="/, 'class="reading ')
    : `<html${attributes} class="reading">`)
  const links = options.stylesheets.map(href => `<link rel="stylesheet" crossorigin href="${escapeHtml(href)}">`).join('\n')
  html = html.replace('</head>', `${links}\n${SHELL_HIDDEN_STYLE}\n</head>`)
  return html.replace('<div id="app"></div>', `${options.shell}<div id="app"></div>\n<script>${startAppScript(tags.join('\n'), options.link)}</script>`)
}

/** ReadingView.vue's scoped rules, as Vue writes them: `.reading-h1[data-v-1a2b3c4d]`. */
const READING_H1_RULE = /\.reading-h1\[(data-v-[\da-f]{8})\]/

/**
 * Vite plugin (build): writes read.html beside index.html (see above), from the built
 * index.html, Slidev's configs module (title, PDF address) and the slides' routeAliases. Not for a
 * build only printed from, which has no hosted pages. Fails the build when the bundle has no
 * index.html, no Slidev configs module, or no stylesheet with ReadingView.vue's scoped
 * `.reading-h1` rule (a renamed class would otherwise ship a header the app's styles no
 * longer match).
 */
export function readingShell(): Plugin {
  let base = '/'
  let title: string | undefined
  let pdfHref: string | undefined
  // Every slide's number and routeAlias, from Slidev's frontmatter modules.
  const anchors = new Map<number, string | undefined>()
  return {
    name: 'briefing:reading-shell',
    apply: 'build',
    // After icon-views, which renames stylesheets in index.html.
    enforce: 'post',
    configResolved(config) {
      base = config.base
    },
    transform(code, id) {
      if (id === '/@slidev/configs' && code.startsWith('export default ')) {
        // As build/download-url.ts left it: `download` is the PDF's address when there is one.
        const configs = JSON.parse(code.slice('export default '.length).replace(/;\s*$/, '')) as { title?: unknown, download?: unknown }
        title = String(configs.title ?? 'Slides')
        pdfHref = typeof configs.download === 'string'
          ? configs.download
          : undefined
      }
      const slide = routeAliasOf(id, code)
      if (slide)
        anchors.set(slide.no, slide.alias)
      return undefined
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html']
      if (!index || index.type !== 'asset' || typeof index.source !== 'string')
        throw new Error('reading-shell: no index.html in the bundle')
      if (title === undefined)
        throw new Error('reading-shell: Slidev\'s /@slidev/configs module (export default {...}) did not go through the build')
      const css = Object.values(bundle).find(file => file.type === 'asset' && file.fileName.endsWith('.css')
        && typeof file.source === 'string' && READING_H1_RULE.test(file.source))
      if (!css || css.type !== 'asset')
        throw new Error('reading-shell: no stylesheet with ReadingView.vue\'s .reading-h1 rule in the bundle')
      const scopeAttribute = READING_H1_RULE.exec(String(css.source))![1]!
      const shell = readingShellHtml({
        title,
        slideshowHref: `${base}${anchors.get(1) ?? 1}`,
        pdfHref,
        scopeAttribute,
      })
      this.emitFile({
        type: 'asset',
        fileName: 'read.html',
        source: readingShellPage(index.source, {
          shell,
          stylesheets: [`${base}${css.fileName}`],
          link: {
            anchors: [...anchors].sort(([a], [b]) => a - b).map(([no, alias]) => ({ no, alias })),
            base,
          },
        }),
      })
    },
  }
}
