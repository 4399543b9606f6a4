import { describe, expect, it } from 'vitest'
import {
  bodyText,
  clickMarkers,
  extractSourceIds,
  hasFiniteVerb,
  hasSourceLine,
  isFrameLayout,
  isSentenceHeadline,
  listLengths,
  notesProblem,
  proseText,
  statesFigureOrQuote,
  storylineProblems,
  unknownIds,
  visibleText,
} from './deck-rules'

describe('isSentenceHeadline', () => {
  it.each([
    'The 2021 withdrawal left the US without eyes on ISIS-K',
    'Washington should buy limited Taliban help against ISIS-K',
    'Attacks tied to ISIS-K now reach from Kabul to Moscow',
    'The Taliban and ISIS-K are fighting a real war inside Afghanistan',
    'The exit agreed in Doha ended with a bombing at Kabul\'s airport',
  ])('accepts the assertion "%s"', (title) => {
    expect(isSentenceHeadline(title)).toEqual({ ok: true })
  })

  it.each([
    ['Withdrawal', /fewer than 5 words/],
    ['The Options', /fewer than 5 words/],
    ['', /empty/],
    ['The rise of ISIS-K in Central Asia', /no verb/],
    ['US troop levels in Afghanistan, 2001 to 2021', /no verb/],
    ['The limits of cooperation with the Taliban', /no verb/],
    ['Plots against Europe, Russia and Iran', /no verb/],
    ['ISIS-K attacks abroad since the withdrawal:', /colon/],
    ['The withdrawal from Afghanistan left the United States without any of the eyes and ears it needed on ISIS-K', /longer than/],
  ])('rejects "%s"', (title, reason) => {
    const check = isSentenceHeadline(title)
    expect(check.ok).toBe(false)
    expect(check.reason).toMatch(reason)
  })
})

describe('hasFiniteVerb', () => {
  it('finds modals, irregular pasts and -ed forms', () => {
    expect(hasFiniteVerb('ISIS-K could strike soon')).toBe(true)
    expect(hasFiniteVerb('The Islamic State lost its caliphate')).toBe(true)
    expect(hasFiniteVerb('The exit agreed in Doha')).toBe(true)
  })

  it('does not take a noun after a determiner, or the first word, for a verb', () => {
    expect(hasFiniteVerb('The warnings of the general')).toBe(false)
    expect(hasFiniteVerb('Limits on the channel')).toBe(false)
  })
})

describe('extractSourceIds / hasSourceLine', () => {
  const md = `# T\n\n<SourceLine :ids="['a-1', 'b-2']" />\n<SourceLine :ids="['c-3']" prefix="Argument after" />`
  it('reads every id of every SourceLine', () => {
    expect(extractSourceIds(md)).toEqual(['a-1', 'b-2', 'c-3'])
    expect(hasSourceLine(md)).toBe(true)
  })

  it('finds nothing when there is no SourceLine or it is empty', () => {
    expect(extractSourceIds('# T\n\nSome text 2024')).toEqual([])
    expect(hasSourceLine('# T\n\nSome text 2024')).toBe(false)
    expect(hasSourceLine('<SourceLine :ids="[]" />')).toBe(false)
  })

  it('accepts ids bound from typed data', () => {
    expect(hasSourceLine('<SourceLine :ids="timelineSources" compact />')).toBe(true)
  })

  it('accepts a table whose Source column links every row to its reference entry, and nothing less', () => {
    const table = '<table><tr><th>Date</th><th>Source</th></tr><tr v-for="i in rows"><td>{{ i.date }}</td><td><ReferenceLink :n="referenceNumber(i.source)" :text="i.outlet" /></td></tr></table>'
    expect(hasSourceLine(table)).toBe(true)
    expect(hasSourceLine(table.replace(/<ReferenceLink[^>]*\/>/, '{{ i.outlet }}'))).toBe(false)
    expect(hasSourceLine(table.replace('<th>Source</th>', '<th>Outlet</th>'))).toBe(false)
  })

  it('accepts a DataTable whose source cells link to the reference list, and nothing less', () => {
    const table = '<DataTable :columns="incidentColumns" :rows="rows">\n  <template #cell-source="{ row }">\n    <ReferenceLink :n="referenceNumber(row.source)" :text="row.outlet" />\n  </template>\n</DataTable>'
    expect(hasSourceLine(table)).toBe(true)
    expect(hasSourceLine(table.replace(/<ReferenceLink[^>]*\/>/, '{{ row.outlet }}'))).toBe(false)
    expect(hasSourceLine(table.replace('#cell-source', '#cell-place'))).toBe(false)
  })
})

describe('visible text', () => {
  const md = [
    '# A headline that states 1 point',
    '',
    '<script setup lang="ts">',
    'import { x } from \'../data/x\'',
    '</script>',
    '',
    '- **2019** Caliphate lost',
    '<table><tr><td>144–149</td></tr></table>',
    '<SourceLine :ids="[\'a\']" />',
    '<!-- note with 2024 in it -->',
  ].join('\n')

  it('drops notes, scripts, tags, the source line and markdown syntax', () => {
    expect(visibleText(md)).toBe('A headline that states 1 point 2019 Caliphate lost 144–149')
    expect(bodyText(md)).toBe('2019 Caliphate lost 144–149')
    expect(proseText(md)).toBe('2019 Caliphate lost')
  })

  it('leaves evidence blocks marked data-evidence out of the prose, nested tags and all', () => {
    const ledger = '# T\n\nIntro words\n\n<div class="ledger" data-evidence>\n  <div><p>Al-Qaeda</p><p>Conceded</p></div>\n  <div><p>Rights</p></div>\n</div>\n\nAfter words'
    expect(proseText(ledger)).toBe('Intro words After words')
    expect(proseText(ledger.replace(' data-evidence', ''))).toBe('Intro words Al-Qaeda Conceded Rights After words')
  })

  it('flags figures and double quotation marks but not apostrophes', () => {
    expect(statesFigureOrQuote('Killed 144–149')).toBe(true)
    expect(statesFigureOrQuote('“as little as six months”')).toBe(true)
    expect(statesFigureOrQuote('Kabul’s airport and the Taliban\'s war')).toBe(false)
  })
})

describe('listLengths', () => {
  it('counts markdown and HTML list items per list', () => {
    const md = '# T\n\n<v-clicks>\n\n- a\n- b\n- c\n\n</v-clicks>\n\ntext\n\n<ul><li>x</li><li>y</li></ul>'
    expect(listLengths(md).sort()).toEqual([2, 3])
  })

  it('counts cards in a card group', () => {
    const md = '<div class="cards cols-2">\n  <div class="card"><p>a</p></div>\n  <div class="card alert"><p>b</p></div>\n  <div class="card"><p>c</p></div>\n</div>'
    expect(listLengths(md)).toEqual([3])
  })

  it('reports a 6-item list so the 2-4 rule can fail it', () => {
    expect(listLengths('- 1\n- 2\n- 3\n- 4\n- 5\n- 6')).toEqual([6])
  })
})

describe('isFrameLayout / clickMarkers', () => {
  it('knows cover, section and end, not default', () => {
    expect(isFrameLayout('section')).toBe(true)
    expect(isFrameLayout('default')).toBe(false)
  })

  it('counts [click] markers at line starts only', () => {
    expect(clickMarkers('intro\n[click] one\n[click:2] two\nnot [click] here')).toBe(2)
  })
})

describe('storylineProblems', () => {
  const aliases = ['title', undefined, 'threat', 'bluf']
  it('accepts steps in slide order', () => {
    expect(storylineProblems([
      ['title', 'title'],
      ['threat', 'threat'],
      ['bluf', 'bluf'],
    ], aliases)).toEqual([])
  })

  it('reports a missing alias and a step out of order', () => {
    expect(storylineProblems([
      ['title', 'title'],
      ['x', 'nope'],
    ], aliases)).toEqual([
      'step "x": no slide has routeAlias "nope"',
    ])
    expect(storylineProblems([
      ['bluf', 'bluf'],
      ['threat', 'threat'],
    ], aliases)[0]).toMatch(/not after/)
  })
})

describe('unknownIds / notesProblem', () => {
  it('flags a cited id missing from the sources', () => {
    expect(unknownIds(['a', 'typo', 'typo'], { a: 1 })).toEqual(['typo'])
  })

  it('flags notes that are too short or too long', () => {
    expect(notesProblem('Too short.')).toMatch(/2 words/)
    expect(notesProblem('word '.repeat(151))).toMatch(/151 words/)
    expect(notesProblem('word '.repeat(60))).toBeUndefined()
  })
})
