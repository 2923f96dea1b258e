import { z } from 'zod'
import { optionalText } from './fields'
import { STATE_CODES, stateFromText } from '@/lib/geo/states'

/*
 * Where a partner is: address, federal state, a position and further sites. Used by the
 * editors' form, the partner's own proposal, and the profile import, so a value means the same
 * wherever it comes from. Positions must lie in and around Germany: a swapped pair or a typo
 * would put a marker in the sea.
 */

export const LAT_RANGE = { min: 47, max: 55.1 } as const
export const LON_RANGE = { min: 5.5, max: 15.5 } as const
export const MAX_SITES = 20

const germanNumber = (value: number) => String(value).replace('.', ',')

/** A coordinate typed as "51.7189" or "51,7189" (or a number from a file); empty is null. */
const coordinate = (label: string, range: { min: number; max: number }) =>
  z
    .union([z.number(), z.string()])
    .nullish()
    .transform((value, ctx) => {
      if (value === null || value === undefined) return null
      const text = String(value).trim().replace(',', '.')
      if (text === '') return null
      const number = /^-?\d{1,3}(\.\d+)?$/.test(text) ? Number(text) : Number.NaN
      if (!Number.isFinite(number) || number < range.min || number > range.max) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} muss eine Zahl zwischen ${germanNumber(range.min)} und ${germanNumber(range.max)} sein (Deutschland und Umgebung).`,
        })
        return z.NEVER
      }
      // Five decimals are about a metre: more is noise.
      return Math.round(number * 1e5) / 1e5
    })

export const latitude = coordinate('Der Breitengrad', LAT_RANGE)
export const longitude = coordinate('Der Längengrad', LON_RANGE)

export const postalCode = z
  .string()
  .trim()
  .regex(/^(\d{5})?$/, { error: 'Die Postleitzahl hat fünf Ziffern.' })
  .nullish()
  .transform((value) => (value ? value : null))

/** A state's code; names ("Nordrhein-Westfalen") are accepted and become the code. */
export const federalState = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    if (!value?.trim()) return null
    const state = stateFromText(value)
    if (!state) {
      ctx.addIssue({ code: 'custom', message: 'Bitte ein Bundesland aus der Liste wählen.' })
      return z.NEVER
    }
    return state.code
  })
  .pipe(z.enum(STATE_CODES).nullable())

export const siteSchema = z
  .object({
    name: z
      .string({ error: 'Ein Standort braucht eine Bezeichnung.' })
      .trim()
      .min(1, { error: 'Ein Standort braucht eine Bezeichnung.' })
      .max(200, { error: 'Die Bezeichnung eines Standorts darf höchstens 200 Zeichen lang sein.' }),
    city: optionalText(100, 'Der Ort eines Standorts'),
    lat: latitude.refine((v) => v !== null, { error: 'Ein Standort braucht einen Breitengrad.' }),
    lon: longitude.refine((v) => v !== null, { error: 'Ein Standort braucht einen Längengrad.' }),
  })
  .strict()

export type Site = { name: string; city: string | null; lat: number; lon: number }

export const siteList = z
  .array(siteSchema, { error: 'Die Standorte müssen eine Liste sein.' })
  .max(MAX_SITES, { error: `Höchstens ${MAX_SITES} weitere Standorte.` })
  .transform((sites) => sites as Site[])

/** One site per line as the form shows them: "Bezeichnung; Ort; Breite; Länge". */
export function sitesToText(sites: readonly Site[]): string {
  return sites
    .map((s) => [s.name, s.city ?? '', germanNumber(s.lat), germanNumber(s.lon)].join('; '))
    .join('\n')
}

/** The form's text field: each non-empty line a site; errors name the line. */
export const sitesText = z
  .string()
  .max(10_000, { error: 'Die Standortliste ist zu lang.' })
  .nullish()
  .transform((value, ctx): Site[] => {
    const lines = (value ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
    if (lines.length > MAX_SITES) {
      ctx.addIssue({ code: 'custom', message: `Höchstens ${MAX_SITES} weitere Standorte.` })
      return z.NEVER
    }
    const sites: Site[] = []
    for (const [index, line] of lines.entries()) {
      const [name, city, lat, lon, ...rest] = line.split(';').map((part) => part.trim())
      const parsed = siteSchema.safeParse({ name, city, lat, lon })
      if (rest.length > 0 || !parsed.success) {
        const reason = parsed.success
          ? 'zu viele Angaben'
          : (parsed.error.issues[0]?.message ?? 'ungültig')
        ctx.addIssue({
          code: 'custom',
          message: `Zeile ${index + 1}: ${reason} (Form: Bezeichnung; Ort; Breite; Länge).`,
        })
        return z.NEVER
      }
      sites.push(parsed.data as Site)
    }
    return sites
  })

/** The location fields of a profile form (spread into the partner and profile schemas). */
export const locationFields = {
  street: optionalText(200, 'Die Straße'),
  postalCode,
  state: federalState,
  lat: latitude,
  lon: longitude,
  sites: sitesText,
}

export const positionPaired = <T extends { lat: number | null; lon: number | null }>(value: T) =>
  (value.lat === null) === (value.lon === null)
export const positionMessage = {
  path: ['lon'],
  error: 'Bitte Breiten- und Längengrad zusammen angeben (oder beide leer lassen).',
}

/** Parses the JSON column; anything unreadable counts as no further sites. */
export function parseStoredSites(json: string | null | undefined): Site[] {
  if (!json) return []
  try {
    const parsed = siteList.safeParse(JSON.parse(json))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

export function storedSites(sites: readonly Site[]): string | null {
  return sites.length > 0 ? JSON.stringify(sites) : null
}

type StoredLocation = {
  street: string | null
  postalCode: string | null
  city: string | null
  state: string | null
  lat: number | null
  lon: number | null
}

/** The location fields as the forms show them (text, German decimal commas). */
export function locationFormValues(location: StoredLocation, sites: readonly Site[]) {
  return {
    street: location.street ?? '',
    postalCode: location.postalCode ?? '',
    city: location.city ?? '',
    state: location.state ?? '',
    lat: location.lat === null ? '' : germanNumber(location.lat),
    lon: location.lon === null ? '' : germanNumber(location.lon),
    sites: sitesToText(sites),
  }
}
