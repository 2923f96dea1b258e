import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { LanguageSwitch } from '@/components/i18n/language-switch'
import { ErrorContent, errorTexts } from '@/components/status/error-content'
import { NotFoundContent } from '@/components/status/not-found-content'
import type { Locale } from '@/lib/i18n/locales'
import { sectionPath } from '@/lib/i18n/paths'

/*
 * The status pages as server.mjs serves them in place of Next's empty error document
 * (lib/status-pages.mjs): /_status/404 and /_status/500, /en/_status/404 and /en/_status/500.
 */

export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'status' })
  return { title: t('notFoundTitle'), robots: { index: false, follow: true } }
}

export async function errorMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'status' })
  return { title: t('errorMetaTitle'), robots: { index: false, follow: false } }
}

export async function NotFoundStatusView({ locale }: { locale: Locale }) {
  return (
    <>
      <LanguageSwitch locale={locale} href={sectionPath('home', locale === 'de' ? 'en' : 'de')} />
      <NotFoundContent locale={locale} />
    </>
  )
}

export async function ErrorStatusView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'status' })
  return <ErrorContent texts={errorTexts(t)} homeHref={sectionPath('home', locale)} />
}
