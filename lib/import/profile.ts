import { decodeText, readFrontMatter, TEXT_SCHEMA } from '@/lib/front-matter'
import { isReservedSlug } from '@/lib/reserved-slugs'
import { isSlug, slugify } from '@/lib/slug'
import {
  federalState,
  latitude,
  longitude,
  postalCode,
  siteList,
  storedSites,
  type Site,
} from '@/lib/validation/location'
import type { z } from 'zod'

/*
 * Partner profiles in the seed format: Markdown with a YAML front matter block
 * (name, slug, logo, category, citeQuote, citeAuthor, citeAuthorFunction; optionally website,
 * city, region and the location: address, postalCode, state, lat, lon, sites), and optionally an
 * `en:` block with the English version (body, citeQuote, citeAuthorFunction). Pure functions, so the
 * command line and the admin upload share one reading of a file.
 */

export type ProfileQuote = {
  text: string
  author: string | null
  authorFunction: string | null
}

/** The optional `en:` block: the profile's English version. */
export type ProfileEnglish = {
  body: string
  quoteText: string | null
  quoteAuthorFunction: string | null
}

export type ParsedProfile = {
  name: string
  /** `<category-slug>/<entry-slug>` */
  slug: string
  categoryName: string
  categorySlug: string
  /** Path of the logo relative to the profile file, or null for none. */
  logo: string | null
  quote: ProfileQuote | null
  body: string
  website: string | null
  city: string | null
  region: string | null
  /** Null when the file has no `en:` block (an existing English version is then kept). */
  english: ProfileEnglish | null
  street: string | null
  postalCode: string | null
  state: string | null
  lat: number | null
  lon: number | null
  /** The further sites as stored (JSON), or null when the file names none. */
  sites: string | null
}

export type ParseResult =
  { ok: true; profile: ParsedProfile; warnings: string[] } | { ok: false; reason: string }

const MAX_PROFILE_BYTES = 2 * 1024 * 1024

function optionalText(value: unknown): string | null {
  if (typeof value === 'string') {
    const trimmed = value.trim()
    return trimmed === '' ? null : trimmed
  }
  // A list or a mapping where text belongs counts as missing.
  return null
}

const PARTNER_SLUG = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/

/**
 * Normalises a profile slug to `<category>/<entry>`. A slug without a category part gets the
 * category's slug in front; odd characters are folded the same way new slugs are made.
 */
export function normalisePartnerSlug(
  raw: string,
  categorySlug: string,
): { slug: string; changed: boolean } | null {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '')
  if (PARTNER_SLUG.test(trimmed)) return { slug: trimmed, changed: false }
  const parts = trimmed.split('/').filter((part) => part !== '')
  let category: string
  let entry: string
  if (parts.length === 1) {
    category = categorySlug
    entry = slugify(parts[0] ?? '')
  } else if (parts.length === 2) {
    category = slugify(parts[0] ?? '')
    entry = slugify(parts[1] ?? '')
  } else {
    return null
  }
  if (!isSlug(category) || !isSlug(entry)) return null
  return { slug: `${category}/${entry}`, changed: true }
}

export function parseProfile(bytes: Uint8Array): ParseResult {
  if (bytes.byteLength > MAX_PROFILE_BYTES) {
    return { ok: false, reason: 'Datei ist größer als 2 MB' }
  }
  const text = decodeText(bytes)
  if (text === null) return { ok: false, reason: 'Datei ist kein gültiger UTF-8-Text' }
  if (text.trim() === '') return { ok: false, reason: 'Datei ist leer' }

  const header = readFrontMatter(text, TEXT_SCHEMA)
  if (!header.ok) return { ok: false, reason: header.reason }
  const fields = header.data

  const name = optionalText(fields.name)
  if (!name) return { ok: false, reason: 'Pflichtfeld „name“ fehlt oder ist leer' }
  const categoryName = optionalText(fields.category)
  if (!categoryName) return { ok: false, reason: 'Pflichtfeld „category“ fehlt oder ist leer' }
  const categorySlug = slugify(categoryName)
  if (!categorySlug) {
    return { ok: false, reason: `Kategorie „${categoryName}“ ergibt keinen gültigen Slug` }
  }
  if (isReservedSlug('category', 'de', categorySlug)) {
    return {
      ok: false,
      reason: `Kategorie „${categoryName}“ ergibt den Slug „${categorySlug}“, den das Portal selbst verwendet`,
    }
  }
  const rawSlug = optionalText(fields.slug)
  if (!rawSlug) return { ok: false, reason: 'Pflichtfeld „slug“ fehlt oder ist leer' }
  const slug = normalisePartnerSlug(rawSlug, categorySlug)
  if (!slug) {
    return { ok: false, reason: `Ungültiger slug „${rawSlug}“ (erwartet: kategorie/eintrag)` }
  }
  if (name.length > 300) return { ok: false, reason: 'Feld „name“ ist länger als 300 Zeichen' }

  const warnings: string[] = []
  if (slug.changed) warnings.push(`slug „${rawSlug}“ wurde zu „${slug.slug}“ normalisiert`)

  const logo = optionalText(fields.logo)
  if (!logo) warnings.push('kein Logo angegeben')

  const quoteText = optionalText(fields.citeQuote)
  const quoteAuthor = optionalText(fields.citeAuthor)
  const quoteAuthorFunction = optionalText(fields.citeAuthorFunction)
  if (!quoteText && (quoteAuthor || quoteAuthorFunction)) {
    warnings.push('Zitatautor ohne Zitat wird ignoriert')
  }

  let english: ProfileEnglish | null = null
  if (fields.en !== undefined && fields.en !== null) {
    if (typeof fields.en !== 'object' || Array.isArray(fields.en)) {
      warnings.push('Feld „en“ ist keine Liste von Feldern und wird ignoriert')
    } else {
      const en = fields.en as Record<string, unknown>
      // Line ends as the form keeps them, like the German body.
      const body = typeof en.body === 'string' ? en.body.replace(/\r\n?/g, '\n').trim() : ''
      english = {
        body,
        quoteText: optionalText(en.citeQuote),
        quoteAuthorFunction: optionalText(en.citeQuote)
          ? optionalText(en.citeAuthorFunction)
          : null,
      }
    }
  }
  const location = readLocation(fields)
  if (!location.ok) return location

  return {
    ok: true,
    warnings,
    profile: {
      ...location.value,
      name,
      slug: slug.slug,
      categoryName,
      categorySlug,
      logo,
      quote: quoteText
        ? { text: quoteText, author: quoteAuthor, authorFunction: quoteAuthorFunction }
        : null,
      // As the editor's form keeps it: two spaces at a line's end are a Markdown line break.
      body: header.body.trim(),
      website: optionalText(fields.website),
      city: optionalText(fields.city),
      region: optionalText(fields.region),
      english,
    },
  }
}

function field<T>(schema: z.ZodType<T>, value: unknown, key: string): { value: T } | string {
  const parsed = schema.safeParse(typeof value === 'string' ? value : undefined)
  if (parsed.success) return { value: parsed.data }
  return `Feld „${key}“: ${parsed.error.issues[0]?.message ?? 'ungültig'}`
}

/** The optional location fields; a wrong value rejects the file, naming the field. */
function readLocation(fields: Record<string, unknown>):
  | {
      ok: true
      value: Pick<ParsedProfile, 'street' | 'postalCode' | 'state' | 'lat' | 'lon' | 'sites'>
    }
  | { ok: false; reason: string } {
  const code = field(postalCode, fields.postalCode, 'postalCode')
  const state = field(federalState, fields.state, 'state')
  const lat = field(latitude, fields.lat, 'lat')
  const lon = field(longitude, fields.lon, 'lon')
  for (const result of [code, state, lat, lon])
    if (typeof result === 'string') return { ok: false, reason: result }
  const values = [code, state, lat, lon] as [
    { value: string | null },
    { value: string | null },
    { value: number | null },
    { value: number | null },
  ]
  if ((values[2].value === null) !== (values[3].value === null))
    return { ok: false, reason: 'Felder „lat“ und „lon“ nur zusammen angeben' }
  let sites: Site[] = []
  if (fields.sites !== undefined && fields.sites !== null) {
    const parsed = siteList.safeParse(fields.sites)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : ''
      return { ok: false, reason: `Feld „sites“${where}: ${issue?.message ?? 'ungültig'}` }
    }
    sites = parsed.data
  }
  return {
    ok: true,
    value: {
      street: optionalText(fields.address),
      postalCode: values[0].value,
      state: values[1].value,
      lat: values[2].value,
      lon: values[3].value,
      sites: storedSites(sites),
    },
  }
}

/** Profile files found when walking a folder; explicitly named files are always read. */
export function isProfileFileName(fileName: string): boolean {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  return !base.startsWith('.') && /\.(md|markdown|txt)$/i.test(base)
}
