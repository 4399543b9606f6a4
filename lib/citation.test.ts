import { describe, expect, it } from 'vitest'
import { formatSource, formatSourceLine, lookupSource, SOURCE_LINE_MAX_CHARS, sourceLineSegments, sourceLineText, truncate } from './citation'
import { referenceNumber } from './references'

describe('formatSource', () => {
  it('gives outlet, title and the publication date', () => {
    expect(formatSource({
      outlet: 'AFP',
      title: 'Baghuz',
      published: '2019-03-23',
      url: 'https://example.org/',
      kind: 'news',
    })).toBe('AFP, Baghuz, 23 Mar 2019')
  })

  it('marks a source read through a repost', () => {
    expect(formatSource({
      outlet: 'X',
      title: 'T',
      published: '2021',
      url: 'https://example.org/',
      viaRepost: true,
      kind: 'news',
    })).toBe('X, T, 2021 (via repost)')
  })
})

describe('source line', () => {
  it('names outlet, title and date of one source, the outlet linking to its entry', () => {
    const segments = sourceLineSegments(['tass-crocus-2024'])
    const n = referenceNumber('tass-crocus-2024')
    expect(sourceLineText(segments)).toBe('Source: TASS, Number of those injured in Moscow terrorist attack revised upward to 551, 30 Mar 2024')
    expect(segments.filter(s => s.ref).map(s => `${s.text} -> ${s.ref}`)).toEqual([`TASS -> ${n}`])
  })

  it('shortens a long title with an ellipsis to keep the line to one line', () => {
    const text = formatSourceLine(['sasc-kurilla-2023'])
    expect(text).toMatch(/^Source: US Central Command, Senate Armed Services Committee Hearing on Posture .*…, 17 Mar 2023$/)
    expect(text.length).toBeLessThanOrEqual(SOURCE_LINE_MAX_CHARS)
  })

  it('groups two sources when their titles would be cut too short to read', () => {
    const ids = ['un-sg-2022', 'sasc-kurilla-2023'] as const
    expect(formatSourceLine(ids)).toBe(`Sources: US government records; UN reports [${ids.map(id => referenceNumber(id)).sort((a, b) => a - b).join(', ')}]`)
  })

  it('marks a source read through a repost', () => {
    expect(formatSourceLine(['afp-baghuz-2019'])).toContain('(via repost)')
  })

  it('groups three or more sources by kind and lists their numbers in order', () => {
    const ids = [
      'un-mt-32',
      'ap-kerman-2024',
      'hasc-kurilla-2024',
      'afp-baghuz-2019',
      'un-mt-25',
    ] as const
    const numbers = ids.map(id => referenceNumber(id)).sort((a, b) => a - b)
    expect(formatSourceLine(ids)).toBe(`Sources: US government records; UN reports; RFE/RL, AFP [${numbers.join(', ')}]`)
    const refs = sourceLineSegments(ids).filter(s => s.ref)
    expect(refs.map(s => s.ref)).toEqual(numbers)
  })

  it('drops duplicate ids', () => {
    expect(formatSourceLine(['afp-baghuz-2019', 'afp-baghuz-2019'])).toBe(formatSourceLine(['afp-baghuz-2019']))
  })

  it('fits a long list of sources on one line, outlets shortened and numbers as ranges', () => {
    const ids = [
      'afp-russian-embassy-2022',
      'straits-times-longan-2022',
      'ap-nrw-arrests-2023',
      'dpa-cologne-2023',
      'ap-kerman-2024',
      'ap-istanbul-2024',
      'tass-crocus-2024',
      'rferl-crocus-2026',
      'ap-vienna-2024',
      'un-mt-25',
      'un-mt-28',
      'un-mt-32',
      'un-mt-34',
      'readouts-kazan-2017',
      'gti-2024',
      'csm-libya-2011',
    ]
    const text = formatSourceLine(ids)
    expect(text.length).toBeLessThanOrEqual(SOURCE_LINE_MAX_CHARS)
    expect(text).toMatch(/and \d+ others/)
  })

  it('keeps the prefix given, unpluralised', () => {
    expect(formatSourceLine(['nyt-costa-clarke-2024'], 'Argument after')).toBe('Argument after: The New York Times, We Still Haven\'t Figured Out How to Beat ISIS, 31 Mar 2024 (via repost)')
  })

  it('throws on an unknown id so a typo never renders an empty citation', () => {
    expect(() => lookupSource('no-such-source')).toThrow(/Unknown source id/)
    expect(() => formatSourceLine(['no-such-source'])).toThrow(/Unknown source id/)
    expect(() => formatSourceLine([])).toThrow(/at least one/)
  })
})

describe('truncate', () => {
  it('cuts at a word boundary and adds an ellipsis', () => {
    expect(truncate('We Still Haven\'t Figured Out How to Beat ISIS', 20)).toBe('We Still Haven\'t…')
    expect(truncate('Short', 20)).toBe('Short')
    // An open parenthesis is dropped whole, not cut mid-aside.
    expect(truncate('Report on the opening of the Crocus City Hall trial (in Russian; headline not seen)', 64)).toBe('Report on the opening of the Crocus City Hall trial…')
  })
})
