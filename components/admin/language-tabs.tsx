'use client'

import Link from 'next/link'
import { useTranslations } from 'next-intl'

/** "Deutsch" and "English": the two versions of one item in the backend, each its own form. */
export function LanguageTabs({
  germanHref,
  englishHref,
  current,
}: {
  germanHref: string
  englishHref: string
  current: 'de' | 'en'
}) {
  const t = useTranslations('admin.common.languageTabs')
  const tab = 'rounded-t border border-b-0 px-4 py-2 text-sm font-medium'
  const active = `${tab} border-slate-300 bg-white text-brand-900`
  const inactive = `${tab} border-transparent text-brand-800 underline hover:bg-brand-50`
  return (
    <nav aria-label={t('label')} className="flex gap-1 border-b border-slate-300">
      <Link
        href={germanHref}
        aria-current={current === 'de' ? 'page' : undefined}
        className={current === 'de' ? active : inactive}
      >
        {t('german')}
      </Link>
      <Link
        href={englishHref}
        lang="en"
        hrefLang="en"
        aria-current={current === 'en' ? 'page' : undefined}
        className={current === 'en' ? active : inactive}
      >
        {t('english')}
      </Link>
    </nav>
  )
}
