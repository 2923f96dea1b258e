import {
  boundsOf,
  contains,
  groupPoints,
  mapView,
  outlinePaths,
  padded,
  stateAt,
  widened,
  type Bounds,
  type MapPoint,
} from './map'
import { mapHref, type MapQuery } from './map-query'
import type { Locale } from '@/lib/i18n/locales'
import { partnerPath } from '@/lib/i18n/paths'
import type { Site } from '@/lib/validation/location'

/*
 * What the map page draws, worked out from the partners and the address: the frame, the
 * outlines, the markers (one partner, or a numbered group that links to its area) and the same
 * content as a list, in the markers' order.
 */

export type MapPartner = {
  /** The profile's slug in the page's language ("category/entry"). */
  slug: string
  name: string
  categoryName: string
  city: string | null
  street: string | null
  postalCode: string | null
  state: string | null
  lat: number | null
  lon: number | null
  sites: Site[]
  logo: { id: string; width: number; height: number; alt: string } | null
}

export const GROUP_RADIUS = 24
/** An area smaller than this (degrees) is not zoomed into further: its group is listed. */
const MIN_SPAN = 0.004

type Point = { partner: MapPartner; site: string | null }

export type Marker =
  | {
      kind: 'partner'
      x: number
      y: number
      href: string
      partner: MapPartner
      site: string | null
    }
  | {
      kind: 'group'
      id: string
      x: number
      y: number
      count: number
      place: string | null
      /** The area view, or the group's place in the list when it cannot be split further. */
      href: string
      partners: MapPartner[]
      zooms: boolean
    }

export type Scene = {
  width: number
  height: number
  outlines: ReturnType<typeof outlinePaths>
  markers: Marker[]
  partners: MapPartner[]
}

function pointsOf(partner: MapPartner): MapPoint<Point>[] {
  const main =
    partner.lat !== null && partner.lon !== null
      ? [{ lat: partner.lat, lon: partner.lon, item: { partner, site: null } }]
      : []
  return [
    ...main,
    ...partner.sites.map((site) => ({
      lat: site.lat,
      lon: site.lon,
      item: { partner, site: site.name },
    })),
  ]
}

function inState(partner: MapPartner, point: MapPoint<Point>, code: string): boolean {
  // A site lies where it lies; the main position counts with the state the partner gave.
  if (point.item.site === null && partner.state) return partner.state === code
  return stateAt(point.lon, point.lat) === code
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>()
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: string | null = null
  for (const [value, n] of counts) if (best === null || n > counts.get(best)!) best = value
  return best
}

export function buildScene(
  all: readonly MapPartner[],
  query: MapQuery,
  locale: Locale = 'de',
): Scene {
  let points = all.flatMap(pointsOf)
  if (query.state) points = points.filter((p) => inState(p.item.partner, p, query.state!.code))
  if (query.area) points = points.filter((p) => contains(query.area!, p.lon, p.lat))

  const target = query.area
    ? { bounds: padded(widened(query.area)) }
    : query.state
      ? { state: query.state.code }
      : points.length > 0
        ? { bounds: padded(widened(boundsOf(points), 1.2)) }
        : null
  const view = mapView(target)
  const groups = groupPoints(points, (lonLat) => view.projection(lonLat), GROUP_RADIUS)

  const markers: Marker[] = groups.map((group, index) => {
    const partners = [...new Set(group.points.map((p) => p.item.partner))]
    if (partners.length === 1 && group.points.length === 1) {
      const { partner, site } = group.points[0]!.item
      return {
        kind: 'partner',
        x: group.x,
        y: group.y,
        href: partnerPath(partner.slug, locale),
        partner,
        site,
      }
    }
    const bounds = boundsOf(group.points)
    const zooms = bounds.east - bounds.west > MIN_SPAN || bounds.north - bounds.south > MIN_SPAN
    const id = `gruppe-${index + 1}`
    return {
      kind: 'group',
      id,
      x: group.x,
      y: group.y,
      count: partners.length,
      place: mostCommon(partners.map((p) => p.city)),
      href: zooms ? `${mapHref(query, { area: bounds }, locale)}#karte` : `#${id}`,
      partners: partners.sort((a, b) => a.name.localeCompare(b.name, locale)),
      zooms,
    }
  })
  // Reading order, top to bottom and left to right: the order the keyboard visits them.
  markers.sort((a, b) => Math.round(a.y / 24) - Math.round(b.y / 24) || a.x - b.x)
  const shown = [...new Set(points.map((p) => p.item.partner))]
  return {
    width: view.width,
    height: view.height,
    outlines: outlinePaths(view),
    markers,
    partners: shown,
  }
}

export type { Bounds }
