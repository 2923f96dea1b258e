import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import type { MapQuery } from '@/lib/geo/map-query'
import { STATES } from '@/lib/geo/states'
import type { Locale } from '@/lib/i18n/locales'
import { QUERY_NAMES, sectionPath } from '@/lib/i18n/paths'

/* The map's filters as a plain GET form: the same address parameters as the directory. */
export async function MapFilters({
  query,
  categories,
  locale,
}: {
  query: MapQuery
  categories: { slug: string; name: string }[]
  locale: Locale
}) {
  const [t, ts] = await Promise.all([
    getTranslations({ locale, namespace: 'map' }),
    getTranslations({ locale, namespace: 'states' }),
  ])
  const names = QUERY_NAMES[locale]
  const field = 'rounded border border-slate-400 px-3 py-2'
  return (
    <form
      action={sectionPath('map', locale)}
      method="get"
      role="search"
      className="mt-6 flex flex-wrap items-end gap-3"
    >
      <div className="flex min-w-48 flex-1 flex-col gap-1">
        <label htmlFor="karte-suche" className="text-sm font-medium">
          {t('searchLabel')}
        </label>
        <input
          id="karte-suche"
          name={names.q}
          type="search"
          defaultValue={query.q}
          maxLength={200}
          placeholder={t('searchPlaceholder')}
          className={`${field} max-w-full`}
        />
      </div>
      <div className="flex min-w-0 max-w-full flex-col gap-1">
        <label htmlFor="karte-kategorie" className="text-sm font-medium">
          {t('categoryLabel')}
        </label>
        <select
          id="karte-kategorie"
          name={names.category}
          defaultValue={query.category ?? ''}
          className={`${field} max-w-full`}
        >
          <option value="">{t('allCategories')}</option>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex min-w-0 max-w-full flex-col gap-1">
        <label htmlFor="karte-land" className="text-sm font-medium">
          {t('stateLabel')}
        </label>
        <select
          id="karte-land"
          name={names.state}
          defaultValue={query.state?.slug ?? ''}
          className={`${field} max-w-full`}
        >
          <option value="">{t('allStates')}</option>
          {STATES.map((s) => (
            <option key={s.code} value={s.slug}>
              {ts(s.code)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded bg-brand-800 px-5 py-2 font-medium text-white hover:bg-brand-900"
      >
        {t('apply')}
      </button>
      {query.q || query.category || query.state || query.area ? (
        <Link
          href={sectionPath('map', locale)}
          prefetch={false}
          className="py-2 text-brand-800 underline"
        >
          {t('reset')}
        </Link>
      ) : null}
    </form>
  )
}
