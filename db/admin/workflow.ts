import 'server-only'
import { and, eq, max, ne } from 'drizzle-orm'
import type { Db } from '../client'
import { getDb } from '../client'
import { invalidate } from '../cache/invalidate'
import { loadEditable, type Kind } from './editorial'
import { FieldError, requireRole, UserError } from '../auth/guard'
import { recordAudit } from '../store/journal'
import { revisions } from '../schema'
import { removeFromSearch } from '../store/search-index'
import { writeTransaction, type Tx } from '../tx'
import { AUTOSAVE_SOURCE } from '@/lib/validation/autosave'
import { statusAfterTransition, type Transition } from '@/lib/workflow'

/*
 * What happens to a news item or event after it is saved: status steps, an editor's decision on
 * a partner's proposal, deletion. Each operation checks the caller itself.
 */

export async function transitionItem(
  kind: Kind,
  id: number,
  transition: Transition,
): Promise<void> {
  const user = await requireRole('editor', 'admin')
  const item = loadEditable(kind, user, id)
  const change = statusAfterTransition(user.role, item.status, transition)
  if ('error' in change) throw new UserError(change.error)
  writeTransaction(getDb(), (tx) => {
    kind.setStatus(tx, id, change, { authorId: user.id, source: 'workflow' })
    recordAudit(tx, {
      action: `${kind.type}.${transition}`,
      actorId: user.id,
      actorEmail: user.email,
      entityType: kind.type,
      entityId: id,
      details: { title: item.title, from: item.status },
    })
  })
}

/** The newest revision of an item: what an editor sees when deciding on it. */
export function latestRevisionId(tx: Tx | Db, type: Kind['type'], id: number): number | null {
  return (
    tx
      .select({ id: max(revisions.id) })
      .from(revisions)
      // An autosave is not a version anyone decides on.
      .where(
        and(
          eq(revisions.entityType, type),
          eq(revisions.entityId, id),
          ne(revisions.source, AUTOSAVE_SOURCE),
        ),
      )
      .get()?.id ?? null
  )
}

export const CHANGED_SINCE_REVIEW =
  'Der Eintrag wurde seit Ihrer Prüfung geändert. Bitte sehen Sie sich die neue Fassung an und entscheiden Sie erneut.'

/**
 * Editors decide on a partner's proposal: publish it, or send it back with a note the partner
 * sees. The decision holds only for the version it was made on (`revisionId`): a partner may keep
 * saving while the item waits, and what goes public must be what the editor saw. Status and
 * version are checked inside the write transaction, so of two decisions at once only one counts.
 */
export async function reviewItem(
  kind: Kind,
  id: number,
  revisionId: number,
  decision: 'approve' | 'reject',
  note: string | null,
): Promise<void> {
  const user = await requireRole('editor', 'admin')
  loadEditable(kind, user, id)
  if (decision === 'reject' && !note)
    throw new FieldError('note', 'Bitte begründen Sie die Ablehnung für den Partner.')
  writeTransaction(getDb(), (tx) => {
    const item = kind.snapshot(tx, id)
    if (!item) throw new UserError(`Diese ${kind.noun} gibt es nicht (mehr).`)
    if (item.status !== 'in_review')
      throw new UserError(`Diese ${kind.noun} wartet nicht (mehr) auf Prüfung.`)
    if ((latestRevisionId(tx, kind.type, id) ?? 0) !== revisionId)
      throw new UserError(CHANGED_SINCE_REVIEW)
    tx.update(kind.table)
      .set({ reviewNote: decision === 'reject' ? note : null })
      .where(eq(kind.table.id, id))
      .run()
    kind.setStatus(
      tx,
      id,
      { status: decision === 'approve' ? 'published' : 'draft', publishAt: null },
      { authorId: user.id, source: 'review' },
    )
    recordAudit(tx, {
      action: `${kind.type}.review_${decision}`,
      actorId: user.id,
      actorEmail: user.email,
      entityType: kind.type,
      entityId: id,
      details: { title: item.title, revisionId, ...(note ? { note } : {}) },
    })
  })
}

export async function deleteItem(kind: Kind, id: number): Promise<void> {
  const user = await requireRole('admin')
  const item = loadEditable(kind, user, id)
  writeTransaction(getDb(), (tx) => {
    invalidate(tx, kind.cacheTags(tx, id))
    removeFromSearch(tx, kind.type, id)
    kind.beforeDelete(tx, id)
    tx.delete(kind.table).where(eq(kind.table.id, id)).run()
    recordAudit(tx, {
      action: `${kind.type}.delete`,
      actorId: user.id,
      actorEmail: user.email,
      entityType: kind.type,
      entityId: id,
      details: { title: item.title, slug: item.slug },
    })
  })
}
