import 'server-only'
import { and, count, desc, eq, gte, inArray, lte, or, sql } from 'drizzle-orm'
import { getDb } from '../client'
import { requireRole } from '../auth/guard'
import { auditLog, users } from '../schema'
import { auditActionsMatching } from '@/lib/audit-actions'
import type { Locale } from '@/lib/i18n/locales'

/* The audit log for admins: who did what, when, from where; filterable. */

export const AUDIT_PAGE_SIZE = 50

export type AuditQuery = {
  action: string
  actor: string
  from: string | null
  to: string | null
  page: number
  /** The labels the action filter matches: those the user reads (German by default). */
  locale?: Locale
}

// `_` is a literal character in codes (`login.success` vs `user.reset_mailed`), so it is escaped.
const likeText = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** The action filter: a code or its beginning (`login`), or a label (`Anmeldung`, `Sign-in`). */
function actionFilter(text: string, locale?: Locale) {
  if (!text) return undefined
  const { prefix, codes } = auditActionsMatching(text, locale)
  const byCode = sql`${auditLog.action} LIKE ${`${likeText(prefix)}%`} ESCAPE '\\'`
  return codes.length > 0 ? or(byCode, inArray(auditLog.action, codes)) : byCode
}

export async function listAudit(query: AuditQuery) {
  await requireRole('admin')
  const db = getDb()
  const actor = `%${likeText(query.actor)}%`
  const where = and(
    actionFilter(query.action, query.locale),
    query.actor
      ? or(
          sql`${auditLog.actorEmail} LIKE ${actor} ESCAPE '\\'`,
          sql`${users.name} LIKE ${actor} ESCAPE '\\'`,
          sql`${users.email} LIKE ${actor} ESCAPE '\\'`,
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
      actorAccountEmail: users.email,
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
