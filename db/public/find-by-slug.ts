import 'server-only'
import { and, eq } from 'drizzle-orm'
import type { Db } from '../client'
import { categories, events, news, pages, translations } from '../schema'
import type { Locale } from '@/lib/i18n/locales'

/*
 * Which item a slug names. English addresses take the English slug of a published English
 * version first and fall back to the German slug, so a German link with /en in front works too.
 * The caller still checks that the item itself is public.
 */

const TABLES = { news, event: events, page: pages, category: categories } as const

export function findPublishedBySlug(
  db: Db,
  type: keyof typeof TABLES,
  slug: string,
  locale: Locale,
): number | null {
  if (locale === 'en') {
    const english = db
      .select({ id: translations.entityId })
      .from(translations)
      .where(
        and(
          eq(translations.entityType, type),
          eq(translations.locale, 'en'),
          eq(translations.slug, slug),
          eq(translations.status, 'published'),
        ),
      )
      .get()
    if (english) return english.id
  }
  const table = TABLES[type]
  return db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get()?.id ?? null
}
