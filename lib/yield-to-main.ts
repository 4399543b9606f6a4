// Long tasks block input and count as Total Blocking Time once the page has painted.
// Start-up code that must run in order (Slidev's entry, the slideshow's first render)
// yields between its steps so each is a task of its own.

/** The part of the Prioritized Task Scheduling API used here (Chromium 129, Firefox 142). */
interface YieldingScheduler { yield: () => Promise<void> }

/**
 * Resolves in a new task, so the browser can paint and handle input first.
 * `scheduler.yield()` where the browser has it: it resumes ahead of other queued tasks.
 * Elsewhere a MessageChannel message, not setTimeout: a background tab throttles timers to
 * one a second, and nested ones are clamped to 4 ms.
 * Method: web.dev, "Optimize long tasks" (https://web.dev/articles/optimize-long-tasks).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler
  if (typeof scheduler?.yield === 'function')
    return scheduler.yield()
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
