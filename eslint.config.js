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
  rules: {
    'no-console': 'off',
    'node/prefer-global/process': 'off',
  },
})
