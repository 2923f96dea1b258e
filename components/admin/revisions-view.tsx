import { DiffView } from '@/components/admin/diff-view'
import { SimpleActionForm } from './simple-action-form'
import type { ActionState } from '@/lib/action-state'
import { formatTimestamp } from '@/lib/dates'
import { diffSnapshots, type FieldSpec } from '@/lib/revision-diff'

const SOURCES: Record<string, string> = {
  edit: 'Bearbeitet',
  import: 'Import',
  restore: 'Wiederhergestellt',
  workflow: 'Status geändert',
  seed: 'Demo-Inhalt',
  review: 'Prüfung',
  autosave: 'Automatisch gespeichert',
}

/** Every saved version, newest first, each compared with the current state. */
export function RevisionsView({
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
  return (
    <ol className="flex flex-col gap-4">
      {data.revisions.map((revision, index) => {
        const changes = diffSnapshots(revision.snapshot, data.current, fields)
        return (
          <li key={revision.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p>
                <strong>{formatTimestamp(revision.createdAt)}</strong> ·{' '}
                {revision.authorName ?? 'System'} · {SOURCES[revision.source] ?? revision.source}
                {index === 0 ? (
                  <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">
                    neueste
                  </span>
                ) : null}
              </p>
              {canRestore && changes.length > 0 ? (
                <SimpleActionForm action={restore} hidden={{ revisionId: revision.id }}>
                  <button
                    type="submit"
                    className="rounded border border-brand-800 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
                  >
                    Wiederherstellen
                  </button>
                </SimpleActionForm>
              ) : null}
            </div>
            {changes.length === 0 ? (
              <p className="mt-2 text-sm text-muted">Entspricht dem aktuellen Stand.</p>
            ) : (
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-medium text-brand-800">
                  Unterschiede zum aktuellen Stand ({changes.length})
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
