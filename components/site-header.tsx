import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/locales'
import { sectionPath } from '@/lib/i18n/paths'
import { siteTexts } from '@/lib/i18n/site-texts'

export async function SiteHeader({ locale = 'de' }: { locale?: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common' })
  const site = await siteTexts(locale)
  const NAV = [
    { href: sectionPath('partners', locale), label: t('navPartners') },
    { href: sectionPath('news', locale), label: t('navNews') },
    { href: sectionPath('events', locale), label: t('navEvents') },
  ]
  return (
    <header className="border-b border-slate-200 bg-white">
      <a
        href="#inhalt"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-brand-800 focus:px-4 focus:py-2 focus:text-white"
      >
        {t('skipToContent')}
      </a>
      {/* A phone gets two lines: the name and the search button, then the three sections. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:gap-y-3 sm:px-6 sm:py-4">
        <Link
          href={sectionPath('home', locale)}
          className="group flex min-w-0 items-center gap-3 no-underline"
        >
          <span
            aria-hidden="true"
            className="grid size-10 shrink-0 place-items-center rounded-lg bg-brand-800 text-lg font-bold text-white"
          >
            C
          </span>
          <span className="min-w-0 leading-tight">
            <span className="block text-lg font-bold text-brand-900 group-hover:underline">
              {site.name}
            </span>
            <span className="hidden text-sm text-muted sm:block">{site.tagline}</span>
          </span>
        </Link>
        <nav
          aria-label={t('mainNav')}
          className="order-last -mx-2 flex w-full items-center gap-x-1 sm:order-none sm:mx-0 sm:w-auto"
        >
          {NAV.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="rounded px-2 py-2 font-medium text-ink no-underline hover:bg-brand-50 hover:text-brand-800 sm:px-3"
            >
              {item.label}
            </Link>
          ))}
        </nav>
        <form
          action={sectionPath('search', locale)}
          method="get"
          role="search"
          className="flex items-center"
        >
          <label htmlFor="kopf-suche" className="sr-only">
            {t('searchLabel')}
          </label>
          {/* On a phone only the button shows; it opens the search page with its own field. */}
          <input
            id="kopf-suche"
            name="q"
            type="search"
            placeholder={t('searchPlaceholder')}
            className="hidden w-36 rounded-l border border-slate-400 px-3 py-1.5 text-sm sm:block md:w-44"
          />
          <button
            type="submit"
            className="rounded border border-brand-800 bg-brand-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900 sm:rounded-l-none sm:border-l-0"
          >
            {t('searchButton')}
          </button>
        </form>
      </div>
    </header>
  )
}
