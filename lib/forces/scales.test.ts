import { describe, expect, it } from 'vitest'
import { forcesScales } from './scales'
import { defaultForcesOptions } from './types'

const layout = forcesScales(defaultForcesOptions)

describe('forces chart scales', () => {
  it('starts both value axes at zero', () => {
    expect(layout.yTroops.domain()[0]).toBe(0)
    expect(layout.yStrength.domain()[0]).toBe(0)
    expect(layout.troopTicks[0]!.value).toBe(0)
    expect(layout.strengthTicks[0]!.value).toBe(0)
  })
  it('zooms the ISIS-K panel: a date maps to its own axis, which the guides tie to the top one', () => {
    expect(layout.xZoom(defaultForcesOptions.zoomStart)).toBeCloseTo(layout.plot.x0, 6)
    expect(layout.xZoom(defaultForcesOptions.end)).toBeCloseTo(layout.plot.x1, 6)
    expect(layout.zoomGuides[0]!.x1).toBeCloseTo(layout.x(defaultForcesOptions.zoomStart), 6)
    expect(layout.zoomGuides[0]!.x2).toBeCloseTo(layout.xZoom(defaultForcesOptions.zoomStart), 6)
  })
})
