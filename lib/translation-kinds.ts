import type { TranslatableType } from '@/lib/validation/translation'

/*
 * Which texts each kind of content has in its English version, and where its backend tabs are.
 * Names, dates, places, addresses and contacts stay as they are: they are the same in English.
 */

export type TranslationField =
  | 'title'
  | 'slug'
  | 'lead'
  | 'body'
  | 'quoteText'
  | 'quoteAuthorFunction'
  | 'imageAlt'
  | 'linkLabels'

export type TranslationKind = {
  fields: readonly TranslationField[]
  /** German name of one item, for messages. */
  noun: string
  /** The German form in the backend. */
  adminPath: (id: number) => string
  /** The English address prefix shown beside the slug field. */
  englishPrefix: string
}

export const TRANSLATION_KINDS: Record<TranslatableType, TranslationKind> = {
  news: {
    fields: ['title', 'slug', 'lead', 'body', 'imageAlt', 'linkLabels'],
    noun: 'Meldung',
    adminPath: (id) => `/admin/news/${id}`,
    englishPrefix: '/en/news/',
  },
  event: {
    fields: ['title', 'slug', 'lead', 'body'],
    noun: 'Veranstaltung',
    adminPath: (id) => `/admin/events/${id}`,
    englishPrefix: '/en/events/',
  },
  partner: {
    fields: ['body', 'quoteText', 'quoteAuthorFunction', 'imageAlt'],
    noun: 'Partnerprofil',
    adminPath: (id) => `/admin/partners/${id}`,
    englishPrefix: '/en/partners/',
  },
  category: {
    fields: ['title', 'slug'],
    noun: 'Kategorie',
    adminPath: () => '/admin/categories',
    englishPrefix: '/en/partners/',
  },
  page: {
    fields: ['title', 'slug', 'body'],
    noun: 'Seite',
    adminPath: (id) => `/admin/pages/${id}`,
    englishPrefix: '/en/',
  },
}

/** The English tab of an item in the backend. */
export function englishAdminPath(type: TranslatableType, id: number): string {
  const base = {
    news: 'news',
    event: 'events',
    partner: 'partners',
    category: 'categories',
    page: 'pages',
  }[type]
  return `/admin/${base}/${id}/englisch`
}

export function hasField(type: TranslatableType, field: TranslationField): boolean {
  return TRANSLATION_KINDS[type].fields.includes(field)
}

/** The stored JSON list of English link labels; anything unreadable counts as none. */
export function parseLinkLabels(value: string): string[] {
  try {
    const parsed: unknown = JSON.parse(value)
    return Array.isArray(parsed) ? parsed.map((label) => String(label)) : []
  } catch {
    return []
  }
}
