import type { Metadata } from 'next'
import Link from 'next/link'
import { EventList } from '@/components/event-list'
import { Pagination } from '@/components/ui/pagination'
import { getEventsOverview } from '@/db/public/events'
import { parsePage, queryString } from '@/lib/validation/public-query'

export const instant = false

export const metadata: Metadata = {
  title: 'Vergangene Veranstaltungen',
  alternates: { canonical: '/veranstaltungen/archiv' },
  robots: { index: false, follow: true },
}

export default async function EventArchivePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const overview = await getEventsOverview(parsePage((await searchParams).seite))
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <nav aria-label="Brotkrümelnavigation" className="text-sm">
        <Link href="/veranstaltungen" className="text-brand-800 underline">
          Veranstaltungen
        </Link>
      </nav>
      <h1 className="mt-4 text-3xl font-bold text-brand-900">Vergangene Veranstaltungen</h1>
      <p className="mt-2 text-muted">
        {overview.pastTotal} Veranstaltungen, Seite {overview.pastPage} von {overview.pastPageCount}
      </p>
      <section aria-labelledby="archiv-liste" className="mt-8">
        <h2 id="archiv-liste" className="sr-only">
          Liste
        </h2>
        {overview.past.length === 0 ? (
          <p className="text-muted">Noch keine vergangenen Veranstaltungen.</p>
        ) : (
          <EventList items={overview.past} />
        )}
      </section>
      <Pagination
        page={overview.pastPage}
        pageCount={overview.pastPageCount}
        href={(seite) => `/veranstaltungen/archiv${queryString({ seite })}`}
        label="Seiten des Archivs"
      />
    </div>
  )
}
