import type { Metadata } from 'next'
import Link from 'next/link'
import { findRedirect } from '@/db/public/redirects'
import { notFound, permanentRedirect } from 'next/navigation'
import { ContactBox } from '@/components/contact-box'
import { JsonLd } from '@/components/json-ld'
import { Prose } from '@/components/prose'
import { getEvent } from '@/db/public/events'
import { formatEventTime, formatTimestamp } from '@/lib/dates'
import { absoluteUrl, SITE } from '@/lib/site'

type Params = Promise<{ slug: string }>

export function generateStaticParams() {
  return [{ slug: 'beispiel' }]
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const event = await getEvent((await params).slug)
  if (!event) return { title: 'Seite nicht gefunden' }
  const description =
    `${formatEventTime(event.startsAt, event.endsAt, event.allDay)}${event.venueName ? `, ${event.venueName}` : ''}. ${event.summary}`.trim()
  return {
    title: event.title,
    description,
    alternates: { canonical: `/veranstaltungen/${event.slug}` },
    openGraph: {
      type: 'website',
      title: event.title,
      description,
      url: `/veranstaltungen/${event.slug}`,
    },
    twitter: { card: 'summary', title: event.title, description },
  }
}

function isoDate(instant: Date) {
  return instant.toISOString()
}

export default async function EventPage({ params }: { params: Params }) {
  const { slug } = await params
  const event = await getEvent(slug)
  if (!event) {
    const target = await findRedirect('event', slug)
    if (target) permanentRedirect(target)
    notFound()
  }
  const when = formatEventTime(event.startsAt, event.endsAt, event.allDay)
  const url = absoluteUrl(`/veranstaltungen/${event.slug}`)
  const place =
    event.venueName || event.venueAddress
      ? {
          '@type': 'Place',
          name: event.venueName ?? event.venueAddress,
          address: event.venueAddress ?? undefined,
        }
      : null
  const online = event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : null

  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <JsonLd
        data={{
          '@type': 'Event',
          name: event.title,
          description: event.summary || undefined,
          startDate: event.allDay ? isoDate(event.startsAt).slice(0, 10) : isoDate(event.startsAt),
          endDate: event.endsAt
            ? event.allDay
              ? isoDate(event.endsAt).slice(0, 10)
              : isoDate(event.endsAt)
            : undefined,
          eventStatus: 'https://schema.org/EventScheduled',
          eventAttendanceMode:
            place && online
              ? 'https://schema.org/MixedEventAttendanceMode'
              : online
                ? 'https://schema.org/OnlineEventAttendanceMode'
                : 'https://schema.org/OfflineEventAttendanceMode',
          location: [place, online].filter(Boolean),
          organizer: event.organizer
            ? {
                '@type': 'Organization',
                name: event.organizer.name,
                url: absoluteUrl(`/partner/${event.organizer.slug}`),
              }
            : { '@type': 'Organization', name: SITE.name, url: SITE.url },
          url,
          inLanguage: 'de-DE',
        }}
      />
      <nav aria-label="Brotkrümelnavigation" className="text-sm">
        <Link href="/veranstaltungen" className="text-brand-800 underline">
          Veranstaltungen
        </Link>
      </nav>
      <h1 className="mt-6 text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">
        {event.title}
      </h1>
      {event.summary ? <p className="mt-4 text-lg text-ink">{event.summary}</p> : null}

      <dl className="mt-8 grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-slate-50 px-5 py-4 sm:grid-cols-[9rem_1fr]">
        <dt className="font-semibold text-muted">Wann</dt>
        <dd>
          <time dateTime={event.startsAt.toISOString()}>{when}</time>
        </dd>
        {event.venueName || event.venueAddress ? (
          <>
            <dt className="font-semibold text-muted">Wo</dt>
            <dd>
              {event.venueName ? <span className="block">{event.venueName}</span> : null}
              {event.venueAddress ? (
                <span className="block text-muted">{event.venueAddress}</span>
              ) : null}
            </dd>
          </>
        ) : null}
        {event.onlineUrl ? (
          <>
            <dt className="font-semibold text-muted">Online</dt>
            <dd>
              <a
                href={event.onlineUrl}
                rel="noopener noreferrer"
                className="break-all text-brand-800 underline"
              >
                {event.onlineUrl}
              </a>
            </dd>
          </>
        ) : null}
        {event.organizer ? (
          <>
            <dt className="font-semibold text-muted">Veranstalter</dt>
            <dd>
              <Link href={`/partner/${event.organizer.slug}`} className="text-brand-800 underline">
                {event.organizer.name}
              </Link>
            </dd>
          </>
        ) : null}
      </dl>

      <p className="mt-6 flex flex-wrap gap-3">
        {event.registrationUrl ? (
          <a
            href={event.registrationUrl}
            rel="noopener noreferrer"
            className="rounded bg-brand-800 px-5 py-2.5 font-medium text-white no-underline hover:bg-brand-900"
          >
            Zur Anmeldung
          </a>
        ) : null}
        <a
          href={`/veranstaltungen/${event.slug}/kalender.ics`}
          className="rounded border border-brand-800 px-5 py-2.5 font-medium text-brand-800 no-underline hover:bg-brand-50"
        >
          In den Kalender (.ics)
        </a>
      </p>

      <Prose html={event.bodyHtml} className="mt-8" />

      {event.report ? (
        <p className="mt-8 rounded-lg border-l-4 border-brand-600 bg-brand-50 px-5 py-4">
          Bericht zur Veranstaltung:{' '}
          <Link
            href={`/aktuelles/${event.report.slug}`}
            className="font-medium text-brand-800 underline"
          >
            {event.report.title}
          </Link>
        </p>
      ) : null}

      {event.contact ? (
        <div className="mt-8">
          <ContactBox contact={event.contact} title="Ansprechpartner" />
        </div>
      ) : null}

      <p className="mt-12 border-t border-slate-200 pt-4 text-sm text-muted">
        Zuletzt aktualisiert:{' '}
        <time dateTime={event.updatedAt.toISOString()}>{formatTimestamp(event.updatedAt)}</time>
      </p>
    </article>
  )
}
