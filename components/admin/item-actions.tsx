import Link from 'next/link'
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
  const button = 'rounded border px-3 py-1.5 text-sm font-medium'
  return (
    <aside
      aria-label="Weitere Aktionen"
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <p className="flex flex-wrap gap-4 text-sm">
        {publicHref ? (
          <Link href={publicHref} className="text-brand-800 underline">
            Öffentliche Seite ansehen
          </Link>
        ) : null}
        <Link href={versionsHref} className="text-brand-800 underline">
          Versionen
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
              Zurückziehen
            </button>
          ) : null}
          {status !== 'archived' ? (
            <button
              type="submit"
              name="transition"
              value="archive"
              className={`${button} border-slate-500 text-ink hover:bg-slate-50`}
            >
              Archivieren
            </button>
          ) : null}
        </SimpleActionForm>
      ) : null}
      {role === 'admin' ? <DeleteForm action={remove} id={id} /> : null}
    </aside>
  )
}
