import type { Metadata } from 'next'
import Link from 'next/link'
import { EventList } from '@/components/event-list'
import { getEventsOverview } from '@/db/public/events'

export const metadata: Metadata = {
  title: 'Veranstaltungen',
  description: 'Termine des Clusters und seiner Partner: Workshops, Konferenzen, Sprechstunden.',
  alternates: {
    canonical: '/veranstaltungen',
    types: { 'text/calendar': '/veranstaltungen/kalender.ics' },
  },
}

export default async function EventsPage() {
  const overview = await getEventsOverview(1)
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold text-brand-900">Veranstaltungen</h1>
      <p className="mt-2 text-muted">
        Alle Termine als Kalender abonnieren:{' '}
        <a href="/veranstaltungen/kalender.ics" className="text-brand-800 underline">
          Kalender-Feed (iCal)
        </a>
      </p>

      <section aria-labelledby="kommende-titel" className="mt-10">
        <h2
          id="kommende-titel"
          className="border-b border-slate-200 pb-2 text-2xl font-bold text-ink"
        >
          Kommende Veranstaltungen
        </h2>
        {overview.upcoming.length === 0 ? (
          <p className="mt-6 text-muted">Zurzeit sind keine Veranstaltungen angekündigt.</p>
        ) : (
          <div className="mt-6">
            <EventList items={overview.upcoming} />
          </div>
        )}
      </section>

      <section aria-labelledby="vergangene-titel" className="mt-12">
        <h2
          id="vergangene-titel"
          className="border-b border-slate-200 pb-2 text-2xl font-bold text-ink"
        >
          Vergangene Veranstaltungen
        </h2>
        {overview.past.length === 0 ? (
          <p className="mt-6 text-muted">Noch keine vergangenen Veranstaltungen.</p>
        ) : (
          <div className="mt-6">
            <EventList items={overview.past} />
          </div>
        )}
        {overview.pastPageCount > 1 ? (
          <p className="mt-6">
            <Link
              href="/veranstaltungen/archiv?seite=2"
              className="font-medium text-brand-800 underline"
            >
              Ältere Veranstaltungen
            </Link>
          </p>
        ) : null}
      </section>
    </div>
  )
}
