import 'server-only'
import { and, asc, count, desc, eq, sql } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { events, news, partners } from '../schema'
import { TAGS } from '@/lib/cache-tags'
import { now } from '@/lib/clock'
import { renderMarkdown } from '@/lib/markdown'
import type { CalendarInput } from '@/lib/calendar'
import type { Locale } from '@/lib/i18n/locales'

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
  lang: Locale
  slugs: { de: string; en: string | null }
}

const published = eq(events.status, 'published')
const listColumns = {
  slug: events.slug,
  title: events.title,
  summary: events.summary,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  allDay: events.allDay,
  venueName: events.venueName,
  onlineUrl: events.onlineUrl,
}

function toItem({
  onlineUrl,
  ...row
}: { onlineUrl: string | null } & Omit<EventListItem, 'online' | 'lang' | 'slugs'>): EventListItem {
  return { ...row, online: !!onlineUrl, lang: 'de', slugs: { de: row.slug, en: null } }
}

export async function getEventsOverview(
  pastPage: number,
  _locale: Locale = 'de',
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
    upcoming: upcoming.map(toItem),
    past: past.map(toItem),
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
  organizer: { slug: string; name: string } | null
  report: { slug: string; title: string } | null
  updatedAt: Date
  lang: Locale
  slugs: { de: string; en: string | null }
}

export async function getEvent(slug: string, _locale: Locale = 'de'): Promise<EventDetail | null> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.events)
  const db = getDb()
  const row = db
    .select()
    .from(events)
    .where(and(eq(events.slug, slug), published))
    .get()
  if (!row) return null
  cacheTag(TAGS.event(row.id))
  const organizer = row.organizerPartnerId
    ? db
        .select({ slug: partners.slug, name: partners.name })
        .from(partners)
        .where(and(eq(partners.id, row.organizerPartnerId), eq(partners.status, 'published')))
        .get()
    : undefined
  if (row.organizerPartnerId) cacheTag(TAGS.partner(row.organizerPartnerId))
  const report = row.reportNewsId
    ? db
        .select({ slug: news.slug, title: news.title })
        .from(news)
        .where(and(eq(news.id, row.reportNewsId), eq(news.status, 'published')))
        .get()
    : undefined
  if (row.reportNewsId) cacheTag(TAGS.newsItem(row.reportNewsId))
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
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    bodyHtml: renderMarkdown(row.body, { baseLevel: 2 }).html,
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
    lang: 'de',
    slugs: { de: row.slug, en: null },
  }
}

export type CalendarEvent = CalendarInput & {
  lang: Locale
  slugs: { de: string; en: string | null }
}

const calendarColumns = {
  id: events.id,
  slug: events.slug,
  title: events.title,
  summary: events.summary,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  allDay: events.allDay,
  venueName: events.venueName,
  venueAddress: events.venueAddress,
  onlineUrl: events.onlineUrl,
  updatedAt: events.updatedAt,
}

/** Every published event (the subscribable calendar and the sitemap). */
export async function getCalendarEvents(_locale: Locale = 'de'): Promise<CalendarEvent[]> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.events)
  return getDb()
    .select(calendarColumns)
    .from(events)
    .where(published)
    .orderBy(desc(events.startsAt))
    .all()
    .map((e) => ({ ...e, lang: 'de' as const, slugs: { de: e.slug, en: null } }))
}

export async function getCalendarEvent(
  slug: string,
  _locale: Locale = 'de',
): Promise<CalendarEvent | null> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.events)
  const row = getDb()
    .select(calendarColumns)
    .from(events)
    .where(and(eq(events.slug, slug), published))
    .get()
  return row ? { ...row, lang: 'de', slugs: { de: row.slug, en: null } } : null
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
