import type { TimerState } from './timer-store'
import { describe, expect, it } from 'vitest'
import { TIMER_MAX_AGE_MS, timerStorageKey, timerToRestore } from './timer-store'

const stopped: TimerState = {
  status: 'stopped',
  slides: {},
  startedAt: 0,
  pausedAt: 0,
}
const now = 1_800_000_000_000

describe('timerToRestore', () => {
  it('restores a running countdown started 11 s ago', () => {
    const saved = JSON.stringify({
      status: 'running',
      slides: {},
      startedAt: now - 11_000,
      pausedAt: 0,
    })
    expect(timerToRestore(saved, stopped, now)).toEqual({
      status: 'running',
      slides: {},
      startedAt: now - 11_000,
      pausedAt: 0,
    })
  })

  it('restores a paused one with its pause time', () => {
    const saved = JSON.stringify({
      status: 'paused',
      slides: {},
      startedAt: now - 60_000,
      pausedAt: now - 30_000,
    })
    expect(timerToRestore(saved, stopped, now)?.pausedAt).toBe(now - 30_000)
  })

  it('keeps a timer that is already running (a dev server kept it)', () => {
    const saved = JSON.stringify({
      status: 'running',
      slides: {},
      startedAt: now - 1000,
      pausedAt: 0,
    })
    expect(timerToRestore(saved, { ...stopped, status: 'running', startedAt: now - 5000 }, now)).toBeUndefined()
  })

  it('ignores a stopped, stale, future or malformed timer', () => {
    expect(timerToRestore(JSON.stringify(stopped), stopped, now)).toBeUndefined()
    expect(timerToRestore(JSON.stringify({ status: 'running', startedAt: now - TIMER_MAX_AGE_MS - 1 }), stopped, now)).toBeUndefined()
    expect(timerToRestore(JSON.stringify({ status: 'running', startedAt: now + 1000 }), stopped, now)).toBeUndefined()
    expect(timerToRestore('{oops', stopped, now)).toBeUndefined()
    expect(timerToRestore(null, stopped, now)).toBeUndefined()
  })
})

describe('timerStorageKey', () => {
  it('differs by base path', () => {
    expect(timerStorageKey('Deck', '/a/')).not.toBe(timerStorageKey('Deck', '/b/'))
  })
})
