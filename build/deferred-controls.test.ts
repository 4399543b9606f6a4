import { describe, expect, it } from 'vitest'
import { isSlideshowControls } from './deferred-controls'

const PLAY = '/work/deck/node_modules/@slidev/client/pages/play.vue'

describe('the slideshow\'s hidden controls load after slide 1', () => {
  it('swaps the Controls that Slidev\'s slideshow page imports', () => {
    expect(isSlideshowControls('../internals/Controls.vue', PLAY)).toBe(true)
    expect(isSlideshowControls('../internals/Controls.vue', `${PLAY}?vue&type=script&setup=true&lang.ts`)).toBe(true)
  })

  it('leaves every other import alone: the presenter\'s controls, the nav bar, other pages', () => {
    expect(isSlideshowControls('../internals/NavControls.vue', PLAY)).toBe(false)
    expect(isSlideshowControls('../internals/Controls.vue', '/work/deck/node_modules/@slidev/client/pages/presenter.vue')).toBe(false)
    expect(isSlideshowControls('../internals/Controls.vue', undefined)).toBe(false)
  })
})
