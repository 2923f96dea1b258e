'use client'

import { useLocale, useTranslations } from 'next-intl'
import { ErrorContent, errorTexts } from '@/components/status/error-content'
import { isLocale } from '@/lib/i18n/locales'
import { sectionPath } from '@/lib/i18n/paths'

/* An error on a public page: inside the public layout, which draws the header. */
export function PublicErrorBoundary({ reset }: { reset: () => void }) {
  const t = useTranslations('status')
  const locale = useLocale()
  return (
    <ErrorContent
      texts={errorTexts(t)}
      homeHref={sectionPath('home', isLocale(locale) ? locale : 'de')}
      retry={reset}
    />
  )
}
