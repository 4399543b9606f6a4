import { geoArea, geoPath } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { incidents } from '../data/incidents'
import { reachNodes } from '../data/reach'
import { areaRadius, basemapPaths, borders, countries, frameOutline, projectPoint, REGION_FRAME, regionProjection } from './projection'

const extent = { x0: 8, y0: 8, x1: 884, y1: 362 }
const clip = { x0: 0, y0: 0, x1: 892, y1: 370 }

describe('regionProjection', () => {
  const projection = regionProjection(extent, REGION_FRAME, clip)

  it('is equal-area: equal spherical areas project to equal planar areas', () => {
    // Two 2x2 degree cells, one in Western Europe and one in Afghanistan, are very different
    // in shape after projection but must keep the ratio of their true areas.
    const cell = (lon: number, lat: number) => ({
      type: 'Polygon' as const,
      coordinates: [
        [
          [lon, lat],
          [lon, lat + 2],
          [lon + 2, lat + 2],
          [lon + 2, lat],
          [lon, lat],
        ],
      ],
    })
    const path = geoPath(regionProjection(extent, REGION_FRAME, { x0: -1e4, y0: -1e4, x1: 1e4, y1: 1e4 }))
    const a = cell(0, 50)
    const b = cell(68, 32)
    const planarRatio = path.area(a) / path.area(b)
    const sphericalRatio = geoArea(a) / geoArea(b)
    expect(planarRatio).toBeCloseTo(sphericalRatio, 2)
  })

  it('fits the whole frame inside the extent', () => {
    for (const [lon, lat] of frameOutline(REGION_FRAME).coordinates) {
      const [x, y] = projectPoint(projection, lon!, lat!)
      expect(x).toBeGreaterThanOrEqual(extent.x0 - 0.5)
      expect(x).toBeLessThanOrEqual(extent.x1 + 0.5)
      expect(y).toBeGreaterThanOrEqual(extent.y0 - 0.5)
      expect(y).toBeLessThanOrEqual(extent.y1 + 0.5)
    }
  })

  it('frames every incident and every reach node inside the viewBox', () => {
    for (const p of [
      ...incidents,
      ...reachNodes,
    ]) {
      const [x, y] = projectPoint(projection, p.lon, p.lat)
      expect(x, p.id).toBeGreaterThan(extent.x0)
      expect(x, p.id).toBeLessThan(extent.x1)
      expect(y, p.id).toBeGreaterThan(extent.y0)
      expect(y, p.id).toBeLessThan(extent.y1)
    }
  })

  it('keeps geography the right way round (west left, north up)', () => {
    const [lisbonX] = projectPoint(projection, -9.1, 38.7)
    const [kabulX, kabulY] = projectPoint(projection, 69.17, 34.53)
    const [, moscowY] = projectPoint(projection, 37.6, 55.75)
    expect(lisbonX).toBeLessThan(kabulX)
    expect(moscowY).toBeLessThan(kabulY)
  })

  it('shows Western Europe to Afghanistan', () => {
    for (const [lon, lat] of [
      [-9.1, 38.7],
      [-6.3, 53.3],
      [2.35, 48.86],
      [71, 36.5],
      [62.2, 34.3],
    ] as const) {
      const [x, y] = projectPoint(projection, lon, lat)
      expect(x >= clip.x0 && x <= clip.x1 && y >= clip.y0 && y <= clip.y1, `${lon},${lat}`).toBe(true)
    }
  })
})

describe('basemap', () => {
  it('reads the bundled world-atlas countries (177 features, ISO numeric ids)', () => {
    const fc = countries()
    expect(fc.features.length).toBeGreaterThan(170)
    const afghanistan = fc.features.find(f => f.id === '004')
    expect(afghanistan?.properties.name).toBe('Afghanistan')
  })

  it('has border lines between countries', () => {
    expect(borders().coordinates.length).toBeGreaterThan(100)
  })

  it('draws only what lies in the clip extent', () => {
    const map = basemapPaths(regionProjection(extent, REGION_FRAME, clip))
    const names = map.land.map(c => c.name)
    expect(names).toContain('Afghanistan')
    expect(names).toContain('Germany')
    expect(names).toContain('Portugal')
    expect(names).not.toContain('Brazil')
    expect(names).not.toContain('Australia')
    // Every coordinate of every path stays within the clip extent.
    const numbers = [
      map.borders,
      map.coast,
      ...map.land.map(c => c.d),
    ]
      .join(' ')
      .match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)!
      .map(Number)
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-0.01)
    expect(Math.max(...numbers)).toBeLessThanOrEqual(892.01)
  })
})

describe('areaRadius', () => {
  it('makes area, not radius, proportional to the value', () => {
    const r1 = areaRadius(36, 144, 24)
    const r2 = areaRadius(144, 144, 24)
    expect(r2).toBe(24)
    expect((r1 * r1) / (r2 * r2)).toBeCloseTo(0.25, 10)
  })

  it('gives 0 for 0 and rejects negatives', () => {
    expect(areaRadius(0, 10, 5)).toBe(0)
    expect(() => areaRadius(-1, 10, 5)).toThrow()
  })
})
