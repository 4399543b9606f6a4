import { describe, expect, it } from 'vitest'
import { incidents } from '../data/incidents'
import { ATTACK_MIN_RADIUS, attackKeyBox, diamondPoints, layoutAttackMap, MARKER_GAP, textX } from './attack-map'
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
    })
    for (const m of layout.markers.filter(mm => mm.kind === 'attack'))
      expect(m.rLow, m.id).toBeGreaterThanOrEqual(ATTACK_MIN_RADIUS)
  })
})

describe.each(sizes)('layoutAttackMap on the real incidents ($width x $mapHeight)', (size) => {
  const key = attackKeyBox(size.mapHeight)
  const layout = layoutAttackMap(incidents, { ...size, key })

  it('has one marker per incident', () => {
    expect(layout.markers.map(m => m.id).sort()).toEqual(incidents.map(i => i.id).sort())
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

  it('keeps markers apart, including the Kabul pair and the western German pair', () => {
    // Each marker grown by half the gap less a stroke: side-by-side markers still never touch.
    expect(overlappingPairs(layout.markers.map(m => ({
      key: m.id,
      box: markerBox(m, m.half + MARKER_GAP / 2 - 1.5),
    })))).toEqual([])
    const kabul = layout.labels.find(l => l.incidentIds.includes('kabul-russian-embassy-2022'))!
    expect(kabul.incidentIds).toEqual(['kabul-russian-embassy-2022', 'kabul-longan-hotel-2022'])
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
