import {
  parseSearchText,
  parseSlugParam,
  parseStateParam,
  queryString,
} from '@/lib/validation/public-query'
import { QUERY_NAMES, sectionPath } from '@/lib/i18n/paths'
import type { Locale } from '@/lib/i18n/locales'
import { stateByCode, type State } from './states'
import type { Bounds } from './map'
import { LAT_RANGE, LON_RANGE } from '@/lib/validation/location'

/*
 * The map's address: the directory's filters (q, kategorie), the state (`land`) and an area
 * (`gebiet=west,south,east,north`) that a group marker zooms to; in English `category`, `state`
 * and `area`. Junk is dropped, never an error.
 */

type Params = Record<string, string | string[] | undefined>

export type MapQuery = {
  q: string
  category: string | null
  state: State | null
  area: Bounds | null
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export function parseArea(value: string | string[] | undefined): Bounds | null {
  const parts = first(value)
    ?.split(',')
    .map((part) => Number(part.trim()))
  if (!parts || parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null
  const [west, south, east, north] = parts as [number, number, number, number]
  const inLon = (n: number) => n >= LON_RANGE.min - 1 && n <= LON_RANGE.max + 1
  const inLat = (n: number) => n >= LAT_RANGE.min - 1 && n <= LAT_RANGE.max + 1
  if (!inLon(west) || !inLon(east) || !inLat(south) || !inLat(north)) return null
  if (west > east || south > north) return null
  return { west, south, east, north }
}

export function formatArea(b: Bounds): string {
  const down = (n: number) => (Math.floor(n * 1000) / 1000).toFixed(3)
  const up = (n: number) => (Math.ceil(n * 1000) / 1000).toFixed(3)
  return [down(b.west), down(b.south), up(b.east), up(b.north)].join(',')
}

export function parseMapQuery(params: Params, locale: Locale = 'de'): MapQuery {
  const names = QUERY_NAMES[locale]
  return {
    q: parseSearchText(params[names.q]),
    category: parseSlugParam(params[names.category]),
    state: stateByCode(parseStateParam(params, names)),
    area: parseArea(params[names.area]),
  }
}

/** An address on the map (or, with `list`, the directory) keeping the current filters. */
export function mapHref(
  query: MapQuery,
  overrides: Partial<{ area: Bounds | null; state: State | null; list: boolean }> = {},
  locale: Locale = 'de',
): string {
  const state = 'state' in overrides ? overrides.state : query.state
  const area = 'area' in overrides ? overrides.area : query.area
  const names = QUERY_NAMES[locale]
  const values = {
    [names.q]: query.q,
    [names.category]: query.category,
    [names.state]: state?.slug ?? null,
    ...(overrides.list ? {} : { [names.area]: area ? formatArea(area) : null }),
  }
  return `${sectionPath(overrides.list ? 'partners' : 'map', locale)}${queryString(values)}`
}
