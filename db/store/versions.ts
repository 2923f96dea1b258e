import { and, desc, eq, ne } from 'drizzle-orm'
import type { Db } from '../client'
import { revisions, users } from '../schema'
import type { Tx } from '../tx'
import { AUTOSAVE_SOURCE } from '@/lib/validation/autosave'

/*
 * The saved versions of an item (its revisions without the autosaves, which the form offers
 * itself), for the versions screens of German items and of English versions alike. Who may read
 * or restore them is decided by the caller in db/admin.
 */

type VersionedType = (typeof revisions.$inferSelect)['entityType']

/** Newest first, at most 200, each with its author and its parsed snapshot. */
export function listVersions(db: Db | Tx, entityType: VersionedType, entityId: number) {
  return db
    .select({
      id: revisions.id,
      createdAt: revisions.createdAt,
      source: revisions.source,
      authorName: users.name,
      snapshot: revisions.snapshot,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(
      and(
        eq(revisions.entityType, entityType),
        eq(revisions.entityId, entityId),
        ne(revisions.source, AUTOSAVE_SOURCE),
      ),
    )
    .orderBy(desc(revisions.id))
    .limit(200)
    .all()
    .map(({ snapshot, ...row }) => ({
      ...row,
      snapshot: JSON.parse(snapshot) as Record<string, unknown>,
    }))
}

/** One saved version of an item of `entityType` (never an autosave), or undefined. */
export function findVersion(db: Db | Tx, entityType: VersionedType, revisionId: number) {
  return db
    .select()
    .from(revisions)
    .where(
      and(
        eq(revisions.id, revisionId),
        eq(revisions.entityType, entityType),
        ne(revisions.source, AUTOSAVE_SOURCE),
      ),
    )
    .get()
}
