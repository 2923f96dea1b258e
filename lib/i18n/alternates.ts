import type { Metadata } from 'next'
import type { Locale } from './locales'

export type LocalePaths = Record<Locale, string>

/** The other language of the portal. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'de' ? 'en' : 'de'
}

/**
 * Canonical address and hreflang alternates of a page that exists in both languages; German is
 * the x-default, as the portal's home language.
 */
export function localeAlternates(
  locale: Locale,
  paths: LocalePaths,
  types?: Record<string, string>,
): NonNullable<Metadata['alternates']> {
  return {
    canonical: paths[locale],
    languages: { de: paths.de, en: paths.en, 'x-default': paths.de },
    ...(types ? { types } : {}),
  }
}
