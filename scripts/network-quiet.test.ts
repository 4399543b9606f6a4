import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { trackRequests } from './network-quiet.ts'

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'performance'],
  })
})
afterEach(() => {
  vi.useRealTimers()
})

function page() {
  const events = new EventEmitter()
  return {
    events,
    tracker: trackRequests({
      on: (event, listener) => events.on(event, listener),
    }),
  }
}

describe('trackRequests', () => {
  it('waits for the last request in flight, then for the quiet window', async () => {
    const { events, tracker } = page()
    events.emit('request')
    events.emit('request')
    let done = false
    void tracker.quiet(100).then(() => done = true)
    await vi.advanceTimersByTimeAsync(500)
    events.emit('requestfinished')
    await vi.advanceTimersByTimeAsync(500)
    expect(done).toBe(false)
    expect(tracker.inFlight).toBe(1)
    events.emit('requestfailed')
    await vi.advanceTimersByTimeAsync(99)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(done).toBe(true)
  })

  it('starts the window again when a request begins inside it', async () => {
    const { events, tracker } = page()
    let done = false
    void tracker.quiet(100).then(() => done = true)
    await vi.advanceTimersByTimeAsync(60)
    events.emit('request')
    events.emit('requestfinished')
    await vi.advanceTimersByTimeAsync(60)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(40)
    expect(done).toBe(true)
  })

  it('resolves at once when the page has been quiet long enough', async () => {
    const { tracker } = page()
    await vi.advanceTimersByTimeAsync(200)
    let done = false
    void tracker.quiet(100).then(() => done = true)
    await vi.advanceTimersByTimeAsync(0)
    expect(done).toBe(true)
  })

  it('gives up with an error naming what is still loading', async () => {
    const { events, tracker } = page()
    events.emit('request')
    const waiting = tracker.quiet(100, 1000)
    const failed = expect(waiting).rejects.toThrow('1 requests in flight')
    await vi.advanceTimersByTimeAsync(1000)
    await failed
  })
})
