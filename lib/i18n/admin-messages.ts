import type { Locale } from './locales'
import deAccount from '../../messages/admin/de/account.json'
import deAudit from '../../messages/admin/de/audit.json'
import dePartners from '../../messages/admin/de/partners.json'
import deProfile from '../../messages/admin/de/profile.json'
import deShell from '../../messages/admin/de/shell.json'
import deTransfer from '../../messages/admin/de/transfer.json'
import deUsers from '../../messages/admin/de/users.json'
import enAccount from '../../messages/admin/en/account.json'
import enAudit from '../../messages/admin/en/audit.json'
import enPartners from '../../messages/admin/en/partners.json'
import enProfile from '../../messages/admin/en/profile.json'
import enShell from '../../messages/admin/en/shell.json'
import enTransfer from '../../messages/admin/en/transfer.json'
import enUsers from '../../messages/admin/en/users.json'

/*
 * The backend's texts, one file per area under messages/admin/<locale>/ and one namespace per
 * file (`admin.<area>`). German is the backend's language; English is what a user may choose in
 * "Mein Konto". Both trees must have the same keys (lib/i18n/messages.test.ts).
 */
export const ADMIN_MESSAGES: Record<Locale, Record<string, unknown>> = {
  de: {
    account: deAccount,
    audit: deAudit,
    partners: dePartners,
    profile: deProfile,
    shell: deShell,
    transfer: deTransfer,
    users: deUsers,
  },
  en: {
    account: enAccount,
    audit: enAudit,
    partners: enPartners,
    profile: enProfile,
    shell: enShell,
    transfer: enTransfer,
    users: enUsers,
  },
}
