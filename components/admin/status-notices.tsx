'use client'

import Link from 'next/link'
import { useTranslations } from 'next-intl'

/** The backend's 403 page, inside the backend layout. */
export function ForbiddenNotice() {
  const t = useTranslations('admin.common.notices')
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-red-800">
        {t('forbiddenCode')}
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">{t('forbiddenTitle')}</h1>
      <p className="mt-2 text-muted">{t('forbiddenText')}</p>
      <p className="mt-4">
        <Link href="/admin" className="text-brand-800 underline">
          {t('toOverview')}
        </Link>
      </p>
    </div>
  )
}

/** The backend's 404 page, inside the backend layout. */
export function AdminNotFoundNotice() {
  const t = useTranslations('admin.common.notices')
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        {t('notFoundCode')}
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">{t('notFoundTitle')}</h1>
      <p className="mt-2 text-muted">{t('notFoundText')}</p>
      <p className="mt-4">
        <Link href="/admin" className="text-brand-800 underline">
          {t('toOverview')}
        </Link>
      </p>
    </div>
  )
}
