import 'server-only'
import { and, asc, count, desc, eq, isNotNull, sql } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { categories, events, news, partners } from '../schema'
import { TAGS } from '@/lib/cache-tags'
import { now } from '@/lib/clock'
import type { Locale } from '@/lib/i18n/locales'
import {
  englishVersions,
  langOf,
  localizePartners,
  localizeRefs,
  pick,
  type Localized,
} from './localize'

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
} & Localized

export async function getLatestNews(limit = 4, locale: Locale = 'de'): Promise<NewsTeaser[]> {
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
    })
    .from(news)
    .where(eq(news.status, 'published'))
    .orderBy(desc(news.date), desc(news.id))
    .limit(limit)
    .all()
  const english = englishVersions(
    db,
    'news',
    rows.map((row) => row.id),
  )
  return localizeRefs(db, 'news', rows, locale).map((ref, index) => {
    const tr = english.get(rows[index]!.id)
    return { ...ref, lead: ref.lang === 'en' && tr ? tr.lead : ref.lead }
  })
}

export type EventTeaser = {
  slug: string
  title: string
  startsAt: Date
  endsAt: Date | null
  allDay: boolean
  venueName: string | null
  online: boolean
} & Localized

/** Upcoming events, soonest first; when none are coming, the most recent past ones. */
export async function getHomeEvents(
  limit = 3,
  locale: Locale = 'de',
): Promise<{ upcoming: boolean; items: EventTeaser[] }> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.events)
  const db = getDb()
  const at = now()
  const columns = {
    id: events.id,
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
    items: localizeRefs(db, 'event', rows, locale).map(({ onlineUrl, ...row }) => ({
      ...row,
      online: !!onlineUrl,
    })),
  }
}

export type CategoryCount = { slug: string; name: string; count: number } & Localized

export async function getCategoryCounts(locale: Locale = 'de'): Promise<CategoryCount[]> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.partners)
  const db = getDb()
  const rows = db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      count: count(partners.id),
    })
    .from(categories)
    .innerJoin(
      partners,
      and(eq(partners.categoryId, categories.id), eq(partners.status, 'published')),
    )
    .groupBy(categories.id)
    .orderBy(asc(categories.sortOrder), asc(categories.name))
    .all()
  const english = englishVersions(
    db,
    'category',
    rows.map((row) => row.id),
  )
  return rows.map(({ id, ...row }) => {
    const tr = english.get(id)
    const en = locale === 'en' ? tr : undefined
    return {
      ...row,
      slug: en?.slug ?? row.slug,
      name: en?.title || row.name,
      lang: langOf(locale, tr),
      slugs: { de: row.slug, en: tr?.slug ?? null },
    }
  })
}

export type PartnerQuote = {
  text: string
  author: string | null
  authorFunction: string | null
  partnerName: string
  partnerSlug: string
} & Localized

/** One partner's quote for the home page; which one changes whenever the partners change. */
export async function getFeaturedQuote(locale: Locale = 'de'): Promise<PartnerQuote | null> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.partners)
  const db = getDb()
  const row = db
    .select({
      id: partners.id,
      categoryId: partners.categoryId,
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
  if (!row || !row.text) return null
  const localized = localizePartners(db, [{ ...row, slug: row.partnerSlug }], locale)[0]!
  const english = locale === 'en' ? localized.english : undefined
  const text = pick(locale, english, row.text, english?.quoteText)
  return {
    text,
    author: row.author,
    authorFunction: english?.quoteText ? english.quoteAuthorFunction : row.authorFunction,
    partnerName: row.partnerName,
    partnerSlug: localized.slug,
    lang: langOf(locale, english?.quoteText ? english : undefined),
    slugs: localized.slugs,
  }
}
