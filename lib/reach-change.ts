// Layout of the reach slide's evidence (components/ReachMap.vue): a unit chart of the countries
// ISIS-K was active in before and after the withdrawal (one square per country), beside a small
// map of its deadly attacks abroad in the later year. Pure, so tests check it for overlaps.
import type { GeoConicProjection } from 'd3-geo'
import type { Box, LabelRequest, Placement, Point } from './labels'
import { TYPE } from '../styles/tokens'
import { candidatesAround, markerBox, placeLabels } from './labels'
import { mapFrame, projectPoint } from './projection'
import { measureText } from './text-width'

export interface CountInput { year: number, countries: number }
export interface AttackInput { id: string, place: string, when: string, lat: number, lon: number }

export interface UnitRow {
  year: number
  countries: number
  /** Baseline of the year label and of the big number. */
  y: number
  squares: Box[]
  number: { x: number, y: number, text: string }
  yearLabel: { x: number, y: number }
}

export interface ReachChangeLayout {
  width: number
  height: number
  rows: UnitRow[]
  /** Left edge, top and size of the map panel, px. */
  map: Box
  projection: GeoConicProjection
  hub: Point
  hubLabel: Placement
  attacks: { id: string, x: number, y: number, label: Placement, text: string }[]
  /** The map panel's title, two lines (map coordinates): what the map shows, and what it is not. */
  mapTitle: { x: number, lines: { text: string, y: number }[], box: Box }
  /** Every text box, for overlap tests. */
  textBoxes: { key: string, box: Box }[]
  fits: boolean
}

const WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
] as const

/** A small count in words ("five"), digits from ten. */
function inWords(n: number): string {
  return WORDS[n] ?? String(n)
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

export const UNIT = 30
export const UNIT_GAP = 8
export const ATTACK_RADIUS = 9

/**
 * Lays out the figure in a width x height box (px on the 980x552 canvas).
 * The unit chart takes the left `chartWidth` px, the map the rest.
 * Throws if `counts` is empty.
 */
export function layoutReachChange(
  counts: readonly CountInput[],
  attacks: readonly AttackInput[],
  hub: { lat: number, lon: number, label: string },
  options: { width: number, height: number, chartWidth: number },
): ReachChangeLayout {
  if (!counts.length)
    throw new Error('layoutReachChange needs at least one count')
  const { width, height, chartWidth } = options
  const rowH = UNIT + 72
  const top = 40
  const textBoxes: { key: string, box: Box }[] = []
  const rows: UnitRow[] = counts.map((c, i) => {
    const y = top + i * rowH
    const x0 = 64
    const squares = Array.from({ length: c.countries }, (_, k) => ({
      x: x0 + k * (UNIT + UNIT_GAP),
      y,
      width: UNIT,
      height: UNIT,
    }))
    const text = `${c.countries} ${c.countries === 1
      ? 'country'
      : 'countries'}`
    const numberX = x0
    const numberY = y + UNIT + 4 + TYPE.display
    textBoxes.push({
      key: `year:${c.year}`,
      box: {
        x: 0,
        y: y + UNIT / 2 - TYPE.lead / 2 - 2,
        width: measureText(String(c.year), { fontSize: TYPE.lead, weight: 600 }),
        height: TYPE.lead + 4,
      },
    })
    textBoxes.push({
      key: `count:${c.year}`,
      box: {
        x: numberX,
        y: numberY - TYPE.display,
        width: measureText(text, { fontSize: TYPE.display, weight: 600, family: 'Source Serif 4' }),
        height: TYPE.display + 4,
      },
    })
    return {
      year: c.year,
      countries: c.countries,
      y,
      squares,
      number: { x: numberX, y: numberY, text },
      yearLabel: { x: 0, y: y + UNIT / 2 + TYPE.lead * 0.35 },
    }
  })

  const map: Box = {
    x: chartWidth,
    y: 0,
    width: width - chartWidth,
    height,
  }
  const frame = mapFrame(map.width, map.height)
  const projection = frame.projection
  const [hx, hy] = projectPoint(projection, hub.lon, hub.lat)
  const hubPoint = { x: hx, y: hy }
  const lh = TYPE.label + 3
  const points = attacks.map((a) => {
    const [x, y] = projectPoint(projection, a.lon, a.lat)
    return {
      a,
      x,
      y,
      text: `${a.place}, ${a.when}`,
    }
  })
  // The title says what the map shows (places outside the home ground), so nobody reads its
  // places as the countries counted beside it.
  const year = counts.at(-1)!.year
  const titleLines = [
    {
      text: `Deadly ISIS-K attacks abroad, ${year}`,
      y: 24,
      size: TYPE.body,
      weight: 600,
    },
    {
      text: `${capitalise(inWords(attacks.length))} ${attacks.length === 1
        ? 'place'
        : 'places'} outside Afghanistan and Pakistan`,
      y: 45,
      size: TYPE.label,
      weight: 400,
    },
  ]
  const titleBox: Box = {
    x: 6,
    y: 6,
    width: Math.max(...titleLines.map(l => measureText(l.text, { fontSize: l.size, weight: l.weight }))) + 8,
    height: 46,
  }
  const obstacles = [
    titleBox,
    markerBox(hubPoint, 12),
    ...points.map(p => markerBox(p, ATTACK_RADIUS)),
  ]
  const requests: LabelRequest[] = [
    {
      id: 'hub',
      point: hubPoint,
      candidates: candidatesAround(hubPoint, 12, {
        width: measureText(hub.label, { fontSize: TYPE.label, weight: 600 }),
        height: lh,
      }),
    },
    ...points.map(p => ({
      id: p.a.id,
      point: { x: p.x, y: p.y },
      candidates: candidatesAround({ x: p.x, y: p.y }, ATTACK_RADIUS, {
        width: measureText(p.text, { fontSize: TYPE.label }),
        height: lh,
      }),
    })),
  ]
  const placed = placeLabels(requests, {
    bounds: { ...frame.bounds, height: frame.bounds.height - 20 },
    obstacles,
  })
  for (const p of placed) {
    textBoxes.push({
      key: `map:${p.id}`,
      box: { ...p.box, x: p.box.x + map.x },
    })
  }
  return {
    width,
    height,
    rows,
    map,
    projection,
    hub: hubPoint,
    hubLabel: placed[0]!,
    attacks: points.map((p, i) => ({
      id: p.a.id,
      x: p.x,
      y: p.y,
      text: p.text,
      label: placed[i + 1]!,
    })),
    mapTitle: {
      x: 10,
      lines: titleLines.map(l => ({ text: l.text, y: l.y })),
      box: titleBox,
    },
    textBoxes: [
      ...textBoxes,
      {
        key: 'map:title',
        box: { ...titleBox, x: titleBox.x + map.x },
      },
    ],
    fits: placed.every(p => p.ok) && rows.every(r => r.squares.at(-1)!.x + UNIT <= chartWidth - 8),
  }
}
