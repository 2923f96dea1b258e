import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { LanguageSwitch } from '@/components/i18n/language-switch'
import { MapFilters } from '@/components/map/map-filters'
import { MapList } from '@/components/map/map-list'
import { MapLegend, PartnerMap } from '@/components/map/partner-map'
import { PartnerViewSwitch } from '@/components/partner-view-switch'
import { getMapPartners } from '@/db/public/partner-map'
import { mapHref, parseMapQuery } from '@/lib/geo/map-query'
import { buildScene } from '@/lib/geo/scene'
import { localeAlternates, otherLocale } from '@/lib/i18n/alternates'
import type { Locale } from '@/lib/i18n/locales'
import { sectionPath } from '@/lib/i18n/paths'

/*
 * The partner map (/partner/karte, /en/partners/map): the partners with a position as an SVG
 * drawn on the server, the directory's filters in the address, and the same content as a list.
 */

export type SearchParams = Promise<Record<string, string | string[] | undefined>>

const PATHS = { de: sectionPath('map', 'de'), en: sectionPath('map', 'en') }

export async function mapMetadata(locale: Locale, searchParams: SearchParams): Promise<Metadata> {
  const query = parseMapQuery(await searchParams, locale)
  const [t, ts] = await Promise.all([
    getTranslations({ locale, namespace: 'map' }),
    getTranslations({ locale, namespace: 'states' }),
  ])
  const filtered = query.q || query.category || query.state || query.area
  return {
    title: query.state ? t('titleState', { state: ts(query.state.code) }) : t('title'),
    description: t('description'),
    alternates: localeAlternates(locale, PATHS),
    robots: filtered ? { index: false, follow: true } : undefined,
  }
}

export async function MapView({
  locale,
  searchParams,
}: {
  locale: Locale
  searchParams: SearchParams
}) {
  const query = parseMapQuery(await searchParams, locale)
  const [data, t, ts] = await Promise.all([
    getMapPartners({ q: query.q, category: query.category }, locale),
    getTranslations({ locale, namespace: 'map' }),
    getTranslations({ locale, namespace: 'states' }),
  ])
  const scene = buildScene(data.partners, query, locale)
  const category = data.category
  const other = otherLocale(locale)
  // The other language's address names the category by its slug there.
  const counterpart = mapHref(
    { ...query, category: category ? category.slugs[other] : query.category },
    {},
    other,
  )
  const state = query.state?.code ?? null

  return (
    <>
      <LanguageSwitch locale={locale} href={counterpart} />
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold text-brand-900">
          {query.state ? t('titleState', { state: ts(query.state.code) }) : t('title')}
        </h1>
        <p className="mt-2 text-muted">
          {category ? `${category.name}: ` : null}
          {t('count', { count: scene.partners.length })}
          {query.q ? t('forQuery', { q: query.q }) : null}
          {query.area ? t('area') : null}
        </p>
        <PartnerViewSwitch
          locale={locale}
          current="map"
          mapHref={mapHref(query, {}, locale)}
          listHref={mapHref(query, { list: true }, locale)}
        />
        <MapFilters query={query} categories={data.categories} locale={locale} />
        {data.unknownCategory ? <p className="mt-6 font-semibold">{t('unknownCategory')}</p> : null}
        <div id="karte" className="mt-6 scroll-mt-4">
          {query.area ? (
            <p className="mb-2 text-sm">
              <a href={mapHref(query, { area: null }, locale)} className="text-brand-800 underline">
                {t('wholeMap')}
              </a>
            </p>
          ) : null}
          <PartnerMap scene={scene} state={state} locale={locale} />
          <MapLegend state={state} locale={locale} />
        </div>
        {data.unplaced > 0 && !query.area && !query.state ? (
          <p className="mt-4 text-sm text-muted">{t('unplaced', { count: data.unplaced })}</p>
        ) : null}
        <MapList scene={scene} locale={locale} />
      </div>
    </>
  )
}
