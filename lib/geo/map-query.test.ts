import { describe, expect, it } from 'vitest'
import { mapHref, parseMapQuery } from './map-query'

/* The map's address in both languages: German and English parameter names, the same values. */

describe('map addresses', () => {
  it('reads the English parameter names, and the German land= on English pages', () => {
    const query = parseMapQuery(
      { q: 'x', category: 'companies', state: 'bayern', area: '8,51,9,52' },
      'en',
    )
    expect(query).toMatchObject({ q: 'x', category: 'companies', state: { code: 'BY' } })
    expect(query.area).toEqual({ west: 8, south: 51, east: 9, north: 52 })
    expect(parseMapQuery({ land: 'hessen' }, 'en').state?.code).toBe('HE')
    expect(parseMapQuery({ state: 'hessen' }, 'de').state).toBeNull()
  })

  it('writes map and list addresses in the language asked for, keeping the filters', () => {
    const query = parseMapQuery({ q: 'x', kategorie: 'it', land: 'sachsen' })
    expect(mapHref(query)).toBe('/partner/karte?q=x&kategorie=it&land=sachsen')
    expect(mapHref(query, { list: true })).toBe('/partner?q=x&kategorie=it&land=sachsen')
    expect(mapHref(query, {}, 'en')).toBe('/en/partners/map?q=x&category=it&state=sachsen')
    expect(mapHref(query, { list: true }, 'en')).toBe('/en/partners?q=x&category=it&state=sachsen')
    expect(mapHref(query, { state: null }, 'en')).toBe('/en/partners/map?q=x&category=it')
  })
})
