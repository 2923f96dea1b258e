import type { Locale } from './i18n/locales'

/*
 * Slugs that the portal's own routes take beside an item's address: a page called "newsletter"
 * or a category with the slug "karte" could never be reached. lib/reserved-slugs.test.ts reads
 * app/ and fails when a route beside one of these addresses is missing here.
 */

export type SlugKind = 'page' | 'category' | 'event' | 'news'

export const RESERVED_SLUGS: Readonly<
  Record<SlugKind, Readonly<Record<Locale, readonly string[]>>>
> = {
  // Pages live at /<slug> and /en/<slug>.
  page: {
    de: [
      'admin',
      'aktuelles',
      'api',
      'bilder',
      'en',
      'login',
      'newsletter',
      'partner',
      'passwort-setzen',
      'passwort-vergessen',
      'suche',
      'veranstaltungen',
      'vorschau',
    ],
    en: ['events', 'news', 'newsletter', 'partners', 'search'],
  },
  // Categories at /partner/<slug> and /en/partners/<slug>.
  category: { de: ['karte'], en: ['map'] },
  // Events at /veranstaltungen/<slug> and /en/events/<slug>.
  event: { de: ['archiv'], en: ['archive'] },
  news: { de: [], en: [] },
}

export function isReservedSlug(kind: SlugKind, locale: Locale, slug: string): boolean {
  return RESERVED_SLUGS[kind][locale].includes(slug)
}

export const RESERVED_SLUG_MESSAGE =
  'Diese Adresse verwendet das Portal selbst. Bitte einen anderen Slug wählen.'
