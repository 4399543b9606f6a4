import { describe, expect, it } from 'vitest'
import { incidents } from '../data/incidents'
import { reachCountryCounts } from '../data/reach-countries'
import { boxesOverlap } from './labels'
import { layoutReachChange } from './reach-change'

const abroad2024 = incidents
  .filter(i => i.kind === 'attack' && i.date.startsWith('2024') && i.country !== 'Afghanistan')
  .map(i => ({
    id: i.id,
    place: i.place,
    when: i.date.slice(0, 7),
    lat: i.lat,
    lon: i.lon,
  }))
const hub = { lat: 34.2, lon: 70.6, label: 'ISIS-K home ground' }
const layout = layoutReachChange(reachCountryCounts, abroad2024, hub, { width: 892, height: 290, chartWidth: 330 })

describe('reach change layout', () => {
  it('draws one square per country for each year', () => {
    expect(layout.rows.map(r => r.squares.length)).toEqual(reachCountryCounts.map(c => c.countries))
  })

  it('keeps every square inside the chart panel and every label where it was asked', () => {
    expect(layout.fits).toBe(true)
  })

  it('lets no text box overlap another', () => {
    const clashes: string[] = []
    layout.textBoxes.forEach((a, i) => layout.textBoxes.slice(i + 1).forEach((b) => {
      if (boxesOverlap(a.box, b.box))
        clashes.push(`${a.key} / ${b.key}`)
    }))
    expect(clashes).toEqual([])
  })

  it('marks each attack abroad on the map', () => {
    expect(layout.attacks.map(a => a.id)).toEqual(abroad2024.map(a => a.id))
    expect(abroad2024.length).toBeGreaterThan(0)
  })

  it('titles the map with how many places it shows, and where', () => {
    expect(layout.mapTitle.lines.map(l => l.text)).toEqual([
      'Deadly ISIS-K attacks abroad, 2024',
      `${abroad2024.length === 3
        ? 'Three'
        : abroad2024.length} places outside Afghanistan and Pakistan`,
    ])
  })

  it('refuses an empty count', () => {
    expect(() => layoutReachChange([], [], hub, { width: 100, height: 100, chartWidth: 50 })).toThrow()
  })
})
