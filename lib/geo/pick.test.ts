import { describe, expect, it } from 'vitest'
import { mapView } from './map'
import { coordinateOf, formatCoordinate, pointOf, positionAt } from './pick'

/* The backend's click-to-place: a click on the drawn map gives back the position drawn there. */

const PADERBORN = { lat: 51.7189, lon: 8.7575 }

describe('positionAt (inverse projection)', () => {
  it('turns the projected point of a known place back into its coordinates', () => {
    for (const view of [mapView(null), mapView({ state: 'NW' }), mapView({ state: 'BY' })]) {
      const xy = view.projection([PADERBORN.lon, PADERBORN.lat])!
      const back = positionAt(view, xy[0], xy[1])!
      expect(back.lat).toBeCloseTo(PADERBORN.lat, 4)
      expect(back.lon).toBeCloseTo(PADERBORN.lon, 4)
    }
  })

  it('gives Paderborn for a click a pixel off its point, within the distance a pixel covers', () => {
    const view = mapView({ state: 'NW' })
    const [x, y] = pointOf(view, PADERBORN)!
    const near = positionAt(view, Math.round(x), Math.round(y))!
    expect(Math.abs(near.lat - PADERBORN.lat)).toBeLessThan(0.01)
    expect(Math.abs(near.lon - PADERBORN.lon)).toBeLessThan(0.01)
  })

  it('rounds to five decimals and refuses points outside the accepted range', () => {
    const view = mapView(null)
    const inside = positionAt(view, view.width / 2, view.height / 2)!
    expect(inside.lat).toBe(Math.round(inside.lat * 1e5) / 1e5)
    expect(inside.lon).toBe(Math.round(inside.lon * 1e5) / 1e5)
    expect(String(inside.lat).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(5)
    // Far beyond the frame lies the sea or another country, outside 47–55.1 / 5.5–15.5.
    expect(positionAt(view, -5000, -5000)).toBeNull()
    expect(positionAt(view, view.width * 20, view.height / 2)).toBeNull()
  })

  it('places a position off the frame nowhere', () => {
    expect(pointOf(mapView({ state: 'HB' }), { lat: 48.1, lon: 11.6 })).toBeNull()
    expect(pointOf(mapView(null), { lat: 48.1, lon: 11.6 })).not.toBeNull()
  })
})

describe('coordinates as the form holds them', () => {
  it('reads German and English decimals and writes German ones', () => {
    expect(coordinateOf('51,7189')).toBe(51.7189)
    expect(coordinateOf(' 8.7575 ')).toBe(8.7575)
    expect(coordinateOf('')).toBeNull()
    expect(coordinateOf('abc')).toBeNull()
    expect(formatCoordinate(51.7189)).toBe('51,7189')
  })
})
