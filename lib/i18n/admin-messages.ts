import type { Locale } from './locales'
import deAccount from '../../messages/admin/de/account.json'
import deEvents from '../../messages/admin/de/events.json'
import deNews from '../../messages/admin/de/news.json'
import deReview from '../../messages/admin/de/review.json'
import deShell from '../../messages/admin/de/shell.json'
import enAccount from '../../messages/admin/en/account.json'
import enEvents from '../../messages/admin/en/events.json'
import enNews from '../../messages/admin/en/news.json'
import enReview from '../../messages/admin/en/review.json'
import enShell from '../../messages/admin/en/shell.json'

/*
 * The backend's texts, one file per area under messages/admin/<locale>/ and one namespace per
 * file (`admin.<area>`). German is the backend's language; English is what a user may choose in
 * "Mein Konto". Both trees must have the same keys (lib/i18n/messages.test.ts).
 */
export const ADMIN_MESSAGES: Record<Locale, Record<string, unknown>> = {
  de: {
    account: deAccount,
    events: deEvents,
    news: deNews,
    review: deReview,
    shell: deShell,
  },
  en: {
    account: enAccount,
    events: enEvents,
    news: enNews,
    review: enReview,
    shell: enShell,
  },
}
