import { getRequestConfig } from 'next-intl/server'
import { ADMIN_MESSAGES } from './admin-messages'
import { isLocale } from './locales'

/*
 * next-intl's request configuration. The locale always comes from the caller
 * (`getTranslations({ locale, namespace })`): the route knows its language, and a locale passed
 * as an argument is part of what a cached render depends on. `requestLocale` is never read, so
 * no header is consulted; a call without a locale is a programming error and fails loudly.
 */
export default getRequestConfig(async ({ locale }) => {
  if (!isLocale(locale)) {
    throw new Error('getTranslations/getFormatter need an explicit locale (de or en)')
  }
  const messages = (
    locale === 'en'
      ? await import('../../messages/en.json')
      : await import('../../messages/de.json')
  ).default
  // The backend's texts are a namespace of their own (`admin.*`), in the same mechanism.
  return {
    locale,
    messages: { ...messages, admin: ADMIN_MESSAGES[locale] },
    timeZone: 'Europe/Berlin',
  }
})
