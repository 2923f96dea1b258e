import 'server-only'
import { cache } from 'react'
import { getTranslations } from 'next-intl/server'
import { getCurrentUser } from '@/db/auth/session'
import type { Locale } from './locales'

/** The interface language the signed-in user chose; German without a session. */
export const getAdminLocale = cache(async (): Promise<Locale> => {
  return (await getCurrentUser())?.uiLocale ?? 'de'
})

/** The texts of one backend area (`messages/admin/<locale>/<area>.json`) for the user. */
export async function getAdminTranslations(area: string) {
  return getTranslations({ locale: await getAdminLocale(), namespace: `admin.${area}` })
}
