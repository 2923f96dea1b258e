import type { Locale } from './locales'
import deAccount from '../../messages/admin/de/account.json'
import deAudit from '../../messages/admin/de/audit.json'
import deCategories from '../../messages/admin/de/categories.json'
import deCommon from '../../messages/admin/de/common.json'
import deDashboard from '../../messages/admin/de/dashboard.json'
import deEditor from '../../messages/admin/de/editor.json'
import deEvents from '../../messages/admin/de/events.json'
import deMedia from '../../messages/admin/de/media.json'
import deNews from '../../messages/admin/de/news.json'
import deNewsletter from '../../messages/admin/de/newsletter.json'
import dePages from '../../messages/admin/de/pages.json'
import dePartners from '../../messages/admin/de/partners.json'
import dePreview from '../../messages/admin/de/preview.json'
import deProfile from '../../messages/admin/de/profile.json'
import deReview from '../../messages/admin/de/review.json'
import deShell from '../../messages/admin/de/shell.json'
import deTransfer from '../../messages/admin/de/transfer.json'
import deTranslation from '../../messages/admin/de/translation.json'
import deUsers from '../../messages/admin/de/users.json'
import enAccount from '../../messages/admin/en/account.json'
import enAudit from '../../messages/admin/en/audit.json'
import enCategories from '../../messages/admin/en/categories.json'
import enCommon from '../../messages/admin/en/common.json'
import enDashboard from '../../messages/admin/en/dashboard.json'
import enEditor from '../../messages/admin/en/editor.json'
import enEvents from '../../messages/admin/en/events.json'
import enMedia from '../../messages/admin/en/media.json'
import enNews from '../../messages/admin/en/news.json'
import enNewsletter from '../../messages/admin/en/newsletter.json'
import enPages from '../../messages/admin/en/pages.json'
import enPartners from '../../messages/admin/en/partners.json'
import enPreview from '../../messages/admin/en/preview.json'
import enProfile from '../../messages/admin/en/profile.json'
import enReview from '../../messages/admin/en/review.json'
import enShell from '../../messages/admin/en/shell.json'
import enTransfer from '../../messages/admin/en/transfer.json'
import enTranslation from '../../messages/admin/en/translation.json'
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
    categories: deCategories,
    common: deCommon,
    dashboard: deDashboard,
    editor: deEditor,
    events: deEvents,
    media: deMedia,
    news: deNews,
    newsletter: deNewsletter,
    pages: dePages,
    partners: dePartners,
    preview: dePreview,
    profile: deProfile,
    review: deReview,
    shell: deShell,
    transfer: deTransfer,
    translation: deTranslation,
    users: deUsers,
  },
  en: {
    account: enAccount,
    audit: enAudit,
    categories: enCategories,
    common: enCommon,
    dashboard: enDashboard,
    editor: enEditor,
    events: enEvents,
    media: enMedia,
    news: enNews,
    newsletter: enNewsletter,
    pages: enPages,
    partners: enPartners,
    preview: enPreview,
    profile: enProfile,
    review: enReview,
    shell: enShell,
    transfer: enTransfer,
    translation: enTranslation,
    users: enUsers,
  },
}
