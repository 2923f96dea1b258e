import { writeFrontMatter } from '@/lib/front-matter'

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
  const fields: Record<string, string | Record<string, string>> = {
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
