'use client'

import { useLocale, useTranslations } from 'next-intl'
import { SavedNotice } from '@/components/admin/saved-notice'
import { StatusBadge } from '@/components/admin/status-badge'
import type { ContentStatus } from '@/lib/domain'
import { formatTimestamp } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/locales'

/**
 * The top of an edit page: the item's name and status (with the time a scheduled item goes
 * online), the notice after a save, and the editors' note on a proposal sent back.
 */
export function ItemHeader({
  title,
  status,
  publishAt,
  saved,
  reviewNote,
}: {
  title: string
  status: ContentStatus
  publishAt: Date | null
  saved: string | string[] | undefined
  reviewNote?: string | null
}) {
  const t = useTranslations('admin.common.itemHeader')
  const locale = useLocale() as Locale
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
        <StatusBadge status={status} />
        {status === 'scheduled' && publishAt ? (
          <span className="text-sm text-muted">
            {t('goesOnline', { time: formatTimestamp(publishAt, locale) })}
          </span>
        ) : null}
      </div>
      <SavedNotice value={saved} />
      {reviewNote && status === 'draft' ? (
        <p
          role="note"
          className="rounded border border-amber-600 bg-amber-50 px-4 py-3 text-amber-950"
        >
          {t('reviewNote', { note: reviewNote })}
        </p>
      ) : null}
    </>
  )
}
