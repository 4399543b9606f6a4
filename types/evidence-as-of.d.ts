// The virtual module build/evidence-date.ts serves to the title slide.
declare module 'virtual:evidence-as-of' {
  /** "Latest event 9 Mar 2026 · sources checked 30 Nov 2026", from data/ at build time. */
  export const evidence: string
}
