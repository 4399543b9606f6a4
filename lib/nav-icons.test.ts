import { describe, expect, it } from 'vitest'
import { NAV_ICONS_CLASS, showNavIconsAfterFirstSlide } from './nav-icons'

function fakeRoot(): { classList: Set<string> & { add: (name: string) => Set<string> } } {
  return {
    classList: new Set<string>(),
  }
}

describe('showNavIconsAfterFirstSlide', () => {
  it('lets the icons draw once slide 1 is up', async () => {
    const root = fakeRoot()
    let shown!: () => void
    const shows = showNavIconsAfterFirstSlide(root as unknown as HTMLElement, new EventTarget(), () => new Promise(r => (shown = r)))
    await Promise.resolve()
    expect(root.classList.has(NAV_ICONS_CLASS)).toBe(false)
    shown()
    await shows
    expect(root.classList.has(NAV_ICONS_CLASS)).toBe(true)
  })

  it('lets them draw at once when someone reaches for the controls first', async () => {
    for (const type of [
      'pointermove',
      'pointerdown',
      'keydown',
      'focusin',
    ]) {
      const root = fakeRoot()
      const target = new EventTarget()
      const shows = showNavIconsAfterFirstSlide(root as unknown as HTMLElement, target, () => new Promise(() => {}))
      target.dispatchEvent(new Event(type))
      await shows
      expect(root.classList.has(NAV_ICONS_CLASS), type).toBe(true)
    }
  })

  it('does not wait forever when the wait for slide 1 fails', async () => {
    const root = fakeRoot()
    await showNavIconsAfterFirstSlide(root as unknown as HTMLElement, new EventTarget(), () => Promise.reject(new Error('no slide')))
    expect(root.classList.has(NAV_ICONS_CLASS)).toBe(true)
  })
})

describe('the nav icons\' style gate', () => {
  it('is keyed to the class this module sets', async () => {
    const { readFileSync } = await import('node:fs')
    const css = readFileSync(new URL('../styles/layout.css', import.meta.url), 'utf8')
    expect(css).toContain(`html:not(.${NAV_ICONS_CLASS}) #page-root nav`)
  })
})
