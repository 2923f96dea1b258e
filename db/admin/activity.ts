import 'server-only'
import { and, desc, eq, inArray, notLike } from 'drizzle-orm'
import type { Db } from '../client'
import { auditLog, users, type Role } from '../schema'

/*
 * "Zuletzt geändert" on the dashboard. Editors see what happened to content only; account work
 * (invitations, role changes, resets — with e-mail addresses, some typed by visitors) and the
 * login noise are for admins, who have the full audit log as well. The caller passes the role of
 * the signed-in user (db/admin/dashboard.ts); partners get nothing.
 */

const CONTENT_ENTITIES = ['news', 'event', 'partner', 'page', 'category', 'image']

export function recentActivity(db: Db, role: Role, limit = 12) {
  if (role !== 'admin' && role !== 'editor') throw new Error('activity is for editors and admins')
  const visible =
    role === 'admin'
      ? and(notLike(auditLog.action, 'login.%'), notLike(auditLog.action, 'authz.%'))
      : inArray(auditLog.entityType, CONTENT_ENTITIES)
  return db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      actorEmail: auditLog.actorEmail,
      actorName: users.name,
      entityType: auditLog.entityType,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(visible)
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all()
}
