import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { LanguageNote, langIfOther } from '@/components/i18n/language-note'
import { LanguageSwitch } from '@/components/i18n/language-switch'
import { Highlighted } from '@/components/ui/highlighted'
import { searchSite, type SearchGroup } from '@/db/public/search'
import { failWhenFaultInjected } from '@/lib/fault'
import { otherLocale } from '@/lib/i18n/alternates'
import type { Locale } from '@/lib/i18n/locales'
import { localizeHref, sectionPath } from '@/lib/i18n/paths'
import { parseSearchText, queryString } from '@/lib/validation/public-query'

export type SearchParams = Promise<Record<string, string | string[] | undefined>>

function searchLink(locale: Locale, q: string) {
  return `${sectionPath('search', locale)}${queryString({ q })}`
}

export async function searchMetadata(
  locale: Locale,
  searchParams: SearchParams,
): Promise<Metadata> {
  const q = parseSearchText((await searchParams).q)
  const t = await getTranslations({ locale, namespace: 'search' })
  return {
    title: q ? t('titleQuery', { q }) : t('title'),
    robots: { index: false, follow: true },
    alternates: {
      languages: {
        de: searchLink('de', q),
        en: searchLink('en', q),
        'x-default': searchLink('de', q),
      },
    },
  }
}

export async function SearchView({
  locale,
  searchParams,
}: {
  locale: Locale
  searchParams: SearchParams
}) {
  const q = parseSearchText((await searchParams).q)
  failWhenFaultInjected()
  const [result, t] = await Promise.all([
    q ? searchSite(q, locale) : null,
    getTranslations({ locale, namespace: 'search' }),
  ])
  const total = result ? result.partners.total + result.news.total + result.events.total : 0

  return (
    <>
      <LanguageSwitch locale={locale} href={searchLink(otherLocale(locale), q)} />
      <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <form
          action={sectionPath('search', locale)}
          method="get"
          role="search"
          className="mt-6 flex flex-wrap gap-2"
        >
          <label htmlFor="suche-seite" className="sr-only">
            {t('label')}
          </label>
          <input
            id="suche-seite"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={200}
            placeholder={t('placeholder')}
            className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2"
          />
          <button
            type="submit"
            className="rounded bg-brand-800 px-5 py-2 font-medium text-white hover:bg-brand-900"
          >
            {t('button')}
          </button>
        </form>

        {!result ? (
          <p className="mt-8 text-muted">{t('hint')}</p>
        ) : total === 0 ? (
          <div className="mt-8 rounded-lg border border-slate-200 bg-slate-50 p-6">
            <p className="font-semibold">{t('noHits', { q })}</p>
            <p className="mt-2 text-muted">
              {t.rich('tryOther', {
                link: (chunks) => (
                  <Link href={sectionPath('partners', locale)} className="text-brand-800 underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          </div>
        ) : (
          <>
            <p className="mt-6 text-muted" role="status">
              {t('hits', { count: total, q })}
            </p>
            <Group
              id="treffer-partner"
              title={t('partners')}
              group={result.partners}
              locale={locale}
              more={
                result.partners.total > result.partners.hits.length
                  ? `${sectionPath('partners', locale)}?q=${encodeURIComponent(q)}`
                  : null
              }
            />
            <Group
              id="treffer-meldungen"
              title={t('news')}
              group={result.news}
              locale={locale}
              more={null}
            />
            <Group
              id="treffer-termine"
              title={t('events')}
              group={result.events}
              locale={locale}
              more={null}
            />
          </>
        )}
      </div>
    </>
  )
}

async function Group({
  id,
  title,
  group,
  more,
  locale,
}: {
  id: string
  title: string
  group: SearchGroup
  more: string | null
  locale: Locale
}) {
  if (group.total === 0) return null
  const t = await getTranslations({ locale, namespace: 'search' })
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="border-b border-slate-200 pb-2 text-2xl font-bold text-ink">
        {title} <span className="text-base font-normal text-muted">({group.total})</span>
      </h2>
      <ol className="mt-4 flex flex-col gap-6">
        {group.hits.map((hit) => {
          const textLang = langIfOther(hit.lang, locale)
          return (
            <li key={hit.href}>
              <h3 className="search-hit-title">
                <a href={localizeHref(hit.href, locale)} lang={textLang}>
                  <Highlighted parts={hit.title} />
                </a>
                {textLang ? <LanguageNote locale={locale} /> : null}
              </h3>
              {hit.meta ? <p className="list-card-meta">{hit.meta}</p> : null}
              {hit.snippet.length > 0 ? (
                <p lang={textLang} className="mt-1 text-ink">
                  <Highlighted parts={hit.snippet} />
                </p>
              ) : null}
            </li>
          )
        })}
      </ol>
      {more ? (
        <p className="mt-4">
          <a href={more} className="font-medium text-brand-800 underline">
            {t('showAll', { count: group.total, group: title })}
          </a>
        </p>
      ) : null}
    </section>
  )
}
