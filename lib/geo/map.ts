import { geoContains, geoMercator, geoPath, type GeoProjection } from 'd3-geo'
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson'
import { feature, merge, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import outlines from './germany-states.json'
import type { StateCode } from './states'

/*
 * The map drawn on the server: a Mercator projection fitted to Germany, one state or an area,
 * the outlines as SVG paths and the partners' positions as points. Pure functions; the outlines
 * are the BKG's state boundaries, simplified (scripts/build-map-outlines.ts).
 */

type StateProps = { code: StateCode }
const topology = outlines as unknown as Topology<{ states: GeometryCollection<StateProps> }>
const statesObject = topology.objects.states

export const STATE_FEATURES = (
  feature(topology, statesObject) as FeatureCollection<MultiPolygon, StateProps>
).features

const GERMANY = merge(topology, statesObject.geometries as never)
const INNER_BORDERS = mesh(topology, statesObject, (a, b) => a !== b)

export const MAP_WIDTH = 600
const PADDING = 12

export type Bounds = { west: number; south: number; east: number; north: number }

export function stateFeature(code: StateCode): Feature<MultiPolygon, StateProps> | null {
  return STATE_FEATURES.find((f) => f.properties.code === code) ?? null
}

/** Which state's outline contains a position, for partners whose state is not recorded. */
export function stateAt(lon: number, lat: number): StateCode | null {
  return STATE_FEATURES.find((f) => geoContains(f, [lon, lat]))?.properties.code ?? null
}

function boundsPolygon(b: Bounds): Feature {
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [b.west, b.south],
          [b.west, b.north],
          [b.east, b.north],
          [b.east, b.south],
          [b.west, b.south],
        ],
      ],
    },
  }
}

export type MapView = {
  projection: GeoProjection
  width: number
  height: number
}

/**
 * A projection showing `target` (Germany when null), as wide as the map and as tall as the
 * target needs, between 300 and 760 pixels.
 */
export function mapView(target: { state: StateCode } | { bounds: Bounds } | null): MapView {
  const object =
    target && 'state' in target
      ? (stateFeature(target.state) ?? GERMANY)
      : target && 'bounds' in target
        ? boundsPolygon(target.bounds)
        : GERMANY
  const probe = geoMercator().fitWidth(MAP_WIDTH - 2 * PADDING, object as never)
  const [[, y0], [, y1]] = geoPath(probe).bounds(object as never)
  const height = Math.round(Math.min(760, Math.max(300, y1 - y0 + 2 * PADDING)))
  const projection = geoMercator()
    .fitExtent(
      [
        [PADDING, PADDING],
        [MAP_WIDTH - PADDING, height - PADDING],
      ],
      object as never,
    )
    // Outlines beyond the frame are cut off, so a state view carries no invisible path data.
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, height],
    ])
  return { projection, width: MAP_WIDTH, height }
}

/** Path data for the outlines, in whole pixels (finer is invisible and costs bytes). */
export function outlinePaths(view: MapView) {
  const path = geoPath(view.projection).digits(0)
  return {
    country: path(GERMANY) ?? '',
    borders: path(INNER_BORDERS) ?? '',
    states: STATE_FEATURES.map((f) => ({ code: f.properties.code, d: path(f) ?? '' })),
  }
}

export type MapPoint<T> = { lon: number; lat: number; item: T }

export type Group<T> = {
  x: number
  y: number
  points: MapPoint<T>[]
}

/**
 * Groups points that would overlap on the map: each point joins the first group whose centre
 * lies within `radius` pixels, else starts one. Deterministic for the same input order.
 */
export function groupPoints<T>(
  points: readonly MapPoint<T>[],
  project: (lonLat: [number, number]) => [number, number] | null,
  radius: number,
): Group<T>[] {
  const groups: (Group<T> & { sx: number; sy: number })[] = []
  const r2 = radius * radius
  for (const point of points) {
    const xy = project([point.lon, point.lat])
    if (!xy) continue
    const [x, y] = xy
    const group = groups.find((g) => (g.x - x) ** 2 + (g.y - y) ** 2 <= r2)
    if (group) {
      group.points.push(point)
      group.sx += x
      group.sy += y
      group.x = group.sx / group.points.length
      group.y = group.sy / group.points.length
    } else {
      groups.push({ x, y, sx: x, sy: y, points: [point] })
    }
  }
  return groups.map(({ x, y, points: members }) => ({ x, y, points: members }))
}

/** The bounds of a group's points. */
export function boundsOf(points: readonly { lon: number; lat: number }[]): Bounds {
  return {
    west: Math.min(...points.map((p) => p.lon)),
    east: Math.max(...points.map((p) => p.lon)),
    south: Math.min(...points.map((p) => p.lat)),
    north: Math.max(...points.map((p) => p.lat)),
  }
}

/** Bounds at least `min` degrees across, so a view never zooms in to a single street. */
export function widened(b: Bounds, min = 0.04): Bounds {
  const growLon = Math.max(0, min * 1.6 - (b.east - b.west)) / 2
  const growLat = Math.max(0, min - (b.north - b.south)) / 2
  return {
    west: b.west - growLon,
    east: b.east + growLon,
    south: b.south - growLat,
    north: b.north + growLat,
  }
}

/** Bounds grown by `share` of their size on every side, so edge markers are not cut off. */
export function padded(b: Bounds, share = 0.08): Bounds {
  const dLon = (b.east - b.west) * share
  const dLat = (b.north - b.south) * share
  return { west: b.west - dLon, east: b.east + dLon, south: b.south - dLat, north: b.north + dLat }
}

export function contains(b: Bounds, lon: number, lat: number): boolean {
  return lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north
}
