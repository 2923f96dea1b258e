import type { Locale } from './locales'
import deAccount from '../../messages/admin/de/account.json'
import deCommon from '../../messages/admin/de/common.json'
import deDashboard from '../../messages/admin/de/dashboard.json'
import deEditor from '../../messages/admin/de/editor.json'
import dePreview from '../../messages/admin/de/preview.json'
import deShell from '../../messages/admin/de/shell.json'
import deTranslation from '../../messages/admin/de/translation.json'
import enAccount from '../../messages/admin/en/account.json'
import enCommon from '../../messages/admin/en/common.json'
import enDashboard from '../../messages/admin/en/dashboard.json'
import enEditor from '../../messages/admin/en/editor.json'
import enPreview from '../../messages/admin/en/preview.json'
import enShell from '../../messages/admin/en/shell.json'
import enTranslation from '../../messages/admin/en/translation.json'

/*
 * The backend's texts, one file per area under messages/admin/<locale>/ and one namespace per
 * file (`admin.<area>`). German is the backend's language; English is what a user may choose in
 * "Mein Konto". Both trees must have the same keys (lib/i18n/messages.test.ts).
 */
export const ADMIN_MESSAGES: Record<Locale, Record<string, unknown>> = {
  de: {
    account: deAccount,
    common: deCommon,
    dashboard: deDashboard,
    editor: deEditor,
    preview: dePreview,
    shell: deShell,
    translation: deTranslation,
  },
  en: {
    account: enAccount,
    common: enCommon,
    dashboard: enDashboard,
    editor: enEditor,
    preview: enPreview,
    shell: enShell,
    translation: enTranslation,
  },
}
