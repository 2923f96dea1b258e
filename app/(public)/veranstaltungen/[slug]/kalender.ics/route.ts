import { getCalendarEvent } from '@/db/public/events'
import { buildCalendar } from '@/lib/calendar'
import { SITE } from '@/lib/site'

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const event = await getCalendarEvent(slug)
  if (!event) {
    return new Response('Veranstaltung nicht gefunden', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return new Response(buildCalendar([event], { siteUrl: SITE.url, name: event.title }), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.slug}.ics"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
