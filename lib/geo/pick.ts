import { LAT_RANGE, LON_RANGE } from '@/lib/validation/location'
import type { MapView } from './map'

/*
 * Clicking a place on the backend's map: the point in the map's own coordinates (its viewBox)
 * turned back into latitude and longitude with the projection's inverse, rounded like a typed
 * position. A point outside the accepted range gives nothing rather than a position the form
 * would refuse.
 */

export type Position = { lat: number; lon: number }

const round5 = (n: number) => Math.round(n * 1e5) / 1e5

export function positionAt(view: MapView, x: number, y: number): Position | null {
  const lonLat = view.projection.invert?.([x, y])
  if (!lonLat) return null
  const [lon, lat] = lonLat
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null
  const position = { lat: round5(lat), lon: round5(lon) }
  const inRange =
    position.lat >= LAT_RANGE.min &&
    position.lat <= LAT_RANGE.max &&
    position.lon >= LON_RANGE.min &&
    position.lon <= LON_RANGE.max
  return inRange ? position : null
}

/** Where a position lies on the map, or null when it is off the drawn frame. */
export function pointOf(view: MapView, position: Position): [number, number] | null {
  const xy = view.projection([position.lon, position.lat])
  if (!xy) return null
  const [x, y] = xy
  return x >= 0 && x <= view.width && y >= 0 && y <= view.height ? [x, y] : null
}

/** A coordinate as the form holds it ("51,7189" or "51.7189"); null when empty or not a number. */
export function coordinateOf(text: unknown): number | null {
  if (typeof text === 'number') return Number.isFinite(text) ? text : null
  if (typeof text !== 'string') return null
  const value = text.trim().replace(',', '.')
  if (!/^-?\d{1,3}(\.\d+)?$/.test(value)) return null
  return Number(value)
}

/** A coordinate as the German form shows it: a decimal comma. */
export function formatCoordinate(value: number): string {
  return String(value).replace('.', ',')
}
