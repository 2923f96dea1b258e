import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/locales'
import { sectionPath } from '@/lib/i18n/paths'

/** The 404 page's content, inside whichever layout draws the header. */
export async function NotFoundContent({ locale = 'de' }: { locale?: Locale }) {
  const t = await getTranslations({ locale, namespace: 'status' })
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-16 sm:px-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        {t('notFoundLabel')}
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{t('notFoundTitle')}</h1>
      <p className="mt-4 text-lg text-muted">{t('notFoundText')}</p>
      <ul className="mt-8 flex flex-wrap gap-3">
        <li>
          <Link
            href={sectionPath('home', locale)}
            className="inline-block rounded bg-brand-800 px-4 py-2 font-medium text-white no-underline hover:bg-brand-900"
          >
            {t('home')}
          </Link>
        </li>
        <li>
          <Link
            href={sectionPath('partners', locale)}
            className="inline-block rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 no-underline hover:bg-brand-50"
          >
            {t('directory')}
          </Link>
        </li>
        <li>
          <Link
            href={sectionPath('news', locale)}
            className="inline-block rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 no-underline hover:bg-brand-50"
          >
            {t('news')}
          </Link>
        </li>
      </ul>
      <form
        action={sectionPath('search', locale)}
        method="get"
        role="search"
        className="mt-10 flex max-w-md gap-2"
      >
        <label htmlFor="nf-suche" className="sr-only">
          {t('searchLabel')}
        </label>
        <input
          id="nf-suche"
          name="q"
          type="search"
          placeholder={t('searchPlaceholder')}
          className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2"
        />
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t('searchButton')}
        </button>
      </form>
    </div>
  )
}
