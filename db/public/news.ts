import 'server-only'
import { and, asc, count, desc, eq, sql } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { news, newsTags, tags } from '../schema'
import { TAGS } from '@/lib/cache-tags'
import type { Locale } from '@/lib/i18n/locales'
import { renderMarkdown } from '@/lib/markdown'

/* News lists as visitors see them: published items only, newest first. One item: news-article.ts. */

export const NEWS_PAGE_SIZE = 10

export type NewsListItem = {
  slug: string
  title: string
  lead: string
  date: string
  place: string | null
  lang: Locale
  slugs: { de: string; en: string | null }
}

export type NewsListResult = {
  items: NewsListItem[]
  total: number
  page: number
  pageCount: number
  years: { year: number; count: number }[]
  tags: { slug: string; name: string; count: number }[]
  tag: { slug: string; name: string } | null
  unknownTag: boolean
}

const published = eq(news.status, 'published')

export async function getNewsList(
  query: {
    page: number
    year: number | null
    tag: string | null
  },
  _locale: Locale = 'de',
): Promise<NewsListResult> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.news)
  const db = getDb()
  const tag = query.tag
    ? (db
        .select({ id: tags.id, slug: tags.slug, name: tags.name })
        .from(tags)
        // Only a tag some published item carries: drafts create tags too, and their names are
        // not public until an editor has published the item.
        .where(
          and(
            eq(tags.slug, query.tag),
            sql`EXISTS (SELECT 1 FROM news_tags nt JOIN news n ON n.id = nt.news_id WHERE nt.tag_id = ${tags.id} AND n.status = 'published')`,
          ),
        )
        .get() ?? null)
    : null
  const unknownTag = !!query.tag && !tag

  const yearCondition = query.year
    ? sql`substr(${news.date}, 1, 4) = ${String(query.year)}`
    : undefined
  const tagCondition = tag
    ? sql`EXISTS (SELECT 1 FROM news_tags nt WHERE nt.news_id = ${news.id} AND nt.tag_id = ${tag.id})`
    : undefined
  const where = and(published, yearCondition, tagCondition, unknownTag ? sql`0` : undefined)

  const total = db.select({ n: count() }).from(news).where(where).get()?.n ?? 0
  const pageCount = Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE))
  const page = Math.min(Math.max(1, query.page), pageCount)
  const items = db
    .select({
      slug: news.slug,
      title: news.title,
      lead: news.lead,
      date: news.date,
      place: news.place,
    })
    .from(news)
    .where(where)
    .orderBy(desc(news.date), desc(news.id))
    .limit(NEWS_PAGE_SIZE)
    .offset((page - 1) * NEWS_PAGE_SIZE)
    .all()
    .map((item) => ({ ...item, lang: 'de' as const, slugs: { de: item.slug, en: null } }))

  const years = db
    .select({ year: sql<number>`cast(substr(${news.date}, 1, 4) AS integer)`, count: count() })
    .from(news)
    .where(and(published, tagCondition))
    .groupBy(sql`1`)
    .orderBy(sql`1 DESC`)
    .all()
  const tagCounts = db
    .select({ slug: tags.slug, name: tags.name, count: count() })
    .from(newsTags)
    .innerJoin(tags, eq(tags.id, newsTags.tagId))
    .innerJoin(news, eq(news.id, newsTags.newsId))
    .where(published)
    .groupBy(tags.id)
    .orderBy(desc(count()), asc(tags.name))
    .limit(30)
    .all()

  return {
    items,
    total,
    page,
    pageCount,
    years,
    tags: tagCounts,
    tag: tag ? { slug: tag.slug, name: tag.name } : null,
    unknownTag,
  }
}

export type FeedItem = {
  slug: string
  title: string
  lead: string
  date: string
  place: string | null
  publishedAt: Date | null
  updatedAt: Date
  bodyHtml: string
  lang: Locale
  slugs: { de: string; en: string | null }
}

export async function getNewsFeed(limit = 30, _locale: Locale = 'de'): Promise<FeedItem[]> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.news)
  return getDb()
    .select({
      slug: news.slug,
      title: news.title,
      lead: news.lead,
      date: news.date,
      place: news.place,
      publishedAt: news.publishedAt,
      updatedAt: news.updatedAt,
      body: news.body,
    })
    .from(news)
    .where(published)
    .orderBy(desc(news.date), desc(news.id))
    .limit(limit)
    .all()
    .map(({ body, ...item }) => ({
      ...item,
      bodyHtml: renderMarkdown(body, { baseLevel: 2 }).html,
      lang: 'de' as const,
      slugs: { de: item.slug, en: null },
    }))
}

export async function getNewsSitemap(
  _locale: Locale = 'de',
): Promise<
  { slug: string; updatedAt: Date; lang: Locale; slugs: { de: string; en: string | null } }[]
> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.news)
  return getDb()
    .select({ slug: news.slug, updatedAt: news.updatedAt })
    .from(news)
    .where(published)
    .orderBy(desc(news.date))
    .all()
    .map((item) => ({ ...item, lang: 'de' as const, slugs: { de: item.slug, en: null } }))
}
