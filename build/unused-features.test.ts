import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deckSources, featureUses } from './unused-features'

const ROOT = resolve(import.meta.dirname, '..')

describe('leaving out the Slidev features the deck does not use', () => {
  it('finds none of them in the deck today', () => {
    const sources = deckSources(ROOT)
    expect(sources.has('slides.md')).toBe(true)
    // Every folder the page's code comes from: a `template:` string in lib/ breaks a page too.
    for (const folder of [
      'components/',
      'lib/',
      'composables/',
      'reading/',
      'setup/',
      'styles/',
    ]) {
      expect([
        ...sources.keys(),
      ].some(path => path.startsWith(folder)), folder).toBe(true)
    }
    expect(featureUses(sources)).toEqual([])
  })

  it('names the file and the feature when a source starts using one', () => {
    const sources = new Map([
      ['pages/x.md', '# A\n\n```ts twoslash\nconst a = 1\n```\n'],
      ['pages/y.md', '<div v-motion :initial="{ x: -80 }">Hi</div>'],
      ['pages/u.md', 'The <span v-mark.red="1">worst</span> case'],
      ['components/Z.ts', 'export default defineComponent({ template: \'<b>hi</b>\' })'],
      ['pages/w.md', '````md magic-move\n```ts\na\n```\n````'],
      ['pages/v.md', '````ts twoslash\nconst a = 1\n````\n'],
      ['lib/c.ts', 'import { compile, h } from \'vue\'\nexport const render = compile(text)'],
      ['pages/plain.md', '```ts\nconst twoslash = 1\n```\nTemplates are fine in prose: template: none.'],
    ])
    expect(featureUses(sources)).toEqual([
      'pages/x.md: Twoslash (code blocks marked `twoslash`)',
      'pages/y.md: the v-motion directive',
      'pages/u.md: the v-mark directive',
      'components/Z.ts: runtime template compilation (`template:` strings, Vue\'s `compile`)',
      'pages/w.md: Shiki Magic Move',
      'pages/v.md: Twoslash (code blocks marked `twoslash`)',
      'lib/c.ts: runtime template compilation (`template:` strings, Vue\'s `compile`)',
    ])
  })
})
