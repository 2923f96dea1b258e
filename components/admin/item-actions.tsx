'use client'

import Link from 'next/link'
import { useTranslations } from 'next-intl'
import { DeleteForm } from './delete-form'
import { SimpleActionForm } from './simple-action-form'
import type { ContentStatus, Role } from '@/lib/domain'
import type { ActionState } from '@/lib/action-state'
import { isEditorial } from '@/lib/workflow'

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>

/** Beside an editorial form: view, versions, withdraw, archive and (admins) delete. */
export function ItemActions({
  id,
  role,
  status,
  publicHref,
  versionsHref,
  transition,
  remove,
}: {
  id: number
  role: Role
  status: ContentStatus
  publicHref: string | null
  versionsHref: string
  transition: Action
  remove: Action
}) {
  const t = useTranslations('admin.common.itemActions')
  const button = 'rounded border px-3 py-1.5 text-sm font-medium'
  return (
    <aside
      aria-label={t('region')}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <p className="flex flex-wrap gap-4 text-sm">
        {publicHref ? (
          <Link href={publicHref} className="text-brand-800 underline">
            {t('viewPublic')}
          </Link>
        ) : null}
        <Link href={versionsHref} className="text-brand-800 underline">
          {t('versions')}
        </Link>
      </p>
      {isEditorial(role) ? (
        <SimpleActionForm action={transition} hidden={{ id }}>
          {status !== 'draft' ? (
            <button
              type="submit"
              name="transition"
              value="withdraw"
              className={`${button} border-brand-800 text-brand-800 hover:bg-brand-50`}
            >
              {t('withdraw')}
            </button>
          ) : null}
          {status !== 'archived' ? (
            <button
              type="submit"
              name="transition"
              value="archive"
              className={`${button} border-slate-500 text-ink hover:bg-slate-50`}
            >
              {t('archive')}
            </button>
          ) : null}
        </SimpleActionForm>
      ) : null}
      {role === 'admin' ? <DeleteForm action={remove} id={id} /> : null}
    </aside>
  )
}
