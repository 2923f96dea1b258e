import 'server-only'
import { and, asc, count, desc, eq, gt, lt, or, sql } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { events, images, news, newsLinks, newsPartners, newsTags, partners, tags } from '../schema'
import type { ImageRef } from './partners'
import { TAGS } from '@/lib/cache-tags'
import { renderMarkdown } from '@/lib/markdown'

/* News as visitors see it: published items only, newest first. */

export const NEWS_PAGE_SIZE = 10

export type NewsListItem = {
  slug: string
  title: string
  lead: string
  date: string
  place: string | null
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

export async function getNewsList(query: {
  page: number
  year: number | null
  tag: string | null
}): Promise<NewsListResult> {
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

export type NewsArticle = {
  id: number
  slug: string
  title: string
  lead: string
  bodyHtml: string
  place: string | null
  date: string
  publishedAt: Date | null
  updatedAt: Date
  image: (ImageRef & { credit: string | null }) | null
  contact: {
    name: string | null
    role: string | null
    organisation: string | null
    phone: string | null
    email: string | null
  } | null
  links: { label: string; url: string }[]
  partners: { slug: string; name: string }[]
  tags: { slug: string; name: string }[]
  event: { slug: string; title: string } | null
  previous: { slug: string; title: string } | null
  next: { slug: string; title: string } | null
}

export async function getNewsArticle(slug: string): Promise<NewsArticle | null> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.news)
  const db = getDb()
  const row = db
    .select({
      item: news,
      imageId: images.id,
      imageWidth: images.width,
      imageHeight: images.height,
      imageAlt: images.alt,
      imageCredit: images.credit,
    })
    .from(news)
    .leftJoin(images, eq(images.id, news.imageId))
    .where(and(eq(news.slug, slug), published))
    .get()
  if (!row) return null
  const item = row.item
  cacheTag(TAGS.newsItem(item.id))

  const related = db
    .select({ id: partners.id, slug: partners.slug, name: partners.name })
    .from(newsPartners)
    .innerJoin(partners, eq(partners.id, newsPartners.partnerId))
    .where(and(eq(newsPartners.newsId, item.id), eq(partners.status, 'published')))
    .orderBy(asc(partners.sortName))
    .all()
  for (const partner of related) cacheTag(TAGS.partner(partner.id))
  const event = db
    .select({ id: events.id, slug: events.slug, title: events.title })
    .from(events)
    .where(and(eq(events.reportNewsId, item.id), eq(events.status, 'published')))
    .get()
  if (event) cacheTag(TAGS.event(event.id))

  // Neighbours in the list order (date, then id), both directions.
  const newer = or(gt(news.date, item.date), and(eq(news.date, item.date), gt(news.id, item.id)))
  const older = or(lt(news.date, item.date), and(eq(news.date, item.date), lt(news.id, item.id)))
  const next = db
    .select({ slug: news.slug, title: news.title })
    .from(news)
    .where(and(published, newer))
    .orderBy(asc(news.date), asc(news.id))
    .limit(1)
    .get()
  const previous = db
    .select({ slug: news.slug, title: news.title })
    .from(news)
    .where(and(published, older))
    .orderBy(desc(news.date), desc(news.id))
    .limit(1)
    .get()

  const contact =
    item.contactName || item.contactEmail || item.contactPhone
      ? {
          name: item.contactName,
          role: item.contactRole,
          organisation: item.contactOrganisation,
          phone: item.contactPhone,
          email: item.contactEmail,
        }
      : null

  return {
    id: item.id,
    slug: item.slug,
    title: item.title,
    lead: item.lead,
    bodyHtml: renderMarkdown(item.body, { baseLevel: 2 }).html,
    place: item.place,
    date: item.date,
    publishedAt: item.publishedAt,
    updatedAt: item.updatedAt,
    image: row.imageId
      ? {
          id: row.imageId,
          width: row.imageWidth!,
          height: row.imageHeight!,
          alt: row.imageAlt ?? '',
          credit: row.imageCredit,
        }
      : null,
    contact,
    links: db
      .select({ label: newsLinks.label, url: newsLinks.url })
      .from(newsLinks)
      .where(eq(newsLinks.newsId, item.id))
      .orderBy(asc(newsLinks.position))
      .all(),
    partners: related.map(({ slug: s, name }) => ({ slug: s, name })),
    tags: db
      .select({ slug: tags.slug, name: tags.name })
      .from(newsTags)
      .innerJoin(tags, eq(tags.id, newsTags.tagId))
      .where(eq(newsTags.newsId, item.id))
      .orderBy(asc(tags.name))
      .all(),
    event: event ? { slug: event.slug, title: event.title } : null,
    previous: previous ?? null,
    next: next ?? null,
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
}

export async function getNewsFeed(limit = 30): Promise<FeedItem[]> {
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
    }))
}

export async function getNewsSitemap(): Promise<{ slug: string; updatedAt: Date }[]> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.news)
  return getDb()
    .select({ slug: news.slug, updatedAt: news.updatedAt })
    .from(news)
    .where(published)
    .orderBy(desc(news.date))
    .all()
}
