import { describe, expect, it } from 'vitest'
import { READING_INTRO, slideFromHash } from '../lib/reading'
import { escapeHtml, readingShellHtml, readingShellPage, SHELL_HIDDEN_STYLE, SHELL_ID, shellSlideshowLink, startAppScript } from './reading-shell'

const INDEX = `<!DOCTYPE html>
<html lang="en">
<head>
  <link rel="preload" as="font" type="font/woff2" href="/b/assets/inter.woff2" crossorigin="">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script data-first-screen-script>(function () {
  try {
    var files = []
    link.setAttribute('data-first-screen', '')
  } catch (e) {}
})()</script>
<title>Deck</title>
  <script type="module" crossorigin src="/b/assets/index-abc.js"></script>
  <link rel="modulepreload" crossorigin href="/b/assets/vue-def.js">
  <link rel="stylesheet" crossorigin href="/b/assets/index-123.css">
</head>
<body>
  <div id="app"></div>
</body>
</html>`

const NO_ALIASES = {
  anchors: [
    { no: 1 },
  ],
  base: '/b/',
}

const SHELL = readingShellHtml({
  title: 'ISIS-K & the "Taliban" <2024>',
  slideshowHref: '/b/title',
  pdfHref: '/b/deck.pdf',
  scopeAttribute: 'data-v-1a2b3c4d',
})

describe('the reading view\'s static header', () => {
  it('escapes the title, and prints it in the bar and as the h1', () => {
    expect(escapeHtml('a & "b" <c>')).toBe('a &amp; &quot;b&quot; &lt;c&gt;')
    const titles = SHELL.match(/ISIS-K &amp; the &quot;Taliban&quot; &lt;2024&gt;/g)
    expect(titles).toHaveLength(2)
    expect(SHELL).toMatch(/<h1 data-v-1a2b3c4d="" class="reading-h1">ISIS-K &amp;/)
    expect(SHELL).toContain(READING_INTRO)
  })

  it('carries ReadingView\'s scope attribute on every element, so its scoped styles apply', () => {
    const tags = SHELL.match(/<[a-z\d]+\b[^>]*>/g)!
    // The wrapper is the shell's own; everything inside is ReadingView's markup.
    expect(tags[0]).toBe(`<div id="${SHELL_ID}">`)
    expect(tags.slice(1).filter(tag => tag !== '<noscript>' && !tag.includes('data-v-1a2b3c4d=""'))).toEqual([])
  })

  it('links the slideshow at slide 1 and the PDF when there is one', () => {
    expect(SHELL).toContain('href="/b/title" data-slideshow-link="">Slideshow at slide 1</a>')
    expect(SHELL).toContain('href="/b/deck.pdf" data-pdf-link="">PDF</a>')
    const noPdf = readingShellHtml({ title: 'T', slideshowHref: '/1', scopeAttribute: 'data-v-00000000' })
    expect(noPdf).not.toContain('data-pdf-link')
  })

  it('tells a browser without JavaScript that the slides need it, and points to the PDF', () => {
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(SHELL)?.[1] ?? ''
    expect(noscript).toContain('JavaScript')
    expect(noscript).toContain('href="/b/deck.pdf"')
  })
})

describe('read.html, made from index.html', () => {
  const page = readingShellPage(INDEX, {
    shell: SHELL,
    stylesheets: ['/b/assets/ReadingView-xyz.css'],
    link: NO_ALIASES,
  })
  const head = page.slice(0, page.indexOf('</head>'))

  it('takes the app\'s scripts out of the head, keeping the fonts\' preloads and the stylesheets', () => {
    expect(head).not.toContain('<script type="module"')
    expect(head).not.toContain('modulepreload')
    expect(head).not.toContain('data-first-screen')
    expect(head).toContain('rel="preload" as="font"')
    expect(head).toContain('href="/b/assets/index-123.css"')
    expect(head).toContain('<link rel="stylesheet" crossorigin href="/b/assets/ReadingView-xyz.css">')
  })

  it('puts the header before #app, and the script that starts the app after it', () => {
    const shellAt = page.indexOf(`<div id="${SHELL_ID}">`)
    const appAt = page.indexOf('<div id="app"></div>')
    const scriptAt = page.indexOf('<script>', appAt)
    expect(shellAt).toBeGreaterThan(page.indexOf('<body>'))
    expect(appAt).toBeGreaterThan(shellAt)
    expect(scriptAt).toBeGreaterThan(appAt)
    const script = page.slice(scriptAt, page.indexOf('</script>', scriptAt))
    // Every tag it adds is still there, and none closes the inline script early.
    for (const tag of ['index-abc.js', 'vue-def.js', 'data-first-screen'])
      expect(script).toContain(tag)
    expect(script.slice('<script>'.length)).not.toContain('</')
  })

  it('keeps the header hidden until the script after it runs (the CSS is in by then), not without JavaScript', () => {
    expect(head).toContain(SHELL_HIDDEN_STYLE)
    expect(SHELL_HIDDEN_STYLE).toMatch(/^<style>#reading-shell\{visibility:hidden\}<\/style><noscript>/)
    expect(startAppScript('', NO_ALIASES)).toContain('shell.style.visibility = \'visible\'')
  })

  it('fails the build when an app script in the head would be left behind', () => {
    const extra = INDEX.replace('</head>', '<script type="module" data-x>import "/b/x.js"</script>\n</head>')
    expect(() => readingShellPage(extra, { shell: SHELL, stylesheets: [], link: NO_ALIASES })).toThrow(/does not recognise/)
    // Another inline script of the head stays where it is, with the title and stylesheet.
    const other = readingShellPage(INDEX.replace('<title>', '<script>(function () { var a = 1 })()</script>\n<title>'), { shell: SHELL, stylesheets: [], link: NO_ALIASES })
    const otherHead = other.slice(0, other.indexOf('</head>'))
    expect(otherHead).toContain('var a = 1')
    expect(otherHead).toContain('<title>Deck</title>')
    expect(otherHead).toContain('index-123.css')
  })

  it('gives <html> the view\'s class, as the view does once it runs', () => {
    expect(page).toContain('<html lang="en" class="reading">')
    expect(readingShellPage(INDEX.replace('<html lang="en">', '<html class="dark">'), { shell: '', stylesheets: [], link: NO_ALIASES })).toContain('<html class="reading dark">')
  })

  it('fails the build when index.html has no module entry or no #app', () => {
    expect(() => readingShellPage(INDEX.replace(/<script type="module"[^>]*><\/script>/, ''), { shell: SHELL, stylesheets: [], link: NO_ALIASES })).toThrow(/no <script type="module">/)
    expect(() => readingShellPage(INDEX.replace('<div id="app"></div>', '<div id="root"></div>'), { shell: SHELL, stylesheets: [], link: NO_ALIASES })).toThrow(/#app|<div id="app">/)
  })

  it('starts the app with created script elements (a script parsed by innerHTML never runs)', () => {
    const script = startAppScript('<script type="module" src="/a.js"></script>', NO_ALIASES)
    expect(script).toContain('document.createElement(\'script\')')
    // Every "<" escaped, so no "</script>" or "<!--" in the tags can end the inline script.
    expect(script).toContain('"\\u003cscript type=\\"module\\" src=\\"/a.js\\">\\u003c/script>"')
  })
})

describe('the static header\'s slideshow link at /read#<slide>', () => {
  const LINK = {
    anchors: [
      { no: 1, alias: 'title' },
      { no: 2 },
      { no: 7, alias: 'reach-map' },
    ],
    base: '/b/',
  }
  const at = (hash: string): { text: string, href: string } | null => shellSlideshowLink(hash, LINK, slideFromHash)

  it('names and links the slide the hash names, by number or routeAlias, as the view does there', () => {
    expect(at('#7')).toEqual({ text: 'Slideshow at slide 7', href: '/b/reach-map' })
    expect(at('#reach-map')).toEqual({ text: 'Slideshow at slide 7', href: '/b/reach-map' })
    expect(at('#%20reach-map')).toEqual({ text: 'Slideshow at slide 7', href: '/b/reach-map' })
    expect(at('#2')).toEqual({ text: 'Slideshow at slide 2', href: '/b/2' })
  })

  it('leaves slide 1\'s link for slide 1 and for a hash that names no slide (the view shows slide 1 there)', () => {
    for (const hash of [
      '',
      '#',
      '#1',
      '#title',
      '#99',
      '#nope',
      '#100%',
      '#constructor',
    ])
      expect(at(hash), hash).toBeNull()
  })

  /** Runs the inline script in a stand-in page at `hash`: the static link's text and href. */
  function runAt(hash: string): { text: string, href: string } {
    const link = {
      textContent: 'Slideshow at slide 1',
      href: '/b/title',
      setAttribute(name: string, value: string) {
        if (name === 'href')
          this.href = value
      },
    }
    const shell = {
      style: {},
      querySelector: () => link,
      addEventListener() {},
      contains: () => false,
    }
    const document = {
      getElementById: (id: string) => id === SHELL_ID
        ? shell
        : {},
      createElement: () => ({ firstChild: null }),
      head: {
        appendChild() {},
      },
    }
    class MutationObserver {
      observe(): void {}
    }
    // eslint-disable-next-line no-new-func
    new Function('document', 'location', 'localStorage', 'MutationObserver', startAppScript('', LINK))(document, { hash }, {}, MutationObserver)
    return { text: link.textContent, href: link.href }
  }

  it('is set by read.html\'s script, on its own in a page, before the header shows', () => {
    expect(runAt('#reach-map')).toEqual({ text: 'Slideshow at slide 7', href: '/b/reach-map' })
    expect(runAt('#nope')).toEqual({ text: 'Slideshow at slide 1', href: '/b/title' })
  })
})
