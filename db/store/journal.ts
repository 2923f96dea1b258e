import 'server-only'
import { and, desc, eq, gt, sql } from 'drizzle-orm'
import { auditLog, revisions } from '../schema'
import type { Tx } from '../tx'
import type { Db } from '../client'
import { now } from '@/lib/clock'

type EntityType = (typeof revisions.$inferInsert)['entityType']

/** Stores a full snapshot of an entity; called on every save of news, events, partners, pages. */
export function recordRevision(
  tx: Tx | Db,
  entry: {
    entityType: EntityType
    entityId: number
    snapshot: unknown
    authorId: number | null
    source: 'edit' | 'import' | 'restore' | 'workflow' | 'seed' | 'review'
  },
): void {
  tx.insert(revisions)
    .values({
      entityType: entry.entityType,
      entityId: entry.entityId,
      snapshot: JSON.stringify(entry.snapshot),
      authorId: entry.authorId,
      source: entry.source,
      createdAt: now(),
    })
    .run()
}

export type AuditInput = {
  action: string
  actorId?: number | null
  actorEmail?: string | null
  entityType?: string | null
  entityId?: string | number | null
  details?: Record<string, unknown> | null
  clientAddress?: string | null
  requestId?: string | null
}

/** Appends to the audit log. Details are JSON-encoded, so they cannot forge log lines. */
export function recordAudit(tx: Tx | Db, entry: AuditInput): void {
  tx.insert(auditLog)
    .values({
      createdAt: now(),
      action: entry.action,
      actorId: entry.actorId ?? null,
      actorEmail: entry.actorEmail ?? null,
      entityType: entry.entityType ?? null,
      entityId:
        entry.entityId === null || entry.entityId === undefined ? null : String(entry.entityId),
      details: entry.details ? JSON.stringify(entry.details) : null,
      clientAddress: entry.clientAddress ?? null,
      requestId: entry.requestId ?? null,
    })
    .run()
}

/**
 * For entries anyone can cause without an account (refused logins, anonymous action calls): the
 * same action by the same actor from the same address within `windowMs` adds to the count of the
 * entry already there instead of a new row, so a flood costs one row per window.
 */
export function recordRepeatedAudit(db: Db, entry: AuditInput, windowMs: number): void {
  db.transaction(
    (tx) => {
      const at = now()
      const same = tx
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, entry.action),
            gt(auditLog.createdAt, new Date(at.getTime() - windowMs)),
            sql`${auditLog.actorEmail} IS ${entry.actorEmail ?? null}`,
            sql`${auditLog.clientAddress} IS ${entry.clientAddress ?? null}`,
            sql`${auditLog.actorId} IS ${entry.actorId ?? null}`,
          ),
        )
        .orderBy(desc(auditLog.id))
        .limit(1)
        .get()
      if (!same) {
        recordAudit(tx, { ...entry, details: { ...entry.details, count: 1 } })
        return
      }
      tx.update(auditLog)
        .set({
          details: sql`json_set(coalesce(${auditLog.details}, '{}'), '$.count', coalesce(json_extract(${auditLog.details}, '$.count'), 1) + 1, '$.lastAt', ${at.toISOString()})`,
        })
        .where(eq(auditLog.id, same.id))
        .run()
    },
    { behavior: 'immediate' },
  )
}
