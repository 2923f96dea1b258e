import 'server-only'
import { and, asc, count, desc, eq, sql } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { news, newsTags, tags } from '../schema'
import { TAGS } from '@/lib/cache-tags'
import { renderMarkdown } from '@/lib/markdown'
import type { Locale } from '@/lib/i18n/locales'
import { englishVersions, langOf, pick, slugsOf, type Localized } from './localize'

/* News lists as visitors see them: published items only, newest first. One item: news-article.ts. */

export const NEWS_PAGE_SIZE = 10

export type NewsListItem = {
  slug: string
  title: string
  lead: string
  date: string
  place: string | null
} & Localized

/** Texts and slug in the locale where a published English version exists. */
function localizeNews<T extends { id: number; slug: string; title: string; lead: string }>(
  db: ReturnType<typeof getDb>,
  rows: T[],
  locale: Locale,
): (Omit<T, 'id'> & Localized)[] {
  const english = englishVersions(
    db,
    'news',
    rows.map((row) => row.id),
  )
  return rows.map(({ id, ...row }) => {
    const tr = english.get(id)
    return {
      ...row,
      slug: locale === 'en' && tr?.slug ? tr.slug : row.slug,
      title: pick(locale, tr, row.title, tr?.title),
      lead: locale === 'en' && tr ? tr.lead : row.lead,
      lang: langOf(locale, tr),
      slugs: slugsOf(row.slug, tr),
    }
  })
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
  locale: Locale = 'de',
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
  const rows = db
    .select({
      id: news.id,
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
    items: localizeNews(db, rows, locale),
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
} & Localized

export async function getNewsFeed(limit = 30, locale: Locale = 'de'): Promise<FeedItem[]> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.news)
  const db = getDb()
  const rows = db
    .select({
      id: news.id,
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
  const english = englishVersions(
    db,
    'news',
    rows.map((row) => row.id),
  )
  return localizeNews(db, rows, locale).map(({ body, ...item }, index) => {
    const tr = english.get(rows[index]!.id)
    return {
      ...item,
      // An English version's own changes count for the English feed.
      updatedAt:
        locale === 'en' && tr && tr.updatedAt > item.updatedAt ? tr.updatedAt : item.updatedAt,
      bodyHtml: renderMarkdown(pick(locale, tr, body, tr?.body), { baseLevel: 2 }).html,
    }
  })
}

export async function getNewsSitemap(
  locale: Locale = 'de',
): Promise<({ slug: string; updatedAt: Date } & Localized)[]> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.news)
  const db = getDb()
  const rows = db
    .select({ id: news.id, slug: news.slug, updatedAt: news.updatedAt })
    .from(news)
    .where(published)
    .orderBy(desc(news.date))
    .all()
  const english = englishVersions(
    db,
    'news',
    rows.map((row) => row.id),
  )
  return rows.map(({ id, ...row }) => {
    const tr = english.get(id)
    return {
      ...row,
      slug: locale === 'en' && tr?.slug ? tr.slug : row.slug,
      updatedAt:
        locale === 'en' && tr && tr.updatedAt > row.updatedAt ? tr.updatedAt : row.updatedAt,
      lang: langOf(locale, tr),
      slugs: slugsOf(row.slug, tr),
    }
  })
}
