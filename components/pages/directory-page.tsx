import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { CategoryFilter } from '@/app/(public)/partner/category-filter'
import { LetterBar } from '@/app/(public)/partner/letter-bar'
import { LanguageNote, langIfOther } from '@/components/i18n/language-note'
import { LanguageSwitch } from '@/components/i18n/language-switch'
import { PartnerViewSwitch } from '@/components/partner-view-switch'
import { Highlighted } from '@/components/ui/highlighted'
import { PublicPagination } from '@/components/ui/public-pagination'
import { StoredImageTag } from '@/components/ui/stored-image'
import { getDirectory } from '@/db/public/partners'
import { mapHref } from '@/lib/geo/map-query'
import { stateByCode, STATES } from '@/lib/geo/states'
import { localeAlternates, otherLocale } from '@/lib/i18n/alternates'
import type { Locale } from '@/lib/i18n/locales'
import { partnerPath, QUERY_NAMES, sectionPath, slugIn } from '@/lib/i18n/paths'
import { parseDirectoryQuery, queryString } from '@/lib/validation/public-query'

export type SearchParams = Promise<Record<string, string | string[] | undefined>>

const PATHS = { de: sectionPath('partners', 'de'), en: sectionPath('partners', 'en') }

type Query = ReturnType<typeof parseDirectoryQuery>

/** The directory's address in `locale` with the query (German keys: the filters' names). */
function directoryLink(
  locale: Locale,
  query: Query,
  overrides: Partial<{
    q: string
    kategorie: string | null
    land: string | null
    buchstabe: string | null
    seite: number
  }>,
) {
  const values = {
    q: query.q,
    kategorie: query.category,
    land: stateByCode(query.state)?.slug ?? null,
    buchstabe: query.letter,
    seite: 1,
    ...overrides,
  }
  const names = QUERY_NAMES[locale]
  return `${sectionPath('partners', locale)}${queryString({
    [names.q]: values.q,
    [names.category]: values.kategorie,
    [names.state]: values.land,
    [names.letter]: values.buchstabe,
    [names.page]: values.seite,
  })}`
}

export async function directoryMetadata(
  locale: Locale,
  searchParams: SearchParams,
): Promise<Metadata> {
  const query = parseDirectoryQuery(await searchParams, QUERY_NAMES[locale])
  const t = await getTranslations({ locale, namespace: 'directory' })
  const filtered = query.q || query.category || query.state || query.letter || query.page > 1
  return {
    title: query.q ? t('searchTitle', { q: query.q }) : t('title'),
    description: t('description'),
    alternates: localeAlternates(locale, PATHS),
    robots: filtered ? { index: false, follow: true } : undefined,
  }
}

export async function DirectoryView({
  locale,
  searchParams,
}: {
  locale: Locale
  searchParams: SearchParams
}) {
  const query = parseDirectoryQuery(await searchParams, QUERY_NAMES[locale])
  const [result, t, ts] = await Promise.all([
    getDirectory(query, locale),
    getTranslations({ locale, namespace: 'directory' }),
    getTranslations({ locale, namespace: 'states' }),
  ])
  const link = (o: Parameters<typeof directoryLink>[2]) => directoryLink(locale, query, o)
  const other = otherLocale(locale)

  return (
    <>
      <LanguageSwitch
        locale={locale}
        href={directoryLink(other, query, {
          kategorie: result.category?.slugs[other] ?? query.category,
        })}
      />
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="mt-2 text-muted">
          {result.category ? `${result.category.name}: ` : null}
          {t('count', { count: result.total })}
          {query.state ? t('inState', { state: ts(query.state) }) : null}
          {query.q ? t('forQuery', { q: query.q }) : null}
          {query.letter
            ? query.letter === '#'
              ? t('withDigit')
              : t('withLetter', { letter: query.letter })
            : null}
        </p>
        <PartnerViewSwitch
          locale={locale}
          current="list"
          listHref={link({ seite: 1 })}
          mapHref={mapHref(
            { q: query.q, category: query.category, state: stateByCode(query.state), area: null },
            {},
            locale,
          )}
        />

        <form
          action={sectionPath('partners', locale)}
          method="get"
          role="search"
          className="mt-6 flex max-w-2xl flex-wrap gap-2"
        >
          <label htmlFor="verzeichnis-suche" className="sr-only">
            {t('searchLabel')}
          </label>
          <input
            id="verzeichnis-suche"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={200}
            placeholder={t('placeholder')}
            className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2"
          />
          {query.category ? (
            <input type="hidden" name={QUERY_NAMES[locale].category} value={query.category} />
          ) : null}
          <label htmlFor="verzeichnis-land" className="sr-only">
            {t('stateLabel')}
          </label>
          <select
            id="verzeichnis-land"
            name={QUERY_NAMES[locale].state}
            defaultValue={stateByCode(query.state)?.slug ?? ''}
            className="max-w-full rounded border border-slate-400 px-3 py-2"
          >
            <option value="">{t('allStates')}</option>
            {STATES.map((s) => (
              <option key={s.code} value={s.slug}>
                {ts(s.code)}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="rounded bg-brand-800 px-5 py-2 font-medium text-white hover:bg-brand-900"
          >
            {t('searchButton')}
          </button>
        </form>

        <LetterBar result={result} query={query} link={link} locale={locale} />

        <div className="mt-6 grid grid-cols-1 gap-6 lg:mt-8 lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-10">
          <CategoryFilter result={result} active={query.category} link={link} locale={locale} />

          <section aria-labelledby="ergebnisse-titel">
            <h2 id="ergebnisse-titel" className="sr-only">
              {t('results')}
            </h2>
            {result.items.length === 0 ? (
              <div className="rounded-lg border border-slate-200 bg-slate-50 p-6">
                <p className="font-semibold text-ink">
                  {result.unknownCategory ? t('unknownCategory') : t('none')}
                </p>
                <p className="mt-2 text-muted">
                  {query.q ? t('tryOther') : null}
                  <Link href={sectionPath('partners', locale)} className="text-brand-800 underline">
                    {t('showAll')}
                  </Link>
                </p>
              </div>
            ) : (
              <ol className="grid grid-cols-1 gap-5 sm:grid-cols-2">
                {result.items.map((item) => {
                  const textLang = langIfOther(item.lang, locale)
                  return (
                    <li key={item.slug} className="list-card">
                      <div className="list-card-logo">
                        {item.logo ? (
                          <StoredImageTag
                            image={item.logo}
                            displayWidth={96}
                            decorative
                            className="max-h-16 w-auto object-contain"
                          />
                        ) : (
                          <span aria-hidden="true" className="list-card-initial">
                            {item.name.charAt(0)}
                          </span>
                        )}
                      </div>
                      <div className="min-w-0">
                        <h3 className="list-card-title">
                          <a href={partnerPath(slugIn(item.slugs, locale), locale)}>{item.name}</a>
                          {textLang ? <LanguageNote locale={locale} /> : null}
                        </h3>
                        <p className="list-card-meta">
                          {[item.categoryName, item.city].filter(Boolean).join(' · ')}
                        </p>
                        {item.excerpt.length > 0 ? (
                          <p lang={textLang} className="list-card-text">
                            <Highlighted parts={item.excerpt} />
                          </p>
                        ) : null}
                      </div>
                    </li>
                  )
                })}
              </ol>
            )}
            <PublicPagination
              locale={locale}
              page={result.page}
              pageCount={result.pageCount}
              href={(seite) => link({ seite })}
              label={t('pages')}
            />
          </section>
        </div>
      </div>
    </>
  )
}
