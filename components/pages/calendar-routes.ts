import { cacheLife, cacheTag } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { getCalendarEvent, getCalendarEvents } from '@/db/public/event-calendar'
import { buildCalendar, emptyCalendar } from '@/lib/calendar'
import { TAGS } from '@/lib/cache-tags'
import type { Locale } from '@/lib/i18n/locales'
import { SITE } from '@/lib/site'

/* The calendar feeds in each language: /veranstaltungen/kalender.ics, /en/events/calendar.ics. */

async function calendarText(locale: Locale): Promise<string> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.events)
  const [events, t] = await Promise.all([
    getCalendarEvents(locale),
    getTranslations({ locale, namespace: 'events' }),
  ])
  const options = {
    siteUrl: SITE.url,
    name: t('calendarName', { name: SITE.name }),
    locale,
    online: (await getTranslations({ locale, namespace: 'event' }))('online'),
  }
  return events.length > 0 ? buildCalendar(events, options) : emptyCalendar(options)
}

/** All published events as one subscribable calendar. */
export async function calendarResponse(locale: Locale): Promise<Response> {
  const t = await getTranslations({ locale, namespace: 'events' })
  return new Response(await calendarText(locale), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${t('calendarFile')}"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}

/** One event as a calendar file. */
export async function eventCalendarResponse(locale: Locale, slug: string): Promise<Response> {
  const event = await getCalendarEvent(slug, locale)
  if (!event) {
    const t = await getTranslations({ locale, namespace: 'event' })
    return new Response(t('notFound'), {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const online = (await getTranslations({ locale, namespace: 'event' }))('online')
  return new Response(
    buildCalendar([event], { siteUrl: SITE.url, name: event.title, locale, online }),
    {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${event.slug}.ics"`,
        'Cache-Control': 'public, max-age=300',
      },
    },
  )
}
