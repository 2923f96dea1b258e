import 'server-only'
import { and, count, desc, eq, gte, like, lte, or } from 'drizzle-orm'
import { getDb } from './client'
import { requireRole } from './guard'
import { auditLog, users } from './schema'

/* The audit log for admins: who did what, when, from where; filterable. */

export const AUDIT_PAGE_SIZE = 50

export type AuditQuery = {
  action: string
  actor: string
  from: string | null
  to: string | null
  page: number
}

export async function listAudit(query: AuditQuery) {
  await requireRole('admin')
  const db = getDb()
  const where = and(
    query.action ? like(auditLog.action, `${query.action.replace(/[%_]/g, '')}%`) : undefined,
    query.actor
      ? or(
          like(auditLog.actorEmail, `%${query.actor.replace(/[%_]/g, '')}%`),
          like(users.name, `%${query.actor.replace(/[%_]/g, '')}%`),
        )
      : undefined,
    query.from ? gte(auditLog.createdAt, new Date(`${query.from}T00:00:00Z`)) : undefined,
    query.to ? lte(auditLog.createdAt, new Date(`${query.to}T23:59:59Z`)) : undefined,
  )
  const total =
    db
      .select({ n: count() })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where)
      .get()?.n ?? 0
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE))
  const page = Math.min(Math.max(1, query.page), pageCount)
  const rows = db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      actorEmail: auditLog.actorEmail,
      actorName: users.name,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      details: auditLog.details,
      clientAddress: auditLog.clientAddress,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all()
  return { rows, total, page, pageCount }
}
