import { describe, expect, it } from 'vitest'
import { deferSlideshowControls, isSlideshowControls, isSlideshowNavControls } from './deferred-controls'

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

  it('draws the slideshow\'s nav bar one task after the slide, and no other page\'s', async () => {
    expect(isSlideshowNavControls('../internals/NavControls.vue', PLAY)).toBe(true)
    expect(isSlideshowNavControls('../internals/NavControls.vue', '/work/deck/node_modules/@slidev/client/pages/presenter.vue')).toBe(false)
    expect(isSlideshowNavControls('../internals/Controls.vue', PLAY)).toBe(false)
    const plugin = deferSlideshowControls('/work/deck')
    const resolveId = plugin.resolveId as (this: unknown, id: string, importer?: string) => Promise<string | undefined>
    const context = {
      resolve: async (id: string) => ({ id: `/work/deck/node_modules/@slidev/client/internals/${id.split('/').pop()}` }),
    }
    const standIn = await resolveId.call(context, '../internals/NavControls.vue', PLAY)
    const source = (plugin.load as (id: string) => string | undefined)(standIn!)!
    // The real component, statically imported (no extra request), behind one yield.
    expect(source).toContain('import NavControls from "/work/deck/node_modules/@slidev/client/internals/NavControls.vue"')
    expect(source).toContain('defineAsyncComponent(() => yieldToMain().then(() => NavControls))')
  })
})
