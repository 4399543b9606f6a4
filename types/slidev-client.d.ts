// The slice of @slidev/client that this deck uses. vue-tsc would otherwise type-check
// Slidev's shipped .ts/.vue sources under our strict settings; tsconfig `paths` points here,
// while Vite still bundles the real module.
declare module '@slidev/client' {
  import type { ComputedRef } from 'vue'

  export interface SlideRouteLike {
    no: number
    meta?: { slide?: { title?: string, frontmatter?: Record<string, unknown> } }
  }

  export interface SlideRouteWithLoad {
    no: number
    meta: { preload?: boolean }
    load: () => Promise<unknown>
  }

  export function useNav(): {
    slides: ComputedRef<SlideRouteWithLoad[]>
    currentSlideNo: ComputedRef<number>
    currentSlideRoute: ComputedRef<SlideRouteLike | undefined>
    isPresenter: ComputedRef<boolean>
    isPrintMode: ComputedRef<boolean>
    isNotesViewer: ComputedRef<boolean>
    hasPrimarySlide: ComputedRef<boolean>
    clicks: ComputedRef<number>
    total: ComputedRef<number>
    go: (no: number | string, clicks?: number, force?: boolean) => Promise<void>
  }

  /** Slidev's state shared between windows (state/shared.ts); timer times are epoch ms. */
  export const sharedState: {
    page: number
    clicks: number
    clicksTotal: number
    timer: import('../lib/timer-store').TimerState
    lastUpdate?: { id: string, type: 'presenter' | 'viewer', time: number }
  }
}

declare module '@slidev/client/state/storage.ts' {
  import type { Ref } from 'vue'

  /** Which windows send and take slide changes (state/storage.ts, kept in localStorage). */
  export const syncDirections: Ref<{
    viewerSend: boolean
    viewerReceive: boolean
    presenterSend: boolean
    presenterReceive: boolean
  }>
}
