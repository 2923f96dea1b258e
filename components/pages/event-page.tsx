import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { ContactBox } from '@/components/contact-box'
import { LanguageSwitch } from '@/components/i18n/language-switch'
import { langIfOther } from '@/components/i18n/language-note'
import { JsonLd } from '@/components/json-ld'
import { Prose } from '@/components/prose'
import { getEvent, type EventDetail } from '@/db/public/events'
import { findRedirect } from '@/db/public/redirects'
import { formatEventTime, formatTimestamp } from '@/lib/dates'
import { localeAlternates, otherLocale } from '@/lib/i18n/alternates'
import type { Locale } from '@/lib/i18n/locales'
import {
  eventCalendarPath,
  eventPath,
  localizeHref,
  newsPath,
  partnerPath,
  sectionPath,
  slugIn,
} from '@/lib/i18n/paths'
import { absoluteUrl, SITE } from '@/lib/site'

function pathsOf(event: EventDetail) {
  return { de: eventPath(event.slugs.de, 'de'), en: eventPath(slugIn(event.slugs, 'en'), 'en') }
}

export async function eventMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const event = await getEvent(slug, locale)
  if (!event) {
    const common = await getTranslations({ locale, namespace: 'common' })
    return { title: common('notFoundTitle') }
  }
  const description =
    `${formatEventTime(event.startsAt, event.endsAt, event.allDay, locale)}${event.venueName ? `, ${event.venueName}` : ''}. ${event.summary}`.trim()
  const paths = pathsOf(event)
  return {
    title: event.title,
    description,
    alternates: localeAlternates(locale, paths),
    openGraph: { type: 'website', title: event.title, description, url: paths[locale] },
    twitter: { card: 'summary', title: event.title, description },
  }
}

function isoDate(instant: Date) {
  return instant.toISOString()
}

export async function EventView({ locale, slug }: { locale: Locale; slug: string }) {
  const event = await getEvent(slug, locale)
  if (!event) {
    const target = await findRedirect('event', slug)
    if (target) permanentRedirect(localizeHref(target, locale))
    notFound()
  }
  const paths = pathsOf(event)
  // The English address with the German slug while there is an English one: the English one.
  if (locale === 'en' && paths.en !== eventPath(slug, 'en')) permanentRedirect(paths.en)
  return (
    <>
      <LanguageSwitch locale={locale} href={paths[otherLocale(locale)]} />
      <EventBody event={event} locale={locale} />
    </>
  )
}

/** The event itself: the public page and the editors' preview both render this. */
export async function EventBody({ event, locale }: { event: EventDetail; locale: Locale }) {
  const paths = pathsOf(event)
  const [t, common, site] = await Promise.all([
    getTranslations({ locale, namespace: 'event' }),
    getTranslations({ locale, namespace: 'common' }),
    getTranslations({ locale, namespace: 'site' }),
  ])
  const when = formatEventTime(event.startsAt, event.endsAt, event.allDay, locale)
  const url = absoluteUrl(paths[locale])
  const textLang = langIfOther(event.lang, locale)
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
    <>
      <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
        <JsonLd
          data={{
            '@type': 'Event',
            name: event.title,
            description: event.summary || undefined,
            startDate: event.allDay
              ? isoDate(event.startsAt).slice(0, 10)
              : isoDate(event.startsAt),
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
                  url: absoluteUrl(partnerPath(event.organizer.slug, locale)),
                }
              : { '@type': 'Organization', name: SITE.name, url: SITE.url },
            url,
            inLanguage: event.lang === 'en' ? 'en' : site('jsonLdLanguage'),
          }}
        />
        <nav aria-label={common('breadcrumb')} className="text-sm">
          <Link href={sectionPath('events', locale)} className="text-brand-800 underline">
            {t('breadcrumb')}
          </Link>
        </nav>
        <h1
          lang={textLang}
          className="mt-6 text-3xl font-bold leading-tight text-brand-900 sm:text-4xl"
        >
          {event.title}
        </h1>
        {event.summary ? (
          <p lang={textLang} className="mt-4 text-lg text-ink">
            {event.summary}
          </p>
        ) : null}

        <dl className="mt-8 grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-slate-50 px-5 py-4 sm:grid-cols-[9rem_1fr]">
          <dt className="font-semibold text-muted">{t('when')}</dt>
          <dd>
            <time dateTime={event.startsAt.toISOString()}>{when}</time>
          </dd>
          {event.venueName || event.venueAddress ? (
            <>
              <dt className="font-semibold text-muted">{t('where')}</dt>
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
              <dt className="font-semibold text-muted">{t('online')}</dt>
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
              <dt className="font-semibold text-muted">{t('organizer')}</dt>
              <dd>
                <Link
                  href={partnerPath(event.organizer.slug, locale)}
                  className="text-brand-800 underline"
                >
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
              {t('register')}
            </a>
          ) : null}
          <a
            href={eventCalendarPath(slugIn(event.slugs, locale), locale)}
            className="rounded border border-brand-800 px-5 py-2.5 font-medium text-brand-800 no-underline hover:bg-brand-50"
          >
            {t('ics')}
          </a>
        </p>

        <Prose html={event.bodyHtml} className="mt-8" lang={textLang} />

        {event.report ? (
          <p className="mt-8 rounded-lg border-l-4 border-brand-600 bg-brand-50 px-5 py-4">
            {t('report')}{' '}
            <Link
              href={newsPath(event.report.slug, locale)}
              className="font-medium text-brand-800 underline"
            >
              {event.report.title}
            </Link>
          </p>
        ) : null}

        {event.contact ? (
          <div className="mt-8">
            <ContactBox contact={event.contact} title={t('contact')} locale={locale} />
          </div>
        ) : null}

        <p className="mt-12 border-t border-slate-200 pt-4 text-sm text-muted">
          {common('lastUpdated')}{' '}
          <time dateTime={event.updatedAt.toISOString()}>
            {formatTimestamp(event.updatedAt, locale)}
          </time>
        </p>
      </article>
    </>
  )
}
