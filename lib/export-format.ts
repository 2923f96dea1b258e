import { writeFrontMatter } from '@/lib/front-matter'
import { stateByCode } from '@/lib/geo/states'
import type { Site } from '@/lib/validation/location'

/*
 * Partner profiles out of the portal: the seed profile format (Markdown with YAML front matter,
 * importable again unchanged), CSV for spreadsheets, JSON for machines.
 */

export type ExportPartner = {
  name: string
  slug: string
  category: string
  website: string | null
  city: string | null
  region: string | null
  street: string | null
  postalCode: string | null
  state: string | null
  lat: number | null
  lon: number | null
  sites: Site[]
  quoteText: string | null
  quoteAuthor: string | null
  quoteAuthorFunction: string | null
  body: string
  status: string
  updatedAt: Date
  logoFile: string | null
  /** The English version, when the profile has one (whatever its status). */
  english?: { body: string; quoteText: string | null; quoteAuthorFunction: string | null } | null
}

/** The profile in the import format; the importer reads it back to the same fields. */
export function profileMarkdown(partner: ExportPartner): string {
  const fields: Record<string, string | Record<string, string> | Record<string, string>[]> = {
    name: partner.name,
    slug: partner.slug,
    logo: partner.logoFile ? `logos/${partner.logoFile}` : '',
    category: partner.category,
    citeAuthor: partner.quoteText ? (partner.quoteAuthor ?? '') : '',
    citeAuthorFunction: partner.quoteText ? (partner.quoteAuthorFunction ?? '') : '',
    citeQuote: partner.quoteText ?? '',
  }
  if (partner.website) fields.website = partner.website
  if (partner.city) fields.city = partner.city
  if (partner.region) fields.region = partner.region
  if (partner.english)
    fields.en = {
      body: partner.english.body,
      citeQuote: partner.english.quoteText ?? '',
      citeAuthorFunction: partner.english.quoteText
        ? (partner.english.quoteAuthorFunction ?? '')
        : '',
    }
  if (partner.street) fields.address = partner.street
  if (partner.postalCode) fields.postalCode = partner.postalCode
  if (partner.state) fields.state = partner.state
  if (partner.lat !== null && partner.lon !== null) {
    fields.lat = String(partner.lat)
    fields.lon = String(partner.lon)
  }
  if (partner.sites.length > 0)
    fields.sites = partner.sites.map((site) => ({
      name: site.name,
      ...(site.city ? { city: site.city } : {}),
      lat: String(site.lat),
      lon: String(site.lon),
    }))
  return `${writeFrontMatter(fields)}\n${partner.body}\n`
}

const FORMULA = /^[=+\-@\t\r]/

/** One CSV cell: quoted, quotes doubled, and spreadsheet formulas defused with a leading '. */
export function csvCell(value: string | null | undefined): string {
  const text = value ?? ''
  const safe = FORMULA.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}

export function partnersCsv(partners: ExportPartner[], siteUrl: string): string {
  const header = [
    'Name',
    'Slug',
    'Kategorie',
    'Website',
    'Ort',
    'Region',
    'Straße',
    'PLZ',
    'Bundesland',
    'Breite',
    'Länge',
    'Zitat',
    'Zitat: Person',
    'Zitat: Funktion',
    'Status',
    'Geändert',
    'Adresse',
  ]
  const rows = partners.map((p) =>
    [
      p.name,
      p.slug,
      p.category,
      p.website,
      p.city,
      p.region,
      p.street,
      p.postalCode,
      stateByCode(p.state)?.name ?? p.state,
      p.lat === null ? null : String(p.lat),
      p.lon === null ? null : String(p.lon),
      p.quoteText,
      p.quoteAuthor,
      p.quoteAuthorFunction,
      p.status,
      p.updatedAt.toISOString(),
      `${siteUrl}/partner/${p.slug}`,
    ]
      .map(csvCell)
      .join(','),
  )
  // A byte order mark, so spreadsheet programs read the umlauts as UTF-8.
  return `\uFEFF${[header.map(csvCell).join(','), ...rows].join('\r\n')}\r\n`
}
