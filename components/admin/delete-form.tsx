'use client'

import { useTranslations } from 'next-intl'
import { SimpleActionForm } from './simple-action-form'
import type { ActionState } from '@/lib/action-state'

/** Deleting needs an explicit confirmation box; the server checks it too. */
export function DeleteForm({
  action,
  id,
  label,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>
  id: number
  label?: string
}) {
  const t = useTranslations('admin.common.deleteForm')
  return (
    <details className="rounded border border-red-200 bg-white p-3">
      <summary className="cursor-pointer font-medium text-red-800">{label ?? t('label')}</summary>
      <SimpleActionForm
        action={action}
        hidden={{ id }}
        className="mt-3 flex flex-col items-start gap-3"
      >
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="confirm" value="loeschen" required />
          {t('confirm')}
        </label>
        <button
          type="submit"
          className="rounded border border-red-700 bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
        >
          {t('submit')}
        </button>
      </SimpleActionForm>
    </details>
  )
}
