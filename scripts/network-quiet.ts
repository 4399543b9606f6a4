// When a page has stopped loading. Playwright's `networkidle` waits 500 ms with no request
// in flight, once per document: a page that replaces its own address (Slidev's router
// does, on the print page) then never reports it again, and every wait costs the 500 ms.
// The print only needs to know that nothing it will draw is still on its way.

/** What the tracker needs of a Playwright Page (a part of its event API). */
export interface RequestEvents {
  on: ((event: 'request', listener: () => void) => unknown)
    & ((event: 'requestfinished', listener: () => void) => unknown)
    & ((event: 'requestfailed', listener: () => void) => unknown)
}

/** Requests of one page, counted from the moment the tracker is made (make it before goto). */
export interface NetworkTracker {
  /** Requests sent and not yet finished or failed. */
  readonly inFlight: number
  /**
   * Resolves once no request has been in flight for `quietMs` milliseconds on end;
   * rejects with an Error after `timeoutMs` without such a stretch.
   */
  quiet: (quietMs?: number, timeoutMs?: number) => Promise<void>
}

/**
 * Counts the requests of `page` in flight. `quiet()` is Playwright's network-idle rule
 * (no request in flight for a while) with a window the caller chooses, and usable after
 * a same-document navigation.
 */
export function trackRequests(page: RequestEvents): NetworkTracker {
  let inFlight = 0
  let lastChange = performance.now()
  const waiters = new Set<() => void>()
  const changed = (by: number): void => {
    inFlight = Math.max(0, inFlight + by)
    lastChange = performance.now()
    for (const wake of waiters)
      wake()
  }
  page.on('request', () => changed(1))
  page.on('requestfinished', () => changed(-1))
  page.on('requestfailed', () => changed(-1))
  return {
    get inFlight() {
      return inFlight
    },
    quiet(quietMs = 100, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        let timer: ReturnType<typeof setTimeout> | undefined
        let deadline: ReturnType<typeof setTimeout> | undefined
        const waiter = {
          check: (): void => {},
        }
        const stop = (): void => {
          clearTimeout(timer)
          clearTimeout(deadline)
          waiters.delete(waiter.check)
        }
        waiter.check = (): void => {
          clearTimeout(timer)
          if (inFlight > 0)
            return
          const left = quietMs - (performance.now() - lastChange)
          if (left <= 0) {
            stop()
            resolve()
            return
          }
          timer = setTimeout(waiter.check, left)
        }
        deadline = setTimeout(() => {
          stop()
          reject(new Error(`the page still loaded after ${timeoutMs} ms (${inFlight} requests in flight)`))
        }, timeoutMs)
        waiters.add(waiter.check)
        waiter.check()
      })
    },
  }
}
