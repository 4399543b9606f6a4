import { describe, expect, it } from 'vitest'
import { incidents, sharedMarkers } from '../data/incidents'
import { ATTACK_MIN_RADIUS, attackKeyBox, diamondPoints, formatMonths, layoutAttackMap, MARKER_GAP, textX } from './attack-map'
import { boxesOverlap, insideBounds, markerBox, overlappingPairs } from './labels'
import { measureText } from './text-width'

// The sizes the component uses: its default and the threat slide's (height 364).
// With the incidents after the essay (2024-2025) the map needs at least 342 px of height.
const sizes = [
  { width: 892, mapHeight: 370 },
  { width: 892, mapHeight: 342 },
]

describe('marker sizes', () => {
  it('keeps the smallest attack visible from the back of a room', () => {
    const layout = layoutAttackMap(incidents, {
      width: 892,
      mapHeight: 342,
      key: attackKeyBox(342),
      shared: sharedMarkers,
    })
    for (const m of layout.markers.filter(mm => mm.kind === 'attack'))
      expect(m.rLow, m.id).toBeGreaterThanOrEqual(ATTACK_MIN_RADIUS)
  })
})

describe.each(sizes)('layoutAttackMap on the real incidents ($width x $mapHeight)', (size) => {
  const key = attackKeyBox(size.mapHeight)
  const layout = layoutAttackMap(incidents, { ...size, key, shared: sharedMarkers })

  it('draws every incident in exactly one marker, merging only the shared ones', () => {
    expect(layout.markers.flatMap(m => m.incidentIds).sort()).toEqual(incidents.map(i => i.id).sort())
    const merged = layout.markers.filter(m => m.incidentIds.length > 1).map(m => m.incidentIds)
    expect(merged).toEqual(sharedMarkers.map(g => [...g.ids]))
  })

  it('gives each city one marker per kind: no two markers of one kind side by side (they read as two places)', () => {
    // Side-by-side markers sit exactly MARKER_GAP apart; a same-kind pair there is what sharedMarkers is for.
    const pairs: string[] = []
    layout.markers.forEach((a, i) => layout.markers.slice(i + 1).forEach((b) => {
      const gap = Math.hypot(a.x - b.x, a.y - b.y) - a.half - b.half
      if (a.kind === b.kind && gap < 3 * MARKER_GAP)
        pairs.push(`${a.id} / ${b.id}`)
    }))
    expect(pairs).toEqual([])
  })

  it('labels every incident exactly once', () => {
    const ids = layout.labels.flatMap(l => l.incidentIds).sort()
    expect(ids).toEqual(incidents.map(i => i.id).sort())
  })

  it('places every label (no fallback) inside the map', () => {
    for (const l of layout.labels) {
      expect(l.ok, l.id).toBe(true)
      expect(insideBounds(l.box, layout.bounds), l.id).toBe(true)
    }
  })

  it('never overlaps two labels, a label and a marker, or a label and the key', () => {
    expect(overlappingPairs(layout.labels.map(l => ({ key: l.id, box: l.box })))).toEqual([])
    for (const l of layout.labels) {
      expect(boxesOverlap(l.box, key), `${l.id} vs key`).toBe(false)
      for (const m of layout.markers)
        expect(boxesOverlap(l.box, markerBox(m, m.half)), `${l.id} vs ${m.id}`).toBe(false)
    }
  })

  it('keeps markers apart, including the Moscow disc and diamond', () => {
    // Each marker grown by half the gap less a stroke: side-by-side markers still never touch.
    expect(overlappingPairs(layout.markers.map(m => ({
      key: m.id,
      box: markerBox(m, m.half + MARKER_GAP / 2 - 1.5),
    })))).toEqual([])
    const moscow = layout.labels.find(l => l.incidentIds.includes('moscow-crocus-2024'))!
    expect(moscow.incidentIds).toEqual(['moscow-crocus-2024', 'moscow-fsb-2024'])
  })

  it('labels a shared marker in two lines: place and months, then each toll', () => {
    const kabul = layout.labels.find(l => l.incidentIds.includes('kabul-russian-embassy-2022'))!
    expect(kabul.incidentIds).toEqual(['kabul-russian-embassy-2022', 'kabul-longan-hotel-2022'])
    expect(kabul.lines.map(l => l.text)).toEqual(['Kabul, Sep and Dec 2022', 'embassy 6, hotel 3 killed'])
    const nrw = layout.labels.find(l => l.incidentIds.includes('cologne-cathedral-2023'))!
    expect(nrw.lines.map(l => l.text)).toEqual(['NRW, Germany, Jul and Dec 2023', '9 held; Cologne plot foiled'])
  })

  it('keeps markers and the key inside the map', () => {
    for (const m of layout.markers)
      expect(insideBounds(markerBox(m, m.half), layout.bounds), m.id).toBe(true)
    expect(insideBounds(key, layout.bounds)).toBe(true)
  })

  it('labels are at least 14 px and their box holds the measured text', () => {
    for (const l of layout.labels) {
      for (const line of l.lines) {
        expect(measureText(line.text, {
          fontSize: 14,
          weight: line.strong ? 600 : 400,
        })).toBeLessThanOrEqual(l.box.width + 0.01)
      }
      expect(l.box.height).toBeGreaterThanOrEqual(l.lines.length * 14)
    }
  })
})

describe('marker encoding', () => {
  const layout = layoutAttackMap(incidents, { width: 892, mapHeight: 370 })
  const byId = new Map(layout.markers.map(m => [m.id, m]))

  it('makes disc AREA proportional to the number killed', () => {
    const moscow = byId.get('moscow-crocus-2024')!
    const kabul = byId.get('kabul-russian-embassy-2022')!
    expect((kabul.rLow ** 2) / (moscow.rHigh ** 2)).toBeCloseTo(6 / 149, 10)
  })

  it('gives a shared disc the area of its incidents\' total toll, at their mean position', () => {
    const merged = layoutAttackMap(incidents, { width: 892, mapHeight: 370, shared: sharedMarkers })
    const kabul = merged.markers.find(m => m.incidentIds.includes('kabul-longan-hotel-2022'))!
    const moscow = merged.markers.find(m => m.id === 'moscow-crocus-2024')!
    expect((kabul.rHigh ** 2) / (moscow.rHigh ** 2)).toBeCloseTo((6 + 3) / 149, 10)
    const a = byId.get('kabul-russian-embassy-2022')!
    const b = byId.get('kabul-longan-hotel-2022')!
    expect(kabul.y).toBeCloseTo((a.y + b.y) / 2, 6)
    expect(merged.maxCount).toBe(149)
  })

  it('refuses a shared marker that mixes attacks and plots or names an unknown incident', () => {
    const opts = { width: 892, mapHeight: 370 }
    expect(() => layoutAttackMap(incidents, {
      ...opts,
      shared: [
        {
          ids: ['moscow-crocus-2024', 'moscow-fsb-2024'],
          place: 'Moscow',
          short: 'x',
        },
      ],
    })).toThrow(/mixes attacks and plots/)
    expect(() => layoutAttackMap(incidents, {
      ...opts,
      shared: [
        {
          ids: ['kabul-nowhere' as 'kabul-longan-hotel-2022'],
          place: 'Kabul',
          short: 'x',
        },
      ],
    })).toThrow(/no incident/)
  })

  it('draws the range: disc for the low count, ring for the high one', () => {
    const kerman = byId.get('kerman-2024')!
    expect(kerman.rHigh).toBeGreaterThan(kerman.rLow)
    expect((kerman.rLow / kerman.rHigh) ** 2).toBeCloseTo(84 / 103, 10)
    const istanbul = byId.get('istanbul-2024')!
    expect(istanbul.rHigh).toBe(istanbul.rLow)
  })

  it('gives plots a visible marker of their own kind', () => {
    for (const id of ['nrw-arrests-2023', 'cologne-cathedral-2023', 'vienna-concert-2024']) {
      const m = byId.get(id)!
      expect(m.kind).toBe('plot')
      expect(m.half).toBeGreaterThanOrEqual(6)
    }
  })

  it('labels read "Place, date"', () => {
    const moscow = layout.labels.find(l => l.incidentIds[0] === 'moscow-crocus-2024')!
    expect(moscow.lines[0]!.text).toBe('Moscow, 22 Mar 2024')
    expect(moscow.lines[1]!.text).toBe('144–149 killed')
  })

  it('marks every incident after the essay, from its date, and none before', () => {
    const fsb = layout.labels.find(l => l.incidentIds.includes('moscow-fsb-2024'))!
    expect(fsb.lines.map(l => l.text)).toContain('after the essay')
    const istanbul = layout.labels.find(l => l.incidentIds.includes('istanbul-2024'))!
    expect(istanbul.lines.map(l => l.text)).not.toContain('after the essay')
  })
})

describe('helpers', () => {
  it('formatMonths', () => {
    expect(formatMonths(['2022-12-12', '2022-09-05'])).toBe('Sep and Dec 2022')
    expect(formatMonths(['2023-12-23', '2024-01-03'])).toBe('Dec 2023 and Jan 2024')
    expect(formatMonths(['2024-03-22', '2024-03-19'])).toBe('Mar 2024')
  })

  it('diamondPoints', () => {
    expect(diamondPoints(10, 10, 2)).toBe('10,8 12,10 10,12 8,10')
  })

  it('textX follows the anchor', () => {
    const box = { x: 10, y: 0, width: 100, height: 10 }
    expect(textX(box, 'start')).toBe(10)
    expect(textX(box, 'middle')).toBe(60)
    expect(textX(box, 'end')).toBe(110)
  })
})
