import type { DeckSlide } from '../../scripts/deck.ts'
// The built deck in real Chromium: every slide renders, in its final click state,
// without errors, outside requests or overflow; navigation, deep links and presenter mode work.
import type { DeckSession } from './harness.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../scripts/deck.ts'
import { elementsOutsideCanvas, gotoSlide, hiddenByClicks, openDeck } from './harness.ts'

let session: DeckSession
let slides: DeckSlide[]

beforeAll(async () => {
  slides = (await loadDeck()).slides
  session = await openDeck()
})

afterAll(async () => {
  await session?.close()
})

describe('the built deck', () => {
  it('renders as many slides as slides.md has visible slides', async () => {
    await session.page.goto(`${session.server.url}overview`)
    await session.page.waitForSelector('.slidev-page-1')
    const rendered = await session.page.locator('.slidev-page').count()
    expect(slides.length).toBeGreaterThan(1)
    expect(rendered).toBe(slides.length)
  })

  it('shows every slide in its final click state inside the 980x552 canvas', async () => {
    const overflow: string[] = []
    const stillHidden: string[] = []
    for (const slide of slides) {
      await gotoSlide(session, slide.no)
      const outside = await elementsOutsideCanvas(session.page, slide.no)
      for (const el of outside)
        overflow.push(`slide ${slide.no} (${slide.title}): <${el.tag}> "${el.text}" at ${el.box.join(',')}`)
      // The final state: nothing a further click would reveal.
      for (const text of await hiddenByClicks(session.page, slide.no))
        stillHidden.push(`slide ${slide.no}: "${text}" waits for a click`)
    }
    expect(stillHidden).toEqual([])
    expect(overflow).toEqual([])
  }, 600_000)

  it('logs no console errors or page errors on any slide', () => {
    // The previous test visited every slide; this reads what it recorded.
    expect(session.problems).toEqual([])
  })

  it('sends no request to any host but the loopback server', () => {
    expect(session.externalRequests).toEqual([])
  })

  it('moves forward with ArrowRight and back with ArrowLeft', async () => {
    // Slidev shows a slide's routeAlias in the address when it has one.
    const path = (n: number) => `/${slides[n - 1]!.routeAlias ?? n}`
    await gotoSlide(session, 1, '')
    const { page } = session
    const at = () => new URL(page.url()).pathname
    // Step through any clicks on slide 1 until the route changes.
    for (let i = 0; i < 20 && !at().endsWith(path(2)); i++) {
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(150)
    }
    expect(at()).toMatch(new RegExp(`${path(2)}$`))
    await page.locator('#slideshow .slidev-page-2').waitFor({ state: 'visible' })
    await page.keyboard.press('ArrowLeft')
    await page.waitForTimeout(300)
    expect(at()).toMatch(new RegExp(`${path(1)}$`))
    await page.locator('#slideshow .slidev-page-1').waitFor({ state: 'visible' })
  })

  it('opens slide N from a deep link', async () => {
    const n = slides.length
    await session.page.goto(`${session.server.url}${n}`)
    await session.page.waitForSelector(`#slideshow .slidev-page-${n}`)
    const shown = await session.page.locator(`#slideshow .slidev-page-${n}`).isVisible()
    expect(shown).toBe(true)
    const heading = await session.page.locator(`#slideshow .slidev-page-${n} h1`).first().textContent() ?? ''
    expect(heading.trim().length).toBeGreaterThan(0)
  })

  it('loads the presenter view with the speaker notes of slide 1', async () => {
    await session.page.goto(`${session.server.url}presenter/1`)
    const note = session.page.locator('.slidev-note').first()
    await note.waitFor()
    const firstWords = slides[0]!.note.split(/\s+/).slice(0, 4).join(' ')
    expect(await note.textContent() ?? '').toContain(firstWords)
  })
})
