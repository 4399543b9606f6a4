import { builtinModules } from 'node:module'
import antfu from '@antfu/eslint-config'

// lib/ is what components and pages import: it must run in the browser. Node built-ins,
// Vite and the test tools belong in build/, scripts/ and tests/ (issue 12).
const NOT_IN_LIB = 'lib/ is browser code: move Node, Vite and test code to build/, scripts/ or tests/.'

export default antfu({
  vue: true,
  typescript: true,
  formatters: {
    markdown: 'prettier',
    slidev: {
      files: ['slides.md', 'pages/*.md'],
    },
  },
  ignores: [
    'dist/**',
    'exports/**',
    'screenshots/**',
    '.slidev/**',
    'scratch/**',
    'test-results/**',
  ],
}, {
  // A Slidev deck has one H1 per slide, so several per file.
  files: ['slides.md', 'pages/*.md'],
  rules: {
    'markdown/no-multiple-h1': 'off',
  },
}, {
  files: ['lib/**/*.ts', 'lib/**/*.vue'],
  ignores: ['lib/**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: builtinModules.map(name => ({ name, message: NOT_IN_LIB })),
        patterns: [
          { regex: '^node:', message: NOT_IN_LIB },
          { regex: '^(vite|vitest|@vitest|playwright|playwright-[\\w-]+|@playwright|vite-plugin-[\\w-]+)(/|$)', message: NOT_IN_LIB },
        ],
      },
    ],
  },
}, {
  rules: {
    'no-console': 'off',
    'node/prefer-global/process': 'off',
  },
})
