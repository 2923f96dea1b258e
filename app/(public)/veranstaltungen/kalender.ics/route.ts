import { cacheLife, cacheTag } from 'next/cache'
import { getCalendarEvents } from '@/db/public/events'
import { buildCalendar, emptyCalendar } from '@/lib/calendar'
import { TAGS } from '@/lib/cache-tags'
import { SITE } from '@/lib/site'

async function calendarText(): Promise<string> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.events)
  const events = await getCalendarEvents()
  const options = { siteUrl: SITE.url, name: `${SITE.name} – Veranstaltungen` }
  return events.length > 0 ? buildCalendar(events, options) : emptyCalendar(options)
}

/** All published events as one subscribable calendar. */
export async function GET() {
  return new Response(await calendarText(), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="veranstaltungen.ics"',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
