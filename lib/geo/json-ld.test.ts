import { describe, expect, it } from 'vitest'
import { organizationLocation } from './json-ld'

describe('organizationLocation', () => {
  it('gives the address, the position and further sites in schema.org terms', () => {
    expect(
      organizationLocation({
        street: 'Zukunftsmeile 1',
        postalCode: '33102',
        city: 'Paderborn',
        state: 'NW',
        region: 'OWL',
        lat: 51.73084,
        lon: 8.73609,
        sites: [{ name: 'Labor', city: 'Lemgo', lat: 52.028, lon: 8.901 }],
      }),
    ).toEqual({
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Zukunftsmeile 1',
        postalCode: '33102',
        addressLocality: 'Paderborn',
        addressRegion: 'Nordrhein-Westfalen',
        addressCountry: 'DE',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 51.73084, longitude: 8.73609 },
      location: [
        {
          '@type': 'Place',
          name: 'Labor',
          address: { '@type': 'PostalAddress', addressLocality: 'Lemgo', addressCountry: 'DE' },
          geo: { '@type': 'GeoCoordinates', latitude: 52.028, longitude: 8.901 },
        },
      ],
    })
  })
  it('leaves both out for a partner without location', () => {
    expect(
      organizationLocation({
        street: null,
        postalCode: null,
        city: null,
        state: null,
        region: null,
        lat: null,
        lon: null,
        sites: [],
      }),
    ).toEqual({})
  })
})
