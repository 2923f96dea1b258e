'use client'

import { useTranslations } from 'next-intl'
import { inputClass } from '@/components/ui/form'
import type { ContentStatus } from '@/lib/domain'

/** The save buttons of an editorial form; which ones show depends on role and status. */
export function WorkflowButtons({
  intents,
  status,
  publishAt,
}: {
  intents: string[]
  status: ContentStatus | null
  publishAt: string
}) {
  const t = useTranslations('admin.common.workflow')
  if (intents.length === 0) {
    return <p className="rounded border border-slate-300 bg-white p-4 text-muted">{t('locked')}</p>
  }
  const button = 'rounded px-4 py-2 font-medium'
  return (
    <section
      aria-label={t('region')}
      className="sticky bottom-0 flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white/95 p-4 shadow"
    >
      {intents.includes('save') ? (
        <button
          type="submit"
          name="intent"
          value="save"
          className={`${button} border border-brand-800 bg-white text-brand-800 hover:bg-brand-50`}
        >
          {status === null || status === 'draft' ? t('saveDraft') : t('save')}
        </button>
      ) : null}
      {intents.includes('submit') ? (
        <button
          type="submit"
          name="intent"
          value="submit"
          className={`${button} border border-brand-800 bg-white text-brand-800 hover:bg-brand-50`}
        >
          {t('submit')}
        </button>
      ) : null}
      {intents.includes('publish') ? (
        <button
          type="submit"
          name="intent"
          value="publish"
          className={`${button} bg-brand-800 text-white hover:bg-brand-900`}
        >
          {t('publish')}
        </button>
      ) : null}
      {intents.includes('schedule') ? (
        <span className="flex flex-wrap items-end gap-2">
          <span className="flex flex-col">
            <label htmlFor="feld-publishAt" className="text-sm font-medium">
              {t('publishAt')}
            </label>
            {/* Not part of the checked form values: only the "Planen" button needs it, and the server checks it. */}
            <input
              id="feld-publishAt"
              name="publishAt"
              type="datetime-local"
              defaultValue={publishAt}
              className={inputClass}
            />
          </span>
          <button
            type="submit"
            name="intent"
            value="schedule"
            className={`${button} border border-brand-800 bg-white text-brand-800 hover:bg-brand-50`}
          >
            {t('schedule')}
          </button>
        </span>
      ) : null}
    </section>
  )
}
