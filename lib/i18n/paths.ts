import type { Locale } from './locales'

/*
 * The public addresses in each language. German keeps its addresses without a prefix; English
 * lives under /en with English paths and English query parameter names.
 */

const SECTIONS = {
  home: { de: '/', en: '/en' },
  partners: { de: '/partner', en: '/en/partners' },
  map: { de: '/partner/karte', en: '/en/partners/map' },
  news: { de: '/aktuelles', en: '/en/news' },
  events: { de: '/veranstaltungen', en: '/en/events' },
  archive: { de: '/veranstaltungen/archiv', en: '/en/events/archive' },
  search: { de: '/suche', en: '/en/search' },
  feed: { de: '/feed.xml', en: '/en/feed.xml' },
  calendar: { de: '/veranstaltungen/kalender.ics', en: '/en/events/calendar.ics' },
  newsletter: { de: '/newsletter', en: '/en/newsletter' },
} as const

export type Section = keyof typeof SECTIONS

export function sectionPath(section: Section, locale: Locale): string {
  return SECTIONS[section][locale]
}

/** `slug` is "category/entry" for partners. */
export function partnerPath(slug: string, locale: Locale): string {
  return `${SECTIONS.partners[locale]}/${slug}`
}
export function newsPath(slug: string, locale: Locale): string {
  return `${SECTIONS.news[locale]}/${slug}`
}
export function eventPath(slug: string, locale: Locale): string {
  return `${SECTIONS.events[locale]}/${slug}`
}
export function eventCalendarPath(slug: string, locale: Locale): string {
  return `${eventPath(slug, locale)}/${locale === 'en' ? 'calendar.ics' : 'kalender.ics'}`
}
/** Editorial pages such as /impressum (English: /en/<slug>). */
export function infoPagePath(slug: string, locale: Locale): string {
  return locale === 'en' ? `/en/${slug}` : `/${slug}`
}

/** The newsletter's pages below /newsletter (English: /en/newsletter). */
const NEWSLETTER_PAGES = {
  subscribe: { de: '', en: '' },
  confirm: { de: '/bestaetigen', en: '/confirm' },
  confirmed: { de: '/bestaetigt', en: '/confirmed' },
  invalidLink: { de: '/link-ungueltig', en: '/invalid-link' },
  unsubscribe: { de: '/abbestellen', en: '/unsubscribe' },
  oneClick: { de: '/abbestellen/ein-klick', en: '/unsubscribe/one-click' },
  unsubscribed: { de: '/abgemeldet', en: '/unsubscribed' },
  settings: { de: '/einstellungen', en: '/settings' },
} as const

export type NewsletterPage = keyof typeof NEWSLETTER_PAGES

export function newsletterPath(page: NewsletterPage, locale: Locale): string {
  return `${SECTIONS.newsletter[locale]}${NEWSLETTER_PAGES[page][locale]}`
}

/** The query parameter names of the list pages. */
export const QUERY_NAMES = {
  de: {
    page: 'seite',
    category: 'kategorie',
    letter: 'buchstabe',
    year: 'jahr',
    tag: 'tag',
    q: 'q',
    state: 'land',
    area: 'gebiet',
  },
  en: {
    page: 'page',
    category: 'category',
    letter: 'letter',
    year: 'year',
    tag: 'tag',
    q: 'q',
    state: 'state',
    area: 'area',
  },
} as const satisfies Record<Locale, Record<string, string>>

/** The item's slug in `locale`: an English one when there is one, else the German one. */
export function slugIn(slugs: { de: string; en: string | null }, locale: Locale): string {
  return locale === 'en' ? (slugs.en ?? slugs.de) : slugs.de
}

const GERMAN_PREFIXES: [RegExp, string][] = [
  [/^\/partner\/karte(?=$|\?|#)/, '/en/partners/map'],
  [/^\/partner(?=\/|$|\?)/, '/en/partners'],
  [/^\/aktuelles(?=\/|$|\?)/, '/en/news'],
  [/^\/veranstaltungen(?=\/|$|\?)/, '/en/events'],
]

/** A German address of an item (as search hits carry) as the English interface's address. */
export function localizeHref(href: string, locale: Locale): string {
  if (locale === 'de' || href.startsWith('/en/') || href === '/en') return href
  for (const [pattern, english] of GERMAN_PREFIXES) {
    if (pattern.test(href)) return href.replace(pattern, english)
  }
  return href
}
