import 'server-only'
import { and, inArray, isNull, lt, or, sql } from 'drizzle-orm'
import type { Db } from '../client'
import { auditLog, authTokens, rateLimits, sessions } from '../schema'
import { writeTransaction } from '../tx'
import { now } from '@/lib/clock'

/*
 * Rows anyone can add without an account must not pile up for ever. Run by the server at start
 * and every hour (db/server-tasks.ts):
 *   - login and reset counters: 24 hours after their last use, unless a lock is still in force
 *     (every window and lock is at most 24 hours, so nothing that still counts is lost);
 *   - sessions past their absolute end or idle for longer than any role allows;
 *   - used or expired password links after 30 days;
 *   - audit entries of logins, refused logins, denied calls and reset requests after 90 days.
 *     Content and account changes stay in the audit log.
 */

const DAY = 24 * 60 * 60 * 1000
export const THROTTLE_RETENTION_MS = DAY
/** The longest idle limit of any role (partners, db/auth/login.ts). */
const SESSION_IDLE_MAX_MS = DAY
export const TOKEN_RETENTION_MS = 30 * DAY
export const AUDIT_NOISE_RETENTION_MS = 90 * DAY

/** Audit actions anyone can cause, kept for the retention period only. */
export const AUDIT_NOISE_ACTIONS = [
  'login.success',
  'login.failed',
  'login.blocked',
  'login.lockout',
  'authz.denied',
  'user.reset_requested',
  'user.reset_throttled',
  'user.reset_mailed',
] as const

const BATCH = 5000

export type PruneReport = { throttle: number; sessions: number; tokens: number; audit: number }

export function pruneOldRows(db: Db): PruneReport {
  const at = now().getTime()
  const report: PruneReport = { throttle: 0, sessions: 0, tokens: 0, audit: 0 }
  writeTransaction(db, (tx) => {
    report.throttle = tx
      .delete(rateLimits)
      .where(
        and(
          lt(rateLimits.updatedAt, new Date(at - THROTTLE_RETENTION_MS)),
          or(isNull(rateLimits.lockedUntil), lt(rateLimits.lockedUntil, new Date(at))),
        ),
      )
      .run().changes
    report.sessions = tx
      .delete(sessions)
      .where(
        or(
          lt(sessions.expiresAt, new Date(at)),
          lt(sessions.lastSeenAt, new Date(at - SESSION_IDLE_MAX_MS)),
        ),
      )
      .run().changes
    report.tokens = tx
      .delete(authTokens)
      .where(
        lt(sql`coalesce(${authTokens.usedAt}, ${authTokens.expiresAt})`, at - TOKEN_RETENTION_MS),
      )
      .run().changes
  })
  // The audit log can be large after a flood: in batches, so no transaction holds the lock long.
  for (;;) {
    const removed = writeTransaction(db, (tx) => {
      const ids = tx
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(
          and(
            inArray(auditLog.action, [...AUDIT_NOISE_ACTIONS]),
            lt(auditLog.createdAt, new Date(at - AUDIT_NOISE_RETENTION_MS)),
          ),
        )
        .limit(BATCH)
        .all()
        .map((row) => row.id)
      if (ids.length === 0) return 0
      return tx.delete(auditLog).where(inArray(auditLog.id, ids)).run().changes
    })
    report.audit += removed
    if (removed < BATCH) break
  }
  return report
}
