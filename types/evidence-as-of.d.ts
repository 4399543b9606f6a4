// The virtual module build/evidence-date.ts serves to the title slide.
declare module 'virtual:evidence-as-of' {
  /** "Evidence as of 9 Mar 2026", from data/ at build time. */
  export const evidence: string
}
