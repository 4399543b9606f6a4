import type { LaneInput } from '../lib/lane-strip'
// One meaning per hue: the map from meaning to token is complete, each meaning has its own
// hue, the marks hold 3:1 (WCAG 1.4.11) on every background, and no component or stylesheet
// reaches past the meanings to a raw hue.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contrastRatio, readColorTokens } from '../tests/rules/contrast'
import { actorMark, COLOUR_MEANING, JUDGEMENT_SELECTORS, meaningVar, RAW_HUE_TOKENS } from './colour-meaning'

const tokensCss = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8')
const hex = readColorTokens(tokensCss)
const aliases: Record<string, string> = {}
for (const [, name, target] of tokensCss.matchAll(/(--[\w-]+):\s*var\((--[\w-]+)\)/g))
  aliases[name!] = target!

function resolve(name: string): string {
  return hex[name] ?? resolve(aliases[name] ?? '')
}

/** Every stylesheet and component the deck draws with (styles/, components/, pages/). */
function sources(): { file: string, text: string }[] {
  const out: { file: string, text: string }[] = []
  for (const dir of ['../styles/', '../components/', '../pages/']) {
    const url = new URL(dir, import.meta.url)
    for (const file of readdirSync(url).filter(f => /\.(?:css|vue|md)$/.test(f) && f !== 'tokens.css')) {
      out.push({
        file: `${dir.slice(3)}${file}`,
        text: readFileSync(new URL(file, url), 'utf8'),
      })
    }
  }
  return out
}

describe('colour meanings', () => {
  const entries = Object.entries(COLOUR_MEANING)

  it('each alias resolves to the token the map names', () => {
    for (const [meaning, c] of entries) {
      expect(aliases[c.alias], `${meaning}: ${c.alias}`).toBe(c.mark)
      expect(resolve(c.textAlias), `${meaning}: ${c.textAlias}`).toMatch(/^#/)
    }
  })

  it('gives each meaning its own hue', () => {
    const hues = entries.map(([, c]) => resolve(c.alias).toLowerCase())
    expect(new Set(hues).size).toBe(hues.length)
  })

  it('keeps every meaning at 3:1 on the backgrounds it touches, and its text at 4.5:1', () => {
    const bgs = [
      '--bf-bg',
      '--bf-surface',
      '--bf-band',
      '--bf-land',
    ]
    const low: string[] = []
    for (const [meaning, c] of entries) {
      for (const bg of bgs) {
        const mark = contrastRatio(resolve(c.alias), hex[bg]!)
        const text = contrastRatio(resolve(c.textAlias), hex[bg]!)
        if (mark < 3)
          low.push(`${meaning} mark on ${bg}: ${mark.toFixed(2)}`)
        if (text < 4.5 && bg !== '--bf-land')
          low.push(`${meaning} text on ${bg}: ${text.toFixed(2)}`)
      }
    }
    expect(low).toEqual([])
  })

  it('no stylesheet or component uses a raw hue (only the meaning aliases)', () => {
    const raw: string[] = []
    for (const { file, text } of sources()) {
      for (const token of RAW_HUE_TOKENS) {
        if (new RegExp(`${token}\\b`).test(text))
          raw.push(`${file}: ${token}`)
      }
    }
    expect(raw).toEqual([])
  })

  it('draws our own judgement in ink, not in an actor\'s hue', () => {
    const actorAliases = [
      '--bf-isisk',
      '--bf-us',
      '--bf-taliban',
      '--bf-plot',
    ]
    const wrong: string[] = []
    for (const { file, text } of sources()) {
      for (const sel of JUDGEMENT_SELECTORS) {
        const esc = sel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        for (const m of text.matchAll(new RegExp(`${esc}[^{,]*\\{([^}]*)\\}`, 'g'))) {
          for (const a of actorAliases) {
            if (new RegExp(`${a}(-text)?\\)`).test(m[1]!))
              wrong.push(`${file} ${sel}: ${a}`)
          }
        }
      }
    }
    expect(wrong).toEqual([])
  })
})

describe('the plot hue', () => {
  it('marks plots and arrests only: on the two maps with their key, and on lanes that name them, as the map\'s diamond', async () => {
    const { laneStrips, miniTimelines } = await import('../data/evidence')
    expect(JSON.stringify(miniTimelines)).not.toContain('"meaning":"plot"')
    const plotLanes: LaneInput[] = Object.values(laneStrips).flatMap((s): LaneInput[] => [...s.chart.lanes]).filter(l => l.meaning === 'plot')
    // Slides 10 and 13 show the same German cell arrests as slide 2's purple diamonds.
    expect(plotLanes.map(l => l.label).sort()).toEqual(['ISIS-K plots in Europe', 'Recruits in contact with ISIS-K, held in Europe'])
    expect(plotLanes.filter(l => !/plot|held|arrest/i.test(l.label) || (l.spans ?? []).length > 0)).toEqual([])
    const keyed = sources().filter(f => f.text.includes('var(--bf-plot')).map(f => f.file.replace(/^.*\//, '')).sort()
    expect(keyed).toEqual(['AttackMap.vue', 'ReachNetworkMap.vue'])
  })
})

describe('evidence, not context', () => {
  it('draws the Islamic State\'s own record on the resilience strip in its hue, not the context grey', async () => {
    // Territory held and lost, the deadliest-group ranking, and its recruits held: the group's
    // record carries the slide's point ("lost its caliphate but kept killing and recruiting").
    const { laneStrips } = await import('../data/evidence')
    const lanes = laneStrips.resilience.chart.lanes.map(l => `${l.label}: ${l.meaning}`)
    // Its recruits held are arrests: the plot hue and diamond, as on slide 2's map.
    expect(lanes.filter(l => !l.endsWith(': isisk') && !l.endsWith(': plot'))).toEqual([])
    expect(lanes.filter(l => l.endsWith(': isisk'))).toHaveLength(2)
  })
})

describe('timeline actors', () => {
  it('colours each event by who acted, so green marks the Taliban only', async () => {
    const { timelineEvents } = await import('../data/timeline')
    const green = timelineEvents.filter(e => actorMark(e.actor)?.fill === meaningVar('taliban'))
    expect(green.map(e => e.label)).toEqual(['Taliban take Kabul'])
    // Every US action is blue, whichever lane it sits in.
    const usLabelled = timelineEvents.filter(e => /\bUS\b|Doha|CENTCOM|Strategy/.test(e.label))
    expect(usLabelled.filter(e => actorMark(e.actor)?.fill !== meaningVar('us')).map(e => e.label)).toEqual([])
  })
  it('draws an actor with no hue as a hollow ring and refuses an unknown actor', () => {
    expect(actorMark('other')).toEqual({ fill: 'var(--bf-text-ink)', hollow: true })
    expect(actorMark(undefined)).toBeUndefined()
    expect(() => actorMark('al-Qaeda')).toThrow(/No colour for actor/)
  })
})
