// Slidev's page components (imported by setup/routes.ts), typed as plain components so that
// vue-tsc does not type-check Slidev's shipped sources under our strict settings.
import type { Component } from 'vue'

declare const page: Component
export default page
