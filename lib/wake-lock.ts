// Slidev's slideshow asks for a screen wake lock (so the screen does not dim mid-talk) and
// leaves the promise unhandled. A browser may refuse it: Chrome on a phone in battery saver,
// a tab in the background, a headless browser ("Wake Lock permission request denied").
// The screen then dims as it always would; that is no error, so the page does not report one.

/**
 * True for the rejection a browser gives when it refuses a screen wake lock: a DOMException
 * named NotAllowedError whose message names the wake lock (W3C Screen Wake Lock API, `request()`):
 * Chromium's "Wake Lock permission request denied", Firefox's "Permission to request
 * screen-wake-lock was denied." and its permissions-policy refusal in a frame; and the
 * refusal of a tab hidden while it asked, which does not name the lock (Chromium: "The
 * requesting page is not visible", Firefox: "The requesting document is hidden.").
 */
export function isRefusedWakeLock(reason: unknown): boolean {
  if (typeof reason !== 'object' || reason === null)
    return false
  const { name, message } = reason as { name?: unknown, message?: unknown }
  return name === 'NotAllowedError' && typeof message === 'string'
    && /wake[\s-]?lock|^the requesting (?:page is not visible|document is hidden)/i.test(message)
}

/**
 * Keeps a refused wake lock (isRefusedWakeLock) out of the console: its `unhandledrejection`
 * is marked handled; every other rejection is left alone. Returns the listener's remover.
 */
export function ignoreRefusedWakeLock(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const listener = (event: PromiseRejectionEvent): void => {
    if (isRefusedWakeLock(event.reason))
      event.preventDefault()
  }
  target.addEventListener('unhandledrejection', listener)
  return () => target.removeEventListener('unhandledrejection', listener)
}
