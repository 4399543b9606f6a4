// The Slidev 53 client internals the reading view renders slides with, in one place.
// They are not Slidev's public API (@slidev/client/index.ts); slidev-internals.d.ts types
// the slice we use, so vue-tsc does not type-check Slidev's own sources.
export { createFixedClicks } from '@slidev/client/composables/useClicks.ts'
export { useFixedNav } from '@slidev/client/composables/useNav.ts'
export { CLICKS_MAX } from '@slidev/client/constants.ts'
export { configs } from '@slidev/client/env.ts'
export { default as PrintSlideClick } from '@slidev/client/internals/PrintSlideClick.vue'
export { default as SlideContainer } from '@slidev/client/internals/SlideContainer.vue'
