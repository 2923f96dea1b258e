import 'server-only'
import { eq } from 'drizzle-orm'
import { getDb } from '../client'
import { requireUserDuringSetup } from '../auth/guard'
import { users } from '../schema'
import { now } from '@/lib/clock'
import type { Locale } from '@/lib/i18n/locales'

/**
 * The caller's own interface language. Open during the second factor's setup too: an
 * English-speaking user must be able to read what that setup asks.
 */
export async function setOwnInterfaceLanguage(locale: Locale): Promise<void> {
  const user = await requireUserDuringSetup()
  getDb()
    .update(users)
    .set({ uiLocale: locale, updatedAt: now() })
    .where(eq(users.id, user.id))
    .run()
}
