import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { EventList } from '@/components/event-list'
import { LanguageSwitch } from '@/components/i18n/language-switch'
import { PublicPagination } from '@/components/ui/public-pagination'
import { getEventsOverview } from '@/db/public/events'
import { localeAlternates, otherLocale } from '@/lib/i18n/alternates'
import type { Locale } from '@/lib/i18n/locales'
import { QUERY_NAMES, sectionPath } from '@/lib/i18n/paths'
import { parsePage, queryString } from '@/lib/validation/public-query'

export type SearchParams = Promise<Record<string, string | string[] | undefined>>

const PATHS = { de: sectionPath('events', 'de'), en: sectionPath('events', 'en') }
const ARCHIVE = { de: sectionPath('archive', 'de'), en: sectionPath('archive', 'en') }

function archiveLink(locale: Locale, page: number) {
  return `${ARCHIVE[locale]}${queryString({ [QUERY_NAMES[locale].page]: page })}`
}

export async function eventsMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'events' })
  return {
    title: t('title'),
    description: t('description'),
    alternates: localeAlternates(locale, PATHS, {
      'text/calendar': sectionPath('calendar', locale),
    }),
  }
}

export async function EventsView({ locale }: { locale: Locale }) {
  const [overview, t] = await Promise.all([
    getEventsOverview(1, locale),
    getTranslations({ locale, namespace: 'events' }),
  ])
  return (
    <>
      <LanguageSwitch locale={locale} href={PATHS[otherLocale(locale)]} />
      <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="mt-2 text-muted">
          {t('subscribe')}{' '}
          <a href={sectionPath('calendar', locale)} className="text-brand-800 underline">
            {t('feed')}
          </a>
        </p>

        <section aria-labelledby="kommende-titel" className="mt-10">
          <h2
            id="kommende-titel"
            className="border-b border-slate-200 pb-2 text-2xl font-bold text-ink"
          >
            {t('upcoming')}
          </h2>
          {overview.upcoming.length === 0 ? (
            <p className="mt-6 text-muted">{t('noUpcoming')}</p>
          ) : (
            <div className="mt-6">
              <EventList items={overview.upcoming} locale={locale} />
            </div>
          )}
        </section>

        <section aria-labelledby="vergangene-titel" className="mt-12">
          <h2
            id="vergangene-titel"
            className="border-b border-slate-200 pb-2 text-2xl font-bold text-ink"
          >
            {t('past')}
          </h2>
          {overview.past.length === 0 ? (
            <p className="mt-6 text-muted">{t('noPast')}</p>
          ) : (
            <div className="mt-6">
              <EventList items={overview.past} locale={locale} />
            </div>
          )}
          {overview.pastPageCount > 1 ? (
            <p className="mt-6">
              <Link href={archiveLink(locale, 2)} className="font-medium text-brand-800 underline">
                {t('older')}
              </Link>
            </p>
          ) : null}
        </section>
      </div>
    </>
  )
}

export async function eventArchiveMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'events' })
  return {
    title: t('past'),
    alternates: localeAlternates(locale, ARCHIVE),
    robots: { index: false, follow: true },
  }
}

export async function EventArchiveView({
  locale,
  searchParams,
}: {
  locale: Locale
  searchParams: SearchParams
}) {
  const page = parsePage((await searchParams)[QUERY_NAMES[locale].page])
  const [overview, t, common] = await Promise.all([
    getEventsOverview(page, locale),
    getTranslations({ locale, namespace: 'events' }),
    getTranslations({ locale, namespace: 'common' }),
  ])
  return (
    <>
      <LanguageSwitch locale={locale} href={archiveLink(otherLocale(locale), page)} />
      <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
        <nav aria-label={common('breadcrumb')} className="text-sm">
          <Link href={sectionPath('events', locale)} className="text-brand-800 underline">
            {t('title')}
          </Link>
        </nav>
        <h1 className="mt-4 text-3xl font-bold text-brand-900">{t('past')}</h1>
        <p className="mt-2 text-muted">
          {t('archiveSummary', {
            total: overview.pastTotal,
            page: overview.pastPage,
            count: overview.pastPageCount,
          })}
        </p>
        <section aria-labelledby="archiv-liste" className="mt-8">
          <h2 id="archiv-liste" className="sr-only">
            {t('list')}
          </h2>
          {overview.past.length === 0 ? (
            <p className="text-muted">{t('noPast')}</p>
          ) : (
            <EventList items={overview.past} locale={locale} />
          )}
        </section>
        <PublicPagination
          locale={locale}
          page={overview.pastPage}
          pageCount={overview.pastPageCount}
          href={(seite) => archiveLink(locale, seite)}
          label={t('archivePages')}
        />
      </div>
    </>
  )
}
