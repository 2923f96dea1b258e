import { stateByCode } from './states'
import type { Site } from '@/lib/validation/location'

/*
 * The address and position parts of a partner's Organization JSON-LD (schema.org PostalAddress,
 * GeoCoordinates; further sites as Places). Empty where the partner gave nothing.
 */

type Located = {
  street: string | null
  postalCode: string | null
  city: string | null
  state: string | null
  region: string | null
  lat: number | null
  lon: number | null
  sites: readonly Site[]
}

const geo = (lat: number, lon: number) => ({
  '@type': 'GeoCoordinates',
  latitude: lat,
  longitude: lon,
})

export function organizationLocation(partner: Located): Record<string, unknown> {
  const hasAddress = partner.street || partner.postalCode || partner.city
  const region = stateByCode(partner.state)?.name ?? partner.region
  return {
    ...(hasAddress
      ? {
          address: {
            '@type': 'PostalAddress',
            ...(partner.street ? { streetAddress: partner.street } : {}),
            ...(partner.postalCode ? { postalCode: partner.postalCode } : {}),
            ...(partner.city ? { addressLocality: partner.city } : {}),
            ...(region ? { addressRegion: region } : {}),
            addressCountry: 'DE',
          },
        }
      : {}),
    ...(partner.lat !== null && partner.lon !== null ? { geo: geo(partner.lat, partner.lon) } : {}),
    ...(partner.sites.length > 0
      ? {
          location: partner.sites.map((site) => ({
            '@type': 'Place',
            name: site.name,
            ...(site.city
              ? {
                  address: {
                    '@type': 'PostalAddress',
                    addressLocality: site.city,
                    addressCountry: 'DE',
                  },
                }
              : {}),
            geo: geo(site.lat, site.lon),
          })),
        }
      : {}),
  }
}
