// Integrity of the map data: data/incidents.ts and data/reach.ts.
import { describe, expect, it } from 'vitest'
import { incidents } from '../data/incidents'
import { reachEdges, reachNodes } from '../data/reach'
import { sources } from '../data/sources'

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

function validDay(s: string): boolean {
  if (!ISO_DAY.test(s))
    return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

describe('incidents', () => {
  it('has unique ids', () => {
    expect(new Set(incidents.map(i => i.id)).size).toBe(incidents.length)
  })

  it('has coordinates in range', () => {
    for (const i of incidents) {
      expect(i.lat, i.id).toBeGreaterThanOrEqual(-90)
      expect(i.lat, i.id).toBeLessThanOrEqual(90)
      expect(i.lon, i.id).toBeGreaterThanOrEqual(-180)
      expect(i.lon, i.id).toBeLessThanOrEqual(180)
    }
  })

  it('has valid dates, sorted, in 2022-2026, end after start', () => {
    for (const i of incidents) {
      expect(validDay(i.date), i.id).toBe(true)
      expect(i.date >= '2022-01-01' && i.date <= '2026-12-31', i.id).toBe(true)
      if ('dateEnd' in i) {
        expect(validDay(i.dateEnd), i.id).toBe(true)
        expect(i.dateEnd > i.date, i.id).toBe(true)
      }
    }
    const dates = incidents.map(i => i.date)
    expect(dates).toEqual([...dates].sort())
  })

  it('has low <= high for every count, and counts only for attacks', () => {
    for (const i of incidents) {
      for (const range of [
        i.killed,
        'injured' in i
          ? i.injured
          : null,
      ]) {
        if (!range)
          continue
        expect(range.low, i.id).toBeGreaterThanOrEqual(0)
        expect(range.low, i.id).toBeLessThanOrEqual(range.high)
      }
      expect(i.killed === null, i.id).toBe(i.kind === 'plot')
    }
  })

  it('shows the uncertain tolls as ranges (fact sheet: Kerman, Crocus)', () => {
    const byId = new Map(incidents.map(i => [i.id, i]))
    expect(byId.get('kerman-2024')!.killed).toEqual({ low: 84, high: 103 })
    expect(byId.get('moscow-crocus-2024')!.killed).toEqual({ low: 144, high: 149 })
  })

  it('leaves the unverified Swedish parliament plot off', () => {
    expect(incidents.some(i => /swed/i.test(`${i.id} ${i.placeDetail} ${i.what}`))).toBe(false)
  })

  it('cites a source that resolves for every incident', () => {
    for (const i of incidents)
      expect(sources[i.source], i.id).toBeDefined()
  })
})

describe('reach', () => {
  const nodeIds = new Set<string>(reachNodes.map(n => n.id))

  it('has nodes with coordinates in range and one hub', () => {
    for (const n of reachNodes) {
      expect(Math.abs(n.lat), n.id).toBeLessThanOrEqual(90)
      expect(Math.abs(n.lon), n.id).toBeLessThanOrEqual(180)
    }
    expect(reachNodes.filter(n => 'hub' in n && n.hub)).toHaveLength(1)
  })

  it('has edges between known nodes, of a known kind, with valid dates', () => {
    expect(new Set(reachEdges.map(e => e.id)).size).toBe(reachEdges.length)
    for (const e of reachEdges) {
      expect(nodeIds.has(e.from), e.id).toBe(true)
      expect(nodeIds.has(e.to), e.id).toBe(true)
      expect(e.from).not.toBe(e.to)
      expect(['recruitment', 'plot', 'attack']).toContain(e.kind)
      expect(validDay(e.date), e.id).toBe(true)
    }
  })

  it('cites a resolving source for every edge, matching an incident where there is one', () => {
    const incidentSources = new Set<string>(incidents.map(i => i.source))
    for (const e of reachEdges) {
      expect(sources[e.source], e.id).toBeDefined()
      expect(incidentSources.has(e.source), e.id).toBe(true)
    }
  })

  it('keeps the Vienna concert plot off: its ISIS-K direction was not established', () => {
    expect(reachEdges.some(e => (e.source as string) === 'ap-vienna-2024')).toBe(false)
  })
})
