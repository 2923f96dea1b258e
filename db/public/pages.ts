import 'server-only'
import { eq } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { pages } from '../schema'
import { TAGS } from '@/lib/cache-tags'
import type { Locale } from '@/lib/i18n/locales'
import { renderMarkdown } from '@/lib/markdown'

export type PublicPage = {
  slug: string
  title: string
  bodyHtml: string
  updatedAt: Date
  lang: Locale
  slugs: { de: string; en: string | null }
}

export async function getPage(slug: string, _locale: Locale = 'de'): Promise<PublicPage | null> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.pages, TAGS.page(slug))
  const row = getDb().select().from(pages).where(eq(pages.slug, slug)).get()
  if (!row) return null
  return {
    slug: row.slug,
    title: row.title,
    bodyHtml: renderMarkdown(row.body, { baseLevel: 2 }).html,
    updatedAt: row.updatedAt,
    lang: 'de',
    slugs: { de: row.slug, en: null },
  }
}

export async function getPageSitemap(
  _locale: Locale = 'de',
): Promise<
  { slug: string; updatedAt: Date; lang: Locale; slugs: { de: string; en: string | null } }[]
> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.pages)
  return getDb()
    .select({ slug: pages.slug, updatedAt: pages.updatedAt })
    .from(pages)
    .all()
    .map((p) => ({ ...p, lang: 'de' as const, slugs: { de: p.slug, en: null } }))
}
