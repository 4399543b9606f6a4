import { defineConfig } from 'vitest/config'

// Unit tests: pure helpers, build helpers, data integrity and the deck's content rules.
export default defineConfig({
  test: {
    include: [
      'lib/**/*.test.ts',
      'composables/**/*.test.ts',
      'data/**/*.test.ts',
      'build/**/*.test.ts',
      'setup/**/*.test.ts',
      'scripts/**/*.test.ts',
      'styles/**/*.test.ts',
      'tests/*.test.ts',
      'tests/rules/**/*.test.ts',
    ],
  },
})
