import { defineConfig } from 'vitest/config'

// Unit tests: pure helpers, data integrity and the deck's content rules.
export default defineConfig({
  test: {
    include: [
      'lib/**/*.test.ts',
      'data/**/*.test.ts',
      'scripts/**/*.test.ts',
      'styles/**/*.test.ts',
      'tests/*.test.ts',
    ],
  },
})
