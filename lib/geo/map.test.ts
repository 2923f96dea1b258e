import { describe, expect, it } from 'vitest'
import { geoContains } from 'd3-geo'
import { groupPoints, mapView, outlinePaths, stateAt, stateFeature } from './map'

const PADERBORN: [number, number] = [8.7575, 51.7189]

describe('the map projection', () => {
  it('puts Paderborn inside the outline of Nordrhein-Westfalen and inside the frame', () => {
    expect(geoContains(stateFeature('NW')!, PADERBORN)).toBe(true)
    expect(geoContains(stateFeature('NI')!, PADERBORN)).toBe(false)
    expect(stateAt(...PADERBORN)).toBe('NW')
    expect(stateAt(9.732, 52.3759)).toBe('NI') // Hannover
    const view = mapView(null)
    const [x, y] = view.projection(PADERBORN)!
    expect(x).toBeGreaterThan(0)
    expect(x).toBeLessThan(view.width)
    expect(y).toBeGreaterThan(0)
    expect(y).toBeLessThan(view.height)
    // West of Berlin and south of Hamburg, as on any map.
    const [bx] = view.projection([13.405, 52.52])!
    const [, hy] = view.projection([9.993, 53.551])!
    expect(x).toBeLessThan(bx)
    expect(y).toBeGreaterThan(hy)
  })

  it('zooms a state view to that state: Paderborn lies far inside, Munich outside the frame', () => {
    const view = mapView({ state: 'NW' })
    const [x, y] = view.projection(PADERBORN)!
    expect(x).toBeGreaterThan(view.width / 2)
    expect(y).toBeGreaterThan(0)
    expect(y).toBeLessThan(view.height)
    const [, my] = view.projection([11.576, 48.137])!
    expect(my).toBeGreaterThan(view.height)
  })

  it('draws small outlines: all sixteen states in whole pixels', () => {
    const paths = outlinePaths(mapView(null))
    expect(paths.states).toHaveLength(16)
    expect(paths.country).toMatch(/^M\d+,\d+L/)
    const bytes = paths.states.reduce((sum, s) => sum + s.d.length, 0) + paths.borders.length
    expect(bytes).toBeLessThan(40_000)
  })
})

describe('grouping', () => {
  const project = (p: [number, number]): [number, number] => [p[0] * 100, p[1] * 100]
  it('groups points closer than the radius and keeps distant ones apart', () => {
    const groups = groupPoints(
      [
        { lon: 1, lat: 1, item: 'a' },
        { lon: 1.05, lat: 1.05, item: 'b' },
        { lon: 3, lat: 3, item: 'c' },
        { lon: 1.1, lat: 1, item: 'd' },
      ],
      project,
      12,
    )
    expect(groups.map((g) => g.points.map((p) => p.item))).toEqual([['a', 'b', 'd'], ['c']])
    expect(groups[0]!.x).toBeCloseTo((100 + 105 + 110) / 3)
    expect(groups[1]).toMatchObject({ x: 300, y: 300 })
  })
  it('leaves out points the projection cannot place', () => {
    expect(groupPoints([{ lon: 0, lat: 0, item: 1 }], () => null, 10)).toEqual([])
  })
})
