import { decodeText, readFrontMatter, TEXT_SCHEMA } from '@/lib/front-matter'
import { isSlug, slugify } from '@/lib/slug'

/*
 * Partner profiles in the seed format: Markdown with a YAML front matter block
 * (name, slug, logo, category, citeQuote, citeAuthor, citeAuthorFunction), and optionally an
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

  return {
    ok: true,
    warnings,
    profile: {
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

/** Profile files found when walking a folder; explicitly named files are always read. */
export function isProfileFileName(fileName: string): boolean {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  return !base.startsWith('.') && /\.(md|markdown|txt)$/i.test(base)
}
