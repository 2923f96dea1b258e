import 'server-only'
import { and, desc, eq } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { events } from '../schema'
import { TAGS } from '@/lib/cache-tags'
import type { CalendarInput } from '@/lib/calendar'
import type { Locale } from '@/lib/i18n/locales'
import { published } from './events'
import { findPublishedBySlug } from './find-by-slug'
import { englishVersions, langOf, pick, slugsOf, type Localized } from './localize'

/* Published events as the subscribable calendars (.ics) and the sitemap read them. */

export type CalendarEvent = CalendarInput & Localized

function localizeCalendar(
  db: ReturnType<typeof getDb>,
  rows: CalendarInput[],
  locale: Locale,
): CalendarEvent[] {
  const english = englishVersions(
    db,
    'event',
    rows.map((row) => row.id),
  )
  return rows.map((row) => {
    const tr = english.get(row.id)
    const en = locale === 'en' ? tr : undefined
    return {
      ...row,
      slug: en?.slug ?? row.slug,
      title: pick(locale, en, row.title, en?.title),
      summary: en ? en.lead : row.summary,
      updatedAt: en && en.updatedAt > row.updatedAt ? en.updatedAt : row.updatedAt,
      lang: langOf(locale, tr),
      slugs: slugsOf(row.slug, tr),
    }
  })
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
export async function getCalendarEvents(locale: Locale = 'de'): Promise<CalendarEvent[]> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.events)
  const db = getDb()
  return localizeCalendar(
    db,
    db.select(calendarColumns).from(events).where(published).orderBy(desc(events.startsAt)).all(),
    locale,
  )
}

export async function getCalendarEvent(
  slug: string,
  locale: Locale = 'de',
): Promise<CalendarEvent | null> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.events)
  const db = getDb()
  const row = db
    .select(calendarColumns)
    .from(events)
    .where(and(eq(events.id, findPublishedBySlug(db, 'event', slug, locale) ?? 0), published))
    .get()
  return row ? localizeCalendar(db, [row], locale)[0]! : null
}
