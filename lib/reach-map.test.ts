import { describe, expect, it } from 'vitest'
import { reachEdges, reachNodes } from '../data/reach'
import { boxesOverlap, insideBounds, markerBox, nearestPointOnBox, overlappingPairs, quadPoint, sampleQuadratic, segmentHitsBox } from './labels'
import { edgeSamples, layoutReachMap, parallelCurvature } from './reach-map'

// The key sits below the map (in the component), so the map keeps its whole area for labels.
// Heights: a slide with a one-line headline (338, 366) down to one with a claim box above (264).
describe.each([264, 274, 290, 314, 334, 338, 366])('layoutReachMap on the real data (892 x %i)', (mapHeight) => {
  const layout = layoutReachMap(reachNodes, reachEdges, { width: 892, mapHeight })

  it('draws one path per edge and one label stack per node', () => {
    expect(layout.edges.map(e => e.id)).toEqual(reachEdges.map(e => e.id))
    expect(layout.labels.map(l => l.id).sort()).toEqual(reachNodes.map(n => n.id).sort())
  })

  it('names every edge in the label of its destination, with its kind', () => {
    for (const e of reachEdges) {
      const label = layout.labels.find(l => l.id === e.to)!
      const line = label.lines.find(l => l.edgeId === e.id)
      expect(line?.kind).toBe(e.kind)
      expect(line?.text.toLowerCase()).toContain(e.kind)
    }
  })

  it('places every label inside the map without overlaps', () => {
    expect(layout.labels.every(l => l.ok)).toBe(true)
    for (const l of layout.labels)
      expect(insideBounds(l.box, layout.bounds), l.id).toBe(true)
    expect(overlappingPairs(layout.labels.map(l => ({ key: l.id, box: l.box })), 3)).toEqual([])
  })

  it('keeps labels off nodes and edges', () => {
    const edgeBoxes = layout.edges.flatMap(e => edgeSamples(e))
    for (const l of layout.labels) {
      for (const n of layout.nodes)
        expect(boxesOverlap(l.box, markerBox(n, n.r)), `${l.id} vs node ${n.id}`).toBe(false)
      expect(edgeBoxes.some(b => boxesOverlap(l.box, b)), `${l.id} vs edges`).toBe(false)
    }
  })

  it('lets no arc cross a label, checked on the curve itself (400 pieces per arc)', () => {
    const crossings = layout.labels.flatMap(l => layout.edges
      .filter(e => sampleQuadratic(e.start, e.control, e.end, 400).some(s => segmentHitsBox(s, l.box)))
      .map(e => `${l.id} x ${e.id}`))
    expect(crossings).toEqual([])
  })

  it('lets no leader line cross another label', () => {
    const crossings = layout.labels.filter(l => l.leader).flatMap((l) => {
      const leader = {
        a: l.point!,
        b: nearestPointOnBox(l.point!, l.box),
      }
      return layout.labels.filter(o => o !== l && segmentHitsBox(leader, o.box)).map(o => `${l.id} leader x ${o.id}`)
    })
    expect(crossings).toEqual([])
  })

  it('bends parallel edges apart', () => {
    const toGermany = layout.edges.filter(e => e.from === 'khorasan' && e.to === 'germany')
    expect(toGermany).toHaveLength(2)
    const [a, b] = toGermany.map(e => quadPoint(e.start, e.control, e.end, 0.5))
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(20)
  })
})

// As on the appendix slide (ReachNetworkMap at height 360: a 334 px map).
describe('the appendix slide\'s map (892 x 334)', () => {
  const layout = layoutReachMap(reachNodes, reachEdges, { width: 892, mapHeight: 334 })
  it('sets Vienna\'s label next to its node, in the first ring (no leader), name level with it', () => {
    const vienna = layout.labels.find(l => l.id === 'vienna')!
    const node = layout.nodes.find(n => n.id === 'vienna')!
    expect(vienna.leader).toBe(false)
    expect(Math.abs(vienna.box.y + 17 / 2 - node.y)).toBeLessThan(1)
  })

  it('needs no leader for any label', () => {
    expect(layout.labels.filter(l => l.leader).map(l => l.id)).toEqual([])
  })
})

describe('a key inside the map', () => {
  it('is an obstacle for labels', () => {
    const key = {
      x: 200,
      y: 300,
      width: 262,
      height: 66,
    }
    const layout = layoutReachMap(reachNodes, reachEdges, { width: 892, mapHeight: 370, key })
    expect(layout.key).toEqual(key)
    for (const l of layout.labels)
      expect(boxesOverlap(l.box, key), l.id).toBe(false)
  })
})

describe('curve helpers', () => {
  it('quadPoint hits the ends', () => {
    const a = { x: 0, y: 0 }
    const c = { x: 5, y: 10 }
    const b = { x: 10, y: 0 }
    expect(quadPoint(a, c, b, 0)).toEqual(a)
    expect(quadPoint(a, c, b, 1)).toEqual(b)
    expect(quadPoint(a, c, b, 0.5)).toEqual({ x: 5, y: 5 })
  })

  it('parallelCurvature alternates sides and grows', () => {
    expect([0, 1, 2, 3].map(k => parallelCurvature(k, 0.1))).toEqual([0.1, -0.1, 0.2, -0.2])
  })

  it('edgeSamples rejects a zero spacing', () => {
    expect(() => edgeSamples({
      start: { x: 0, y: 0 },
      control: { x: 0, y: 0 },
      end: { x: 1, y: 1 },
    }, 0)).toThrow()
  })
})
