import antfu from '@antfu/eslint-config'

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
  rules: {
    'no-console': 'off',
    'node/prefer-global/process': 'off',
  },
})
