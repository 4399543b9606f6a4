import { afterEach, describe, expect, it, vi } from 'vitest'
import { yieldToMain } from './yield-to-main'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('yieldToMain', () => {
  it('resolves in a later task, not in a microtask of this one', async () => {
    vi.stubGlobal('scheduler', undefined)
    let resumed = false
    const yielded = yieldToMain().then(() => {
      resumed = true
    })
    // Every microtask queued so far (and those they queue) runs before the next task.
    for (let i = 0; i < 20; i++)
      await Promise.resolve()
    expect(resumed).toBe(false)
    await yielded
    expect(resumed).toBe(true)
  })

  it('uses scheduler.yield() where the browser has it', async () => {
    const schedulerYield = vi.fn(() => Promise.resolve())
    vi.stubGlobal('scheduler', { yield: schedulerYield })
    await yieldToMain()
    expect(schedulerYield).toHaveBeenCalledOnce()
  })
})
