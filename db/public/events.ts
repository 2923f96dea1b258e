import 'server-only'
import { and, asc, count, desc, eq, sql } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { events, news, partners } from '../schema'
import { TAGS } from '@/lib/cache-tags'
import { now } from '@/lib/clock'
import { renderMarkdown } from '@/lib/markdown'
import type { Locale } from '@/lib/i18n/locales'
import { findPublishedBySlug } from './find-by-slug'
import {
  englishVersions,
  langOf,
  localizePartners,
  localizeRefs,
  pick,
  slugsOf,
  type Localized,
} from './localize'

/*
 * Events as visitors see them. Which events are "upcoming" depends on the time: the server
 * expires the events tag whenever an event ends (db/server-tasks.ts), so lists move on by
 * themselves.
 */

export const PAST_EVENTS_PAGE_SIZE = 12

export type EventListItem = {
  slug: string
  title: string
  summary: string
  startsAt: Date
  endsAt: Date | null
  allDay: boolean
  venueName: string | null
  online: boolean
} & Localized

export const published = eq(events.status, 'published')
const listColumns = {
  id: events.id,
  slug: events.slug,
  title: events.title,
  summary: events.summary,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  allDay: events.allDay,
  venueName: events.venueName,
  onlineUrl: events.onlineUrl,
}

type EventRow = {
  id: number
  slug: string
  title: string
  summary: string
  onlineUrl: string | null
}

/** Title, summary and slug in the locale where a published English version exists. */
function localizeEvents<T extends EventRow>(
  db: ReturnType<typeof getDb>,
  rows: T[],
  locale: Locale,
) {
  const english = englishVersions(
    db,
    'event',
    rows.map((row) => row.id),
  )
  return rows.map(({ id, onlineUrl, ...row }) => {
    const tr = english.get(id)
    return {
      ...row,
      slug: locale === 'en' && tr?.slug ? tr.slug : row.slug,
      title: pick(locale, tr, row.title, tr?.title),
      summary: locale === 'en' && tr ? tr.lead : row.summary,
      online: !!onlineUrl,
      lang: langOf(locale, tr),
      slugs: slugsOf(row.slug, tr),
    }
  })
}

export async function getEventsOverview(
  pastPage: number,
  locale: Locale = 'de',
): Promise<{
  upcoming: EventListItem[]
  past: EventListItem[]
  pastTotal: number
  pastPage: number
  pastPageCount: number
}> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.events)
  const db = getDb()
  const at = now().getTime()
  const notOver = sql`coalesce(${events.endsAt}, ${events.startsAt}) >= ${at}`
  const over = sql`coalesce(${events.endsAt}, ${events.startsAt}) < ${at}`
  const upcoming = db
    .select(listColumns)
    .from(events)
    .where(and(published, notOver))
    .orderBy(asc(events.startsAt))
    .all()
  const pastTotal = db.select({ n: count() }).from(events).where(and(published, over)).get()?.n ?? 0
  const pastPageCount = Math.max(1, Math.ceil(pastTotal / PAST_EVENTS_PAGE_SIZE))
  const page = Math.min(Math.max(1, pastPage), pastPageCount)
  const past = db
    .select(listColumns)
    .from(events)
    .where(and(published, over))
    .orderBy(desc(events.startsAt))
    .limit(PAST_EVENTS_PAGE_SIZE)
    .offset((page - 1) * PAST_EVENTS_PAGE_SIZE)
    .all()
  return {
    upcoming: localizeEvents(db, upcoming, locale),
    past: localizeEvents(db, past, locale),
    pastTotal,
    pastPage: page,
    pastPageCount,
  }
}

export type EventDetail = {
  id: number
  slug: string
  title: string
  summary: string
  bodyHtml: string
  startsAt: Date
  endsAt: Date | null
  allDay: boolean
  venueName: string | null
  venueAddress: string | null
  onlineUrl: string | null
  registrationUrl: string | null
  contact: {
    name: string | null
    role: string | null
    phone: string | null
    email: string | null
  } | null
  organizer: ({ slug: string; name: string } & Localized) | null
  report: ({ slug: string; title: string } & Localized) | null
  updatedAt: Date
} & Localized

/** One published event; under /en by its English slug first, then its German one. */
export async function getEvent(slug: string, locale: Locale = 'de'): Promise<EventDetail | null> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.events)
  const db = getDb()
  const row = db
    .select()
    .from(events)
    .where(and(eq(events.id, findPublishedBySlug(db, 'event', slug, locale) ?? 0), published))
    .get()
  if (!row) return null
  cacheTag(TAGS.event(row.id))
  if (row.organizerPartnerId) cacheTag(TAGS.partner(row.organizerPartnerId))
  if (row.reportNewsId) cacheTag(TAGS.newsItem(row.reportNewsId))
  return eventDetailOf(db, row, locale)
}

/**
 * The page's data for an event row: the published event above, or an editor's preview of one
 * not yet public (db/admin/preview-event.ts). Organiser and report show only once published.
 */
export function eventDetailOf(
  db: ReturnType<typeof getDb>,
  row: typeof events.$inferSelect,
  locale: Locale,
): EventDetail {
  const tr = englishVersions(db, 'event', [row.id]).get(row.id)
  const english = locale === 'en' ? tr : undefined
  const organizerRow = row.organizerPartnerId
    ? db
        .select({
          id: partners.id,
          categoryId: partners.categoryId,
          slug: partners.slug,
          name: partners.name,
        })
        .from(partners)
        .where(and(eq(partners.id, row.organizerPartnerId), eq(partners.status, 'published')))
        .get()
    : undefined
  const organizer = organizerRow
    ? localizePartners(db, [organizerRow], locale).map((p) => ({
        slug: p.slug,
        name: p.name,
        lang: p.lang,
        slugs: p.slugs,
      }))[0]
    : undefined
  const reportRow = row.reportNewsId
    ? db
        .select({ id: news.id, slug: news.slug, title: news.title })
        .from(news)
        .where(and(eq(news.id, row.reportNewsId), eq(news.status, 'published')))
        .get()
    : undefined
  const report = reportRow ? localizeRefs(db, 'news', [reportRow], locale)[0] : undefined
  const contact =
    row.contactName || row.contactEmail || row.contactPhone
      ? {
          name: row.contactName,
          role: row.contactRole,
          phone: row.contactPhone,
          email: row.contactEmail,
        }
      : null
  return {
    id: row.id,
    slug: english?.slug ?? row.slug,
    title: pick(locale, english, row.title, english?.title),
    summary: english ? english.lead : row.summary,
    bodyHtml: renderMarkdown(pick(locale, english, row.body, english?.body), { baseLevel: 2 }).html,
    lang: langOf(locale, tr),
    slugs: slugsOf(row.slug, tr),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    allDay: row.allDay,
    venueName: row.venueName,
    venueAddress: row.venueAddress,
    onlineUrl: row.onlineUrl,
    registrationUrl: row.registrationUrl,
    contact,
    organizer: organizer ?? null,
    report: report ?? null,
    updatedAt: row.updatedAt,
  }
}

/** The next moment an event starts or ends, after `at`: when the lists must move on. */
export function nextEventTransition(at: Date): Date | null {
  const row = getDb().get<{ t: number | null }>(
    sql`SELECT min(t) AS t FROM (
          SELECT starts_at AS t FROM events WHERE status = 'published' AND starts_at > ${at.getTime()}
          UNION ALL
          SELECT coalesce(ends_at, starts_at) AS t FROM events WHERE status = 'published' AND coalesce(ends_at, starts_at) > ${at.getTime()}
        )`,
  )
  return row?.t ? new Date(row.t) : null
}
