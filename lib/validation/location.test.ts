import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseProfile } from '@/lib/import/profile'
import { partnerEditSchema, profileFormSchema } from './partner'
import { locationFormValues, sitesText, sitesToText } from './location'

const base = {
  name: 'Ort GmbH',
  slug: 'x/ort',
  categoryId: '1',
  website: '',
  city: 'Paderborn',
  region: '',
  quoteText: '',
  quoteAuthor: '',
  quoteAuthorFunction: '',
  body: '',
}

describe('location fields', () => {
  it('accepts decimal commas and state names, and stores the state code', () => {
    const result = partnerEditSchema.parse({
      ...base,
      street: 'Zukunftsmeile 1',
      postalCode: '33102',
      state: 'Nordrhein-Westfalen',
      lat: '51,73084',
      lon: '8.73609',
      sites: 'Campus Lemgo; Lemgo; 52,028; 8,901\n\n',
    })
    expect(result).toMatchObject({ state: 'NW', lat: 51.73084, lon: 8.73609 })
    expect(result.sites).toEqual([{ name: 'Campus Lemgo', city: 'Lemgo', lat: 52.028, lon: 8.901 }])
  })

  it('refuses positions outside Germany, swapped pairs and a coordinate alone, in German', () => {
    const errors = (values: Record<string, string>) => {
      const result = profileFormSchema.safeParse({ ...base, ...values })
      return result.success ? {} : z.flattenError(result.error).fieldErrors
    }
    expect(errors({ lat: '8.7', lon: '51.7' }).lat?.[0]).toMatch(
      /Breitengrad.*zwischen 47 und 55,1/,
    )
    expect(errors({ lat: '51.7', lon: '' }).lon?.[0]).toMatch(/zusammen/)
    expect(errors({ lat: 'abc', lon: '8' }).lat?.[0]).toMatch(/Breitengrad/)
    expect(errors({ postalCode: '3310' }).postalCode?.[0]).toMatch(/fünf Ziffern/)
    expect(errors({ state: 'Bavaria' }).state?.[0]).toMatch(/Bundesland/)
    expect(errors({ sites: 'Lager; Bünde; 52,2' }).sites?.[0]).toMatch(/^Zeile 1: .*Längengrad/)
  })

  it('shows stored values in the form the way it reads them back', () => {
    const sites = [{ name: 'Werk', city: null, lat: 52.2, lon: 8.58 }]
    const values = locationFormValues(
      { street: null, postalCode: '33602', city: 'Bielefeld', state: 'NW', lat: 52.03, lon: 8.53 },
      sites,
    )
    expect(values).toMatchObject({ lat: '52,03', lon: '8,53', sites: 'Werk; ; 52,2; 8,58' })
    expect(sitesText.parse(sitesToText(sites))).toEqual(sites)
  })

  it('gives every demo partner but one a position in the region', () => {
    const dir = 'db/seed/partners'
    const profiles = fs
      .readdirSync(dir)
      .map((file) => parseProfile(fs.readFileSync(path.join(dir, file))))
      .map((result) => (result.ok ? result.profile : null))
    expect(profiles.every(Boolean)).toBe(true)
    const placed = profiles.filter((p) => p!.lat !== null)
    expect(placed.length).toBe(profiles.length - 1)
    for (const p of placed) {
      expect(p!.lat).toBeGreaterThan(51.4)
      expect(p!.lat).toBeLessThan(52.5)
      expect(p!.lon).toBeGreaterThan(8.2)
      expect(p!.lon).toBeLessThan(9.5)
    }
  })
})
