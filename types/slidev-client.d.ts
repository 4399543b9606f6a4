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
    total: ComputedRef<number>
  }
}
