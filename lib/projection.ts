// The deck's regional map: an equal-area conic projection fitted to the frame from
// Western Europe to Afghanistan, plus the basemap paths from world-atlas (Natural Earth
// 1:110m, bundled as a module, never fetched). Pure: no DOM, callable from computed().
import type { GeoConicProjection, GeoPermissibleObjects } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPoint } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { geoConicEqualArea, geoPath } from 'd3-geo'
import { scaleSqrt } from 'd3-scale'
import { feature, mesh } from 'topojson-client'
import world from 'world-atlas/countries-110m.json'

/** A lon/lat box, in degrees. */
export interface GeoFrame {
  west: number
  east: number
  south: number
  north: number
}

/** Western Europe (Portugal, Ireland) to Afghanistan, Kerman to Moscow with room for labels. */
export const REGION_FRAME: GeoFrame = {
  west: -10,
  east: 80,
  south: 27,
  north: 60,
}

/** Standard parallels of the conic projection: a third and two thirds into the frame. */
export const REGION_PARALLELS: [number, number] = [37, 53]

export interface Extent {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** Points along the frame's edges (dense, so fitExtent sees the curved edges too). */
export function frameOutline(frame: GeoFrame, step = 2): MultiPoint {
  const coordinates: [number, number][] = []
  for (let lon = frame.west; lon <= frame.east; lon += step) {
    coordinates.push([lon, frame.south], [lon, frame.north])
  }
  for (let lat = frame.south; lat <= frame.north; lat += step) {
    coordinates.push([frame.west, lat], [frame.east, lat])
  }
  coordinates.push([frame.east, frame.south], [frame.east, frame.north])
  return { type: 'MultiPoint', coordinates }
}

/**
 * Equal-area conic projection centred on the frame, fitted into `extent` (canvas px),
 * and clipped to `clip` (default: the extent) so nothing is drawn past the viewBox.
 */
export function regionProjection(extent: Extent, frame: GeoFrame = REGION_FRAME, clip: Extent = extent): GeoConicProjection {
  const centre = (frame.west + frame.east) / 2
  const projection = geoConicEqualArea()
    .parallels(REGION_PARALLELS)
    .rotate([-centre, 0])
    .fitExtent([
      [extent.x0, extent.y0],
      [extent.x1, extent.y1],
    ], frameOutline(frame))
  return projection.clipExtent([
    [clip.x0, clip.y0],
    [clip.x1, clip.y1],
  ])
}

/** Projected [x, y] of a lon/lat point; throws if the point cannot be projected. */
export function projectPoint(projection: GeoConicProjection, lon: number, lat: number): [number, number] {
  const p = projection([lon, lat])
  if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))
    throw new Error(`Cannot project ${lon},${lat}`)
  return [p[0], p[1]]
}

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>

/** World countries (110m) as GeoJSON features; ids are ISO 3166-1 numeric strings. */
export function countries(): FeatureCollection<Geometry, { name: string }> {
  return feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
}

/** Land borders between countries (de facto lines, Natural Earth). */
export function borders(): MultiLineString {
  return mesh(topology, topology.objects.countries, (a, b) => a !== b)
}

/** Coastlines: country edges with no neighbour. */
export function coastlines(): MultiLineString {
  return mesh(topology, topology.objects.countries, (a, b) => a === b)
}

export interface Basemap {
  /** One path per country, for a light land fill. */
  land: { id: string, name: string, d: string }[]
  borders: string
  coast: string
}

/**
 * Decimal places in the basemap's path data: 0.1 px on the 980x552 canvas, finer than any
 * screen or print shows. d3's default (3) makes paths a third longer for the page to parse.
 */
export const BASEMAP_DIGITS = 1

let atlas: { countries: FeatureCollection<Geometry, { name: string }>, borders: MultiLineString, coast: MultiLineString } | undefined

/** SVG path strings for the basemap under `projection` (clipped to its clip extent). */
export function basemapPaths(projection: GeoConicProjection): Basemap {
  const path = geoPath(projection).digits(BASEMAP_DIGITS)
  // The atlas as GeoJSON does not depend on the projection: converted once per page.
  atlas ??= {
    countries: countries(),
    borders: borders(),
    coast: coastlines(),
  }
  const land = atlas.countries.features.map((f: Feature<Geometry, { name: string }>, i) => ({
    id: String(f.id ?? `no-id-${i}`),
    name: f.properties.name,
    d: path(f as GeoPermissibleObjects) ?? '',
  })).filter(c => c.d !== '')
  return {
    land,
    borders: path(atlas.borders) ?? '',
    coast: path(atlas.coast) ?? '',
  }
}

/** Circle radius in px for a count, so that AREA is proportional to the count (d3 `scaleSqrt`). Throws on value < 0 or maxValue <= 0. */
export function areaRadius(value: number, maxValue: number, maxRadius: number): number {
  if (value < 0 || maxValue <= 0)
    throw new Error('areaRadius needs value >= 0 and maxValue > 0')
  return scaleSqrt().domain([0, maxValue]).range([0, maxRadius])(value)
}

/** The framed projection and its label bounds for a map of width x mapHeight, shared by both maps. */
export function mapFrame(width: number, mapHeight: number): { projection: GeoConicProjection, bounds: { x: number, y: number, width: number, height: number } } {
  const projection = regionProjection({
    x0: 8,
    y0: 8,
    x1: width - 8,
    y1: mapHeight - 8,
  }, undefined, {
    x0: 0,
    y0: 0,
    x1: width,
    y1: mapHeight,
  })
  return {
    projection,
    bounds: {
      x: 2,
      y: 2,
      width: width - 4,
      height: mapHeight - 4,
    },
  }
}
