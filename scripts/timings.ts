// Where an export's time goes: with BRIEFING_TIMINGS=1 each phase prints, to stderr, when it
// started and ended in seconds since the process started (module loading included), and
// how long it took. Phases may overlap (work done side by side). Used by `npm run bench`
// and by anyone asking why an export is slow; silent otherwise.

const ON = process.env.BRIEFING_TIMINGS === '1'

/** Seconds since this process started (performance.now() counts from the process's start). */
function now(): number {
  return performance.now() / 1000
}

/** CPU seconds (user + system) this process has used, Chromium and other children excluded. */
function cpu(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

/**
 * Prints one phase: `[timing] <phase>  <start> -> <end> s  (<duration> s, <cpu> s node CPU)`.
 * `cpuStart`: this process's CPU seconds at the start, when known.
 */
export function logPhase(phase: string, start: number, end = now(), cpuStart?: number): void {
  if (!ON)
    return
  const used = cpuStart === undefined
    ? ''
    : `, ${(cpu() - cpuStart).toFixed(2)} s node CPU`
  console.error(`[timing] ${phase.padEnd(34)} ${start.toFixed(2).padStart(6)} -> ${end.toFixed(2).padStart(6)} s  (${(end - start).toFixed(2)} s${used})`)
}

/**
 * Runs `work` (or awaits a promise already started) and logs it as one phase; returns its
 * result. The CPU figure counts all of this process's work in that time, overlapping phases included.
 */
export async function timed<T>(phase: string, work: Promise<T> | (() => Promise<T> | T)): Promise<T> {
  const start = now()
  const cpuStart = cpu()
  try {
    return await (typeof work === 'function'
      ? work()
      : work)
  }
  finally {
    logPhase(phase, start, now(), cpuStart)
  }
}

/** Logs the time from the process's start to here, e.g. the modules' loading. */
export function sinceStart(phase: string): void {
  logPhase(phase, 0, now(), 0)
}
