import 'server-only'
import { and, asc, count, desc, eq, isNotNull, sql } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { categories, events, news, partners } from '../schema'
import { TAGS } from '@/lib/cache-tags'
import { now } from '@/lib/clock'
import type { Locale } from '@/lib/i18n/locales'

/*
 * Reads for the home page. Visitors only ever see published content; every read is cached and
 * tagged, so a page view does not touch the database until a write expires the tag.
 */

export type NewsTeaser = {
  slug: string
  title: string
  lead: string
  date: string
  place: string | null
  lang: Locale
  slugs: { de: string; en: string | null }
}

export async function getLatestNews(limit = 4, _locale: Locale = 'de'): Promise<NewsTeaser[]> {
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
    })
    .from(news)
    .where(eq(news.status, 'published'))
    .orderBy(desc(news.date), desc(news.id))
    .limit(limit)
    .all()
    .map((item) => ({ ...item, lang: 'de' as const, slugs: { de: item.slug, en: null } }))
}

export type EventTeaser = {
  slug: string
  title: string
  startsAt: Date
  endsAt: Date | null
  allDay: boolean
  venueName: string | null
  online: boolean
  lang: Locale
  slugs: { de: string; en: string | null }
}

/** Upcoming events, soonest first; when none are coming, the most recent past ones. */
export async function getHomeEvents(
  limit = 3,
  _locale: Locale = 'de',
): Promise<{ upcoming: boolean; items: EventTeaser[] }> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.events)
  const db = getDb()
  const at = now()
  const columns = {
    slug: events.slug,
    title: events.title,
    startsAt: events.startsAt,
    endsAt: events.endsAt,
    allDay: events.allDay,
    venueName: events.venueName,
    onlineUrl: events.onlineUrl,
  }
  const notOver = sql`coalesce(${events.endsAt}, ${events.startsAt}) >= ${at.getTime()}`
  let rows = db
    .select(columns)
    .from(events)
    .where(and(eq(events.status, 'published'), notOver))
    .orderBy(asc(events.startsAt))
    .limit(limit)
    .all()
  const upcoming = rows.length > 0
  if (!upcoming) {
    rows = db
      .select(columns)
      .from(events)
      .where(eq(events.status, 'published'))
      .orderBy(desc(events.startsAt))
      .limit(limit)
      .all()
  }
  return {
    upcoming,
    items: rows.map(({ onlineUrl, ...row }) => ({
      ...row,
      online: !!onlineUrl,
      lang: 'de' as const,
      slugs: { de: row.slug, en: null },
    })),
  }
}

export type CategoryCount = { slug: string; name: string; count: number; lang: Locale }

export async function getCategoryCounts(_locale: Locale = 'de'): Promise<CategoryCount[]> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.partners)
  return getDb()
    .select({ slug: categories.slug, name: categories.name, count: count(partners.id) })
    .from(categories)
    .innerJoin(
      partners,
      and(eq(partners.categoryId, categories.id), eq(partners.status, 'published')),
    )
    .groupBy(categories.id)
    .orderBy(asc(categories.sortOrder), asc(categories.name))
    .all()
    .map((c) => ({ ...c, lang: 'de' as const }))
}

export type PartnerQuote = {
  text: string
  author: string | null
  authorFunction: string | null
  partnerName: string
  partnerSlug: string
  lang: Locale
}

/** One partner's quote for the home page; which one changes whenever the partners change. */
export async function getFeaturedQuote(_locale: Locale = 'de'): Promise<PartnerQuote | null> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.partners)
  const row = getDb()
    .select({
      text: partners.quoteText,
      author: partners.quoteAuthor,
      authorFunction: partners.quoteAuthorFunction,
      partnerName: partners.name,
      partnerSlug: partners.slug,
    })
    .from(partners)
    .where(and(eq(partners.status, 'published'), isNotNull(partners.quoteText)))
    .orderBy(sql`random()`)
    .limit(1)
    .get()
  return row && row.text ? { ...row, text: row.text, lang: 'de' } : null
}
