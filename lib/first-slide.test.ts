import { describe, expect, it } from 'vitest'
import { afterFirstSlideOrMove, onFirstMove } from './first-slide'

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

describe('afterFirstSlideOrMove', () => {
  it('resolves when slide 1 is up, and stops listening for moves', async () => {
    const target = new EventTarget()
    let removed = 0
    const remove = target.removeEventListener.bind(target)
    target.removeEventListener = (...args: Parameters<EventTarget['removeEventListener']>) => {
      removed++
      remove(...args)
    }
    await afterFirstSlideOrMove(target, ['keydown'], () => Promise.resolve())
    expect(removed).toBe(1)
  })

  it('resolves on the first move while slide 1 still loads, and when the wait for it fails', async () => {
    const target = new EventTarget()
    const waiting = afterFirstSlideOrMove(target, ['keydown'], () => new Promise(() => {}))
    target.dispatchEvent(new Event('keydown'))
    await waiting
    await afterFirstSlideOrMove(new EventTarget(), ['keydown'], () => Promise.reject(new Error('no slide')))
  })
})
