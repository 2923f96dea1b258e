import { DiffView } from '@/components/admin/diff-view'
import { SimpleActionForm } from './simple-action-form'
import type { ActionState } from '@/lib/action-state'
import { formatTimestamp } from '@/lib/dates'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'
import { diffSnapshots, type FieldSpec } from '@/lib/revision-diff'

/** Where a version came from (admin.common.revisions.sources); unknown ones show their code. */
const SOURCES = ['edit', 'import', 'restore', 'workflow', 'seed', 'review', 'autosave']

/** Every saved version, newest first, each compared with the current state. */
export async function RevisionsView({
  data,
  fields,
  restore,
  canRestore,
}: {
  data: {
    current: Record<string, unknown>
    revisions: {
      id: number
      createdAt: Date
      source: string
      authorName: string | null
      snapshot: Record<string, unknown>
    }[]
  }
  fields: FieldSpec[]
  restore: (state: ActionState, formData: FormData) => Promise<ActionState>
  canRestore: boolean
}) {
  const t = await getAdminTranslations('common.revisions')
  const locale = await getAdminLocale()
  return (
    <ol className="flex flex-col gap-4">
      {data.revisions.map((revision, index) => {
        const changes = diffSnapshots(revision.snapshot, data.current, fields)
        return (
          <li key={revision.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p>
                <strong>{formatTimestamp(revision.createdAt, locale)}</strong> ·{' '}
                {revision.authorName ?? t('system')} ·{' '}
                {SOURCES.includes(revision.source)
                  ? t(`sources.${revision.source}`)
                  : revision.source}
                {index === 0 ? (
                  <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">
                    {t('latest')}
                  </span>
                ) : null}
              </p>
              {canRestore && changes.length > 0 ? (
                <SimpleActionForm action={restore} hidden={{ revisionId: revision.id }}>
                  <button
                    type="submit"
                    className="rounded border border-brand-800 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
                  >
                    {t('restore')}
                  </button>
                </SimpleActionForm>
              ) : null}
            </div>
            {changes.length === 0 ? (
              <p className="mt-2 text-sm text-muted">{t('same')}</p>
            ) : (
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-medium text-brand-800">
                  {t('differences', { count: changes.length })}
                </summary>
                <div className="mt-3">
                  <DiffView changes={changes} />
                </div>
              </details>
            )}
          </li>
        )
      })}
    </ol>
  )
}
