import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { EventTeaser } from '@/components/event-teaser'
import { LanguageSwitch } from '@/components/i18n/language-switch'
import { langIfOther } from '@/components/i18n/language-note'
import { NewsTeaser } from '@/components/news-teaser'
import { PartnerQuote } from '@/components/partner-quote'
import { getCategoryCounts, getFeaturedQuote, getHomeEvents, getLatestNews } from '@/db/public/home'
import { localeAlternates, otherLocale } from '@/lib/i18n/alternates'
import type { Locale } from '@/lib/i18n/locales'
import { partnerPath, sectionPath } from '@/lib/i18n/paths'
import { siteTexts } from '@/lib/i18n/site-texts'
import { queryString } from '@/lib/validation/public-query'
import { QUERY_NAMES } from '@/lib/i18n/paths'

const PATHS = { de: sectionPath('home', 'de'), en: sectionPath('home', 'en') }

export async function homeMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'home' })
  const site = await siteTexts(locale)
  return {
    title: { absolute: t('title', { name: site.name, tagline: site.tagline }) },
    alternates: localeAlternates(locale, PATHS),
  }
}

export async function HomeView({ locale }: { locale: Locale }) {
  const [latest, events, categories, quote, t, site] = await Promise.all([
    getLatestNews(4, locale),
    getHomeEvents(3, locale),
    getCategoryCounts(locale),
    getFeaturedQuote(locale),
    getTranslations({ locale, namespace: 'home' }),
    siteTexts(locale),
  ])
  const total = categories.reduce((sum, c) => sum + c.count, 0)
  const categoryLink = (slug: string) =>
    `${sectionPath('partners', locale)}${queryString({ [QUERY_NAMES[locale].category]: slug })}`

  return (
    <>
      <LanguageSwitch locale={locale} href={PATHS[otherLocale(locale)]} />
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <section className="py-10 sm:py-14" aria-labelledby="start-titel">
          <h1
            id="start-titel"
            className="max-w-3xl text-3xl font-bold leading-tight text-brand-900 sm:text-4xl"
          >
            {t('heading', { name: site.name, tagline: site.tagline })}
          </h1>
          <p className="mt-4 max-w-2xl text-lg text-muted">{t('intro', { count: total })}</p>
          <p className="mt-6 flex flex-wrap gap-3">
            <Link
              href={sectionPath('partners', locale)}
              className="rounded bg-brand-800 px-5 py-2.5 font-medium text-white no-underline hover:bg-brand-900"
            >
              {t('discover')}
            </Link>
            <Link
              href={sectionPath('events', locale)}
              className="rounded border border-brand-800 px-5 py-2.5 font-medium text-brand-800 no-underline hover:bg-brand-50"
            >
              {t('events')}
            </Link>
          </p>
        </section>

        <div className="grid gap-12 lg:grid-cols-3">
          <section aria-labelledby="aktuelles-titel" className="lg:col-span-2">
            <div className="flex items-baseline justify-between border-b border-slate-200 pb-2">
              <h2 id="aktuelles-titel" className="text-2xl font-bold text-ink">
                {t('news')}
              </h2>
              <Link
                href={sectionPath('news', locale)}
                className="text-sm font-medium text-brand-800 underline"
              >
                {t('allNews')}
              </Link>
            </div>
            {latest.length === 0 ? (
              <p className="mt-6 text-muted">{t('noNews')}</p>
            ) : (
              <ul className="mt-6 grid gap-8 sm:grid-cols-2">
                {latest.map((item) => (
                  <li key={item.slug}>
                    <NewsTeaser item={item} locale={locale} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="termine-titel">
            <div className="flex items-baseline justify-between border-b border-slate-200 pb-2">
              <h2 id="termine-titel" className="text-2xl font-bold text-ink">
                {events.upcoming || events.items.length === 0 ? t('upcoming') : t('recent')}
              </h2>
              <Link
                href={sectionPath('events', locale)}
                className="text-sm font-medium text-brand-800 underline"
              >
                {t('allEvents')}
              </Link>
            </div>
            {events.items.length === 0 ? (
              <p className="mt-6 text-muted">{t('noEvents')}</p>
            ) : (
              <ul className="mt-6 flex flex-col gap-6">
                {events.items.map((item) => (
                  <li key={item.slug}>
                    <EventTeaser item={item} locale={locale} />
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
              {t('directory')}
            </h2>
            {categories.length === 0 ? (
              <p className="mt-6 text-muted">{t('noPartners')}</p>
            ) : (
              <ul className="mt-6 grid gap-3 sm:grid-cols-2">
                {categories.map((category) => (
                  <li key={category.slug}>
                    <Link
                      href={categoryLink(category.slug)}
                      className="flex items-center justify-between gap-4 rounded-lg border border-slate-200 px-4 py-3 text-ink no-underline hover:border-brand-600 hover:bg-brand-50"
                    >
                      <span className="font-medium" lang={langIfOther(category.lang, locale)}>
                        {category.name}
                      </span>{' '}
                      <span className="shrink-0 rounded-full bg-brand-100 px-2.5 py-0.5 text-sm font-semibold text-brand-900">
                        {category.count}
                        <span className="sr-only">{t('countSuffix')}</span>
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
                {t('voices')}
              </h2>
              <div className="mt-6">
                <PartnerQuote
                  quote={quote}
                  locale={locale}
                  source={
                    <Link
                      href={partnerPath(quote.partnerSlug, locale)}
                      className="text-brand-800 underline"
                    >
                      {quote.partnerName}
                    </Link>
                  }
                />
              </div>
            </section>
          ) : null}
        </div>
      </div>
    </>
  )
}
