import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { LanguageSwitch } from '@/components/i18n/language-switch'
import { NewsTeaser } from '@/components/news-teaser'
import { PublicPagination } from '@/components/ui/public-pagination'
import { getNewsList } from '@/db/public/news'
import { localeAlternates, otherLocale } from '@/lib/i18n/alternates'
import type { Locale } from '@/lib/i18n/locales'
import { QUERY_NAMES, sectionPath } from '@/lib/i18n/paths'
import { parsePage, parseSlugParam, parseYear, queryString } from '@/lib/validation/public-query'

export type SearchParams = Promise<Record<string, string | string[] | undefined>>

const PATHS = { de: sectionPath('news', 'de'), en: sectionPath('news', 'en') }

async function readQuery(searchParams: SearchParams, locale: Locale) {
  const params = await searchParams
  const names = QUERY_NAMES[locale]
  return {
    page: parsePage(params[names.page]),
    year: parseYear(params[names.year]),
    tag: parseSlugParam(params[names.tag]),
  }
}

type Query = Awaited<ReturnType<typeof readQuery>>

function newsListLink(
  locale: Locale,
  query: Query,
  o: Partial<{ jahr: number | null; tag: string | null; seite: number }>,
) {
  const values = { jahr: query.year, tag: query.tag, seite: 1, ...o }
  const names = QUERY_NAMES[locale]
  return `${sectionPath('news', locale)}${queryString({
    [names.year]: values.jahr,
    [names.tag]: values.tag,
    [names.page]: values.seite,
  })}`
}

export async function newsListMetadata(
  locale: Locale,
  searchParams: SearchParams,
): Promise<Metadata> {
  const query = await readQuery(searchParams, locale)
  const t = await getTranslations({ locale, namespace: 'news' })
  return {
    title: query.year ? t('titleYear', { year: String(query.year) }) : t('title'),
    description: t('description'),
    alternates: localeAlternates(locale, PATHS, {
      'application/rss+xml': sectionPath('feed', locale),
    }),
    robots: query.page > 1 || query.year || query.tag ? { index: false, follow: true } : undefined,
  }
}

export async function NewsListView({
  locale,
  searchParams,
}: {
  locale: Locale
  searchParams: SearchParams
}) {
  const query = await readQuery(searchParams, locale)
  const [result, t] = await Promise.all([
    getNewsList(query, locale),
    getTranslations({ locale, namespace: 'news' }),
  ])
  const link = (o: Parameters<typeof newsListLink>[2]) => newsListLink(locale, query, o)

  return (
    <>
      <LanguageSwitch locale={locale} href={newsListLink(otherLocale(locale), query, {})} />
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="mt-2 text-muted">
          {t('count', { count: result.total })}
          {query.year ? t('fromYear', { year: String(query.year) }) : null}
          {result.tag ? t('onTag', { tag: result.tag.name }) : null}
          {' · '}
          <a href={sectionPath('feed', locale)} className="text-brand-800 underline">
            {t('subscribe')}
          </a>
        </p>

        <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_16rem]">
          <section aria-labelledby="liste-titel">
            <h2 id="liste-titel" className="sr-only">
              {t('listTitle')}
            </h2>
            {result.items.length === 0 ? (
              <div className="rounded-lg border border-slate-200 bg-slate-50 p-6">
                <p className="font-semibold">{result.unknownTag ? t('unknownTag') : t('none')}</p>
                <p className="mt-2">
                  <Link href={sectionPath('news', locale)} className="text-brand-800 underline">
                    {t('showAll')}
                  </Link>
                </p>
              </div>
            ) : (
              <ol className="flex flex-col divide-y divide-slate-200">
                {result.items.map((item) => (
                  <li key={item.slug} className="py-6 first:pt-0">
                    <NewsTeaser item={item} locale={locale} />
                  </li>
                ))}
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

          <aside className="flex flex-col gap-8">
            <nav aria-labelledby="jahre-titel">
              <h2
                id="jahre-titel"
                className="text-sm font-semibold uppercase tracking-wide text-muted"
              >
                {t('byYear')}
              </h2>
              <ul className="mt-3 flex flex-wrap gap-2">
                <li>
                  <a
                    href={link({ jahr: null })}
                    aria-current={!query.year ? 'page' : undefined}
                    className="chip"
                  >
                    {t('all')}
                  </a>
                </li>
                {result.years.map(({ year, count }) => (
                  <li key={year}>
                    <a
                      href={link({ jahr: year })}
                      aria-current={query.year === year ? 'page' : undefined}
                      className="chip"
                    >
                      {year} <span className="opacity-80">({count})</span>
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {result.tags.length > 0 ? (
              <nav aria-labelledby="themen-titel">
                <h2
                  id="themen-titel"
                  className="text-sm font-semibold uppercase tracking-wide text-muted"
                >
                  {t('topics')}
                </h2>
                <ul className="mt-3 flex flex-wrap gap-2">
                  {result.tags.map((tag) => (
                    <li key={tag.slug}>
                      <a
                        href={link({ tag: query.tag === tag.slug ? null : tag.slug })}
                        aria-current={query.tag === tag.slug ? 'page' : undefined}
                        className="chip"
                      >
                        {tag.name} <span className="opacity-80">({tag.count})</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
          </aside>
        </div>
      </div>
    </>
  )
}
