import { describe, expect, it } from 'vitest'
import { onFirstMove } from './first-slide'

describe('onFirstMove', () => {
  it('calls back once, on the first key, tap or wheel, and then stops listening', () => {
    for (const type of [
      'keydown',
      'pointerdown',
      'touchstart',
      'wheel',
    ]) {
      const target = new EventTarget()
      let calls = 0
      onFirstMove(() => calls++, target)
      target.dispatchEvent(new Event(type))
      target.dispatchEvent(new Event('keydown'))
      target.dispatchEvent(new Event('pointerdown'))
      expect(calls, type).toBe(1)
    }
  })

  it('does not take a scroll for a first move (scroll anchoring fires one unasked)', () => {
    const target = new EventTarget()
    let calls = 0
    onFirstMove(() => calls++, target)
    target.dispatchEvent(new Event('scroll'))
    target.dispatchEvent(new Event('resize'))
    expect(calls).toBe(0)
    target.dispatchEvent(new Event('wheel'))
    expect(calls).toBe(1)
  })

  it('never calls back once stopped (the reading view unmounted first)', () => {
    const target = new EventTarget()
    let calls = 0
    const stop = onFirstMove(() => calls++, target)
    stop()
    target.dispatchEvent(new Event('keydown'))
    expect(calls).toBe(0)
  })
})
