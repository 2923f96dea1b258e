'use client'

import { useLocale, useTranslations } from 'next-intl'
import { formatTimestamp } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/locales'

/** The offer to take back an autosaved version that differs from the saved one. */
export function AutosaveOffer({
  savedAt,
  onRestore,
  onDiscard,
}: {
  savedAt: string
  onRestore: () => void
  onDiscard: () => void
}) {
  const t = useTranslations('admin.editor.autosave')
  const locale = useLocale() as Locale
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-3 rounded border border-amber-600 bg-amber-50 px-4 py-3 text-amber-950"
    >
      <p>{t('offer')}</p>
      <button
        type="button"
        onClick={onRestore}
        className="rounded border border-amber-800 bg-white px-3 py-1.5 text-sm font-medium"
      >
        {t('restore', { time: formatTimestamp(new Date(savedAt), locale) })}
      </button>
      <button type="button" onClick={onDiscard} className="text-sm underline">
        {t('discard')}
      </button>
    </div>
  )
}
