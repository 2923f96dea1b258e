import type { Metadata } from 'next'
import Link from 'next/link'
import { EventTeaser } from '@/components/event-teaser'
import { NewsTeaser } from '@/components/news-teaser'
import { PartnerQuote } from '@/components/partner-quote'
import { getCategoryCounts, getFeaturedQuote, getHomeEvents, getLatestNews } from '@/db/public/home'
import { SITE } from '@/lib/site'

export const metadata: Metadata = {
  title: { absolute: `${SITE.name} – ${SITE.tagline}` },
  alternates: { canonical: '/' },
}

export default async function HomePage() {
  const [latest, events, categories, quote] = await Promise.all([
    getLatestNews(4),
    getHomeEvents(3),
    getCategoryCounts(),
    getFeaturedQuote(),
  ])
  const total = categories.reduce((sum, c) => sum + c.count, 0)

  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <section className="py-10 sm:py-14" aria-labelledby="start-titel">
        <h1
          id="start-titel"
          className="max-w-3xl text-3xl font-bold leading-tight text-brand-900 sm:text-4xl"
        >
          {SITE.name}: {SITE.tagline}
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-muted">
          {total > 0
            ? `${total} Partner aus Wirtschaft, Wissenschaft und Gesellschaft – mit ihren Profilen, Meldungen und Veranstaltungen.`
            : 'Partner aus Wirtschaft, Wissenschaft und Gesellschaft – mit ihren Profilen, Meldungen und Veranstaltungen.'}
        </p>
        <p className="mt-6 flex flex-wrap gap-3">
          <Link
            href="/partner"
            className="rounded bg-brand-800 px-5 py-2.5 font-medium text-white no-underline hover:bg-brand-900"
          >
            Partner entdecken
          </Link>
          <Link
            href="/veranstaltungen"
            className="rounded border border-brand-800 px-5 py-2.5 font-medium text-brand-800 no-underline hover:bg-brand-50"
          >
            Veranstaltungen
          </Link>
        </p>
      </section>

      <div className="grid gap-12 lg:grid-cols-3">
        <section aria-labelledby="aktuelles-titel" className="lg:col-span-2">
          <div className="flex items-baseline justify-between border-b border-slate-200 pb-2">
            <h2 id="aktuelles-titel" className="text-2xl font-bold text-ink">
              Aktuelles
            </h2>
            <Link href="/aktuelles" className="text-sm font-medium text-brand-800 underline">
              Alle Meldungen
            </Link>
          </div>
          {latest.length === 0 ? (
            <p className="mt-6 text-muted">Noch keine Meldungen veröffentlicht.</p>
          ) : (
            <ul className="mt-6 grid gap-8 sm:grid-cols-2">
              {latest.map((item) => (
                <li key={item.slug}>
                  <NewsTeaser item={item} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="termine-titel">
          <div className="flex items-baseline justify-between border-b border-slate-200 pb-2">
            <h2 id="termine-titel" className="text-2xl font-bold text-ink">
              {events.upcoming || events.items.length === 0 ? 'Nächste Termine' : 'Zuletzt'}
            </h2>
            <Link href="/veranstaltungen" className="text-sm font-medium text-brand-800 underline">
              Alle Termine
            </Link>
          </div>
          {events.items.length === 0 ? (
            <p className="mt-6 text-muted">Zurzeit sind keine Veranstaltungen angekündigt.</p>
          ) : (
            <ul className="mt-6 flex flex-col gap-6">
              {events.items.map((item) => (
                <li key={item.slug}>
                  <EventTeaser item={item} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <div className="mt-14 grid gap-12 lg:grid-cols-3">
        <section aria-labelledby="verzeichnis-titel" className="lg:col-span-2">
          <h2
            id="verzeichnis-titel"
            className="border-b border-slate-200 pb-2 text-2xl font-bold text-ink"
          >
            Partnerverzeichnis
          </h2>
          {categories.length === 0 ? (
            <p className="mt-6 text-muted">Noch keine Partnerprofile veröffentlicht.</p>
          ) : (
            <ul className="mt-6 grid gap-3 sm:grid-cols-2">
              {categories.map((category) => (
                <li key={category.slug}>
                  <Link
                    href={`/partner?kategorie=${category.slug}`}
                    className="flex items-center justify-between gap-4 rounded-lg border border-slate-200 px-4 py-3 text-ink no-underline hover:border-brand-600 hover:bg-brand-50"
                  >
                    <span className="font-medium">{category.name}</span>{' '}
                    <span className="shrink-0 rounded-full bg-brand-100 px-2.5 py-0.5 text-sm font-semibold text-brand-900">
                      {category.count}
                      <span className="sr-only"> Partner</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        {quote ? (
          <section aria-labelledby="stimme-titel">
            <h2
              id="stimme-titel"
              className="border-b border-slate-200 pb-2 text-2xl font-bold text-ink"
            >
              Stimmen aus dem Netzwerk
            </h2>
            <div className="mt-6">
              <PartnerQuote
                quote={quote}
                source={
                  <Link href={`/partner/${quote.partnerSlug}`} className="text-brand-800 underline">
                    {quote.partnerName}
                  </Link>
                }
              />
            </div>
          </section>
        ) : null}
      </div>
    </div>
  )
}
