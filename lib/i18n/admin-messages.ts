import type { Locale } from './locales'
import deAccount from '../../messages/admin/de/account.json'
import deShell from '../../messages/admin/de/shell.json'
import enAccount from '../../messages/admin/en/account.json'
import enShell from '../../messages/admin/en/shell.json'

/*
 * The backend's texts, one file per area under messages/admin/<locale>/ and one namespace per
 * file (`admin.<area>`). German is the backend's language; English is what a user may choose in
 * "Mein Konto". Both trees must have the same keys (lib/i18n/messages.test.ts).
 */
export const ADMIN_MESSAGES: Record<Locale, Record<string, unknown>> = {
  de: {
    account: deAccount,
    shell: deShell,
  },
  en: {
    account: enAccount,
    shell: enShell,
  },
}
