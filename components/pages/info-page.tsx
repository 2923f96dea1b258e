import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { LanguageSwitch } from '@/components/i18n/language-switch'
import { langIfOther } from '@/components/i18n/language-note'
import { Prose } from '@/components/prose'
import { getPage, type PublicPage } from '@/db/public/pages'
import { findRedirect } from '@/db/public/redirects'
import { formatTimestamp } from '@/lib/dates'
import { localeAlternates, otherLocale } from '@/lib/i18n/alternates'
import type { Locale } from '@/lib/i18n/locales'
import { infoPagePath, localizeHref, slugIn } from '@/lib/i18n/paths'
import { isSlug } from '@/lib/slug'

/* Pages kept by admins: /impressum, /datenschutz, /barrierefreiheit and any others. */

function pathsOf(page: PublicPage) {
  return { de: infoPagePath(page.slugs.de, 'de'), en: infoPagePath(slugIn(page.slugs, 'en'), 'en') }
}

function load(slug: string, locale: Locale) {
  return isSlug(slug) ? getPage(slug, locale) : null
}

export async function infoPageMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const page = await load(slug, locale)
  if (!page) {
    const common = await getTranslations({ locale, namespace: 'common' })
    return { title: common('notFoundTitle') }
  }
  return { title: page.title, alternates: localeAlternates(locale, pathsOf(page)) }
}

export async function InfoPageView({ locale, slug }: { locale: Locale; slug: string }) {
  const page = await load(slug, locale)
  if (!page) {
    const target = isSlug(slug) ? await findRedirect('page', slug) : null
    if (target) permanentRedirect(locale === 'en' ? `/en${target}` : localizeHref(target, locale))
    notFound()
  }
  const paths = pathsOf(page)
  // The English address with the German slug while there is an English one: the English one.
  if (locale === 'en' && paths.en !== infoPagePath(slug, 'en')) permanentRedirect(paths.en)
  return (
    <>
      <LanguageSwitch locale={locale} href={paths[otherLocale(locale)]} />
      <InfoPageBody page={page} locale={locale} />
    </>
  )
}

/** The page itself: the public page and the admins' preview both render this. */
export async function InfoPageBody({ page, locale }: { page: PublicPage; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'page' })
  const textLang = langIfOther(page.lang, locale)
  return (
    <>
      <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
        <h1 lang={textLang} className="text-3xl font-bold text-brand-900">
          {page.title}
        </h1>
        <Prose html={page.bodyHtml} className="mt-8" lang={textLang} />
        <p className="mt-12 border-t border-slate-200 pt-4 text-sm text-muted">
          {t('updated')}{' '}
          <time dateTime={page.updatedAt.toISOString()}>
            {formatTimestamp(page.updatedAt, locale)}
          </time>
        </p>
      </article>
    </>
  )
}
