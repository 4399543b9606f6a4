import { describe, expect, it } from 'vitest'
import { ignoreRefusedWakeLock, isRefusedWakeLock } from './wake-lock'

/** A DOMException as browsers throw it (Node's own DOMException has the same shape). */
const refused = new DOMException('Wake Lock permission request denied', 'NotAllowedError')

describe('a refused screen wake lock', () => {
  it('is recognised by its name and message', () => {
    expect(isRefusedWakeLock(refused)).toBe(true)
    expect(isRefusedWakeLock(new DOMException('WakeLock request denied', 'NotAllowedError'))).toBe(true)
    // Firefox (dom/power/WakeLockJS.cpp): a refused permission, and a frame without allow="screen-wake-lock".
    expect(isRefusedWakeLock(new DOMException('Permission to request screen-wake-lock was denied.', 'NotAllowedError'))).toBe(true)
    expect(isRefusedWakeLock(new DOMException('A permissions policy does not allow screen-wake-lock for the requesting document.', 'NotAllowedError'))).toBe(true)
    // A tab hidden while it asked: neither browser names the lock.
    expect(isRefusedWakeLock(new DOMException('The requesting page is not visible', 'NotAllowedError'))).toBe(true)
    expect(isRefusedWakeLock(new DOMException('The requesting document is hidden.', 'NotAllowedError'))).toBe(true)
  })

  it('is not confused with any other rejection', () => {
    expect(isRefusedWakeLock(new DOMException('Permission denied', 'NotAllowedError'))).toBe(false)
    expect(isRefusedWakeLock(new TypeError('wake lock'))).toBe(false)
    expect(isRefusedWakeLock('Wake Lock permission request denied')).toBe(false)
    expect(isRefusedWakeLock(undefined)).toBe(false)
  })

  it('is marked handled, and other rejections still reach the console', () => {
    const target = new EventTarget()
    const remove = ignoreRefusedWakeLock(target as unknown as Window)
    const fire = (reason: unknown): boolean => {
      const event = new Event('unhandledrejection', { cancelable: true }) as Event & { reason: unknown }
      event.reason = reason
      target.dispatchEvent(event)
      return event.defaultPrevented
    }
    expect(fire(refused)).toBe(true)
    expect(fire(new Error('a real bug'))).toBe(false)
    remove()
    expect(fire(refused)).toBe(false)
  })
})
