// The presenter's countdown, kept across a reload of the presenter window.
// Slidev 53 keeps the timer in its shared state (@slidev/client state/shared.ts), which a
// static build holds in memory only, so a reload resets it to the full duration.

/** Slidev's `SharedState['timer']`: times are epoch milliseconds (Date.now()). */
export interface TimerState {
  status: 'stopped' | 'running' | 'paused'
  slides: Record<number, { start?: number, end?: number }>
  startedAt: number
  pausedAt: number
}

/** A saved timer older than this (ms since it started) belongs to another talk. */
export const TIMER_MAX_AGE_MS = 12 * 60 * 60 * 1000

/** The storage key for one deck at one base path, so two decks on a host do not share a timer. */
export function timerStorageKey(deckTitle: string, base: string): string {
  return `briefing-timer:${base}:${deckTitle}`
}

/**
 * The timer to restore from storage, or undefined to keep Slidev's own. Only a running or
 * paused timer, started at most `maxAgeMs` before `now` (ms), replaces a stopped one;
 * malformed JSON is ignored.
 */
export function timerToRestore(saved: string | null, current: TimerState, now: number, maxAgeMs = TIMER_MAX_AGE_MS): TimerState | undefined {
  if (!saved || current.status !== 'stopped')
    return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(saved)
  }
  catch {
    return undefined
  }
  if (!parsed || typeof parsed !== 'object')
    return undefined
  const timer = parsed as Partial<TimerState>
  if (timer.status !== 'running' && timer.status !== 'paused')
    return undefined
  if (typeof timer.startedAt !== 'number' || !(timer.startedAt > 0) || timer.startedAt > now || now - timer.startedAt > maxAgeMs)
    return undefined
  return {
    status: timer.status,
    slides: timer.slides && typeof timer.slides === 'object'
      ? timer.slides
      : {},
    startedAt: timer.startedAt,
    pausedAt: typeof timer.pausedAt === 'number'
      ? timer.pausedAt
      : 0,
  }
}
