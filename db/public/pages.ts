import 'server-only'
import { eq } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { pages } from '../schema'
import { TAGS } from '@/lib/cache-tags'
import type { Locale } from '@/lib/i18n/locales'
import { renderMarkdown } from '@/lib/markdown'
import { findPublishedBySlug } from './find-by-slug'
import { englishVersions, langOf, pick, slugsOf, type Localized } from './localize'

export type PublicPage = {
  slug: string
  title: string
  bodyHtml: string
  updatedAt: Date
} & Localized

/**
 * One page. Under /en the English slug is tried first, then the German one; the text is English
 * once the page's English version is published. Tagged with the slug asked for and the page's
 * own slug, so a new or renamed English version reaches a cached "not found" too.
 */
export async function getPage(slug: string, locale: Locale = 'de'): Promise<PublicPage | null> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.pages, TAGS.page(slug))
  const db = getDb()
  const row = db
    .select()
    .from(pages)
    .where(eq(pages.id, findPublishedBySlug(db, 'page', slug, locale) ?? 0))
    .get()
  if (!row) return null
  cacheTag(TAGS.page(row.slug))
  return publicPageOf(db, row, locale)
}

/** The page's data for a page row: the public page above, or an admin's preview (db/admin). */
export function publicPageOf(
  db: ReturnType<typeof getDb>,
  row: typeof pages.$inferSelect,
  locale: Locale,
): PublicPage {
  const tr = englishVersions(db, 'page', [row.id]).get(row.id)
  const english = locale === 'en' ? tr : undefined
  return {
    slug: english?.slug ?? row.slug,
    title: pick(locale, english, row.title, english?.title),
    bodyHtml: renderMarkdown(pick(locale, english, row.body, english?.body), { baseLevel: 2 }).html,
    updatedAt: english && english.updatedAt > row.updatedAt ? english.updatedAt : row.updatedAt,
    lang: langOf(locale, tr),
    slugs: slugsOf(row.slug, tr),
  }
}

export async function getPageSitemap(
  locale: Locale = 'de',
): Promise<({ slug: string; updatedAt: Date } & Localized)[]> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.pages)
  const db = getDb()
  const rows = db
    .select({ id: pages.id, slug: pages.slug, updatedAt: pages.updatedAt })
    .from(pages)
    .all()
  const english = englishVersions(
    db,
    'page',
    rows.map((row) => row.id),
  )
  return rows.map(({ id, ...row }) => {
    const tr = english.get(id)
    const en = locale === 'en' ? tr : undefined
    return {
      slug: en?.slug ?? row.slug,
      updatedAt: en && en.updatedAt > row.updatedAt ? en.updatedAt : row.updatedAt,
      lang: langOf(locale, tr),
      slugs: slugsOf(row.slug, tr),
    }
  })
}
