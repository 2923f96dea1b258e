import { getTranslations } from 'next-intl/server'
import type { DirectoryResult } from '@/db/public/partners'
import type { Locale } from '@/lib/i18n/locales'

/*
 * The categories: folded behind "Filter" on a phone, so the first partner is on the first
 * screen. A <details> element opens without JavaScript; on wide screens globals.css shows its
 * content and hides the summary (`.category-filter`).
 */
export async function CategoryFilter({
  result,
  active,
  link,
  locale = 'de',
}: {
  result: DirectoryResult
  active: string | null
  link: (o: { kategorie: string | null }) => string
  locale?: Locale
}) {
  const t = await getTranslations({ locale, namespace: 'directory' })
  const total = result.facets.reduce((sum, f) => sum + f.count, 0)
  return (
    <details className="category-filter group rounded-lg border border-slate-200 lg:border-0">
      <summary className="flex cursor-pointer items-center justify-between gap-3 px-3 py-2 font-medium text-brand-900">
        <span>{t('filter')}</span>
        <span className="flex min-w-0 items-center gap-2 text-sm font-normal text-muted">
          <span className="truncate">
            {result.category ? result.category.name : t('allCategories')}
          </span>
          <span aria-hidden="true" className="transition-transform group-open:rotate-180">
            ▾
          </span>
        </span>
      </summary>
      <nav aria-label={t('categories')} className="px-2 pb-2 lg:p-0">
        <h2 className="px-1 pt-2 text-sm font-semibold uppercase tracking-wide text-muted lg:p-0">
          {t('categories')}
        </h2>
        <ul className="mt-3 flex flex-col gap-1">
          <li>
            <a
              href={link({ kategorie: null })}
              aria-current={!active ? 'page' : undefined}
              className="facet-link"
            >
              <span className="min-w-0">{t('allCategories')}</span>{' '}
              <span className="shrink-0 text-muted">{total}</span>
            </a>
          </li>
          {result.facets.map((facet) => {
            const current = facet.slug === active
            return (
              <li key={facet.slug}>
                <a
                  href={link({ kategorie: facet.slug })}
                  aria-current={current ? 'page' : undefined}
                  className="facet-link"
                >
                  <span className="min-w-0">{facet.name}</span>{' '}
                  <span className="shrink-0 text-muted">({facet.count})</span>
                </a>
              </li>
            )
          })}
        </ul>
      </nav>
    </details>
  )
}
