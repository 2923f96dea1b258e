'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { FormMessage, inputClass } from '@/components/ui/form'
import { initialActionState, type ActionState } from '@/lib/action-state'

/** "Freigeben" or "Ablehnen" with a note the partner sees. */
export function ReviewForm({
  action,
  id,
  revisionId,
  label,
  idPrefix = 'notiz',
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>
  id: number
  /** The version shown to the editor; omitted where the id itself names one version. */
  revisionId?: number
  label: string
  /** Keeps the note fields' ids apart where entries of different kinds share a page. */
  idPrefix?: string
}) {
  const t = useTranslations('admin.editor.review')
  const [state, formAction, pending] = useActionState(action, initialActionState)
  const noteError = state.fieldErrors.note?.[0]
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      {revisionId !== undefined ? (
        <input type="hidden" name="revisionId" value={revisionId} />
      ) : null}
      <label htmlFor={`${idPrefix}-${id}`} className="text-sm font-medium">
        {t('note')}
      </label>
      <textarea
        id={`${idPrefix}-${id}`}
        name="note"
        rows={2}
        className={inputClass}
        aria-invalid={!!noteError}
        aria-describedby={noteError ? `${idPrefix}-${id}-fehler` : undefined}
      />
      {noteError ? (
        <p id={`${idPrefix}-${id}-fehler`} className="text-sm font-medium text-red-700">
          {noteError}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          name="decision"
          value="approve"
          disabled={pending}
          className="rounded bg-green-800 px-4 py-2 font-medium text-white hover:bg-green-900"
          aria-label={t('approveLabel', { label })}
        >
          {t('approve')}
        </button>
        <button
          type="submit"
          name="decision"
          value="reject"
          disabled={pending}
          className="rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50"
          aria-label={t('rejectLabel', { label })}
        >
          {t('reject')}
        </button>
      </div>
    </form>
  )
}
