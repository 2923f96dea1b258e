import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from './client'
import { recordAudit } from './journal'
import { loginThrottle, sessions, users, type Role } from './schema'
import { writeTransaction } from './tx'
import { now } from '@/lib/clock'
import { hashPassword, needsRehash, PASSWORD_MAX_LENGTH, verifyPassword } from '@/lib/password'

/*
 * Password login with throttling kept in SQLite (shared by every process, kept over restarts):
 *   - per account: 5 failures in a row lock it for 10 minutes, each further lockout twice as
 *     long, at most 24 hours; the right password is refused while locked;
 *   - per client address: 10 failures within a minute block that address for the minute.
 * Unknown accounts are counted like known ones and cost a password hash too, so neither the
 * answer nor its timing tells whether an address has an account. Password reset is not throttled
 * by these counters: a locked account can always be reset.
 */

export const ACCOUNT_FREE_FAILURES = 5
export const ACCOUNT_LOCK_MS = 10 * 60 * 1000
export const ACCOUNT_LOCK_MAX_MS = 24 * 60 * 60 * 1000
export const ADDRESS_WINDOW_MS = 60 * 1000
export const ADDRESS_MAX_FAILURES = 10

export const SESSION_LIMITS: Record<Role, { idleMs: number; absoluteMs: number }> = {
  admin: { idleMs: 30 * 60 * 1000, absoluteMs: 12 * 60 * 60 * 1000 },
  editor: { idleMs: 30 * 60 * 1000, absoluteMs: 12 * 60 * 60 * 1000 },
  partner: { idleMs: 24 * 60 * 60 * 1000, absoluteMs: 7 * 24 * 60 * 60 * 1000 },
}

export function normaliseEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase()
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** A hash to verify against when the account does not exist, so both paths cost the same. */
let dummyHash: Promise<string> | null = null
function dummy(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'))
  return dummyHash
}

type ThrottleRow = typeof loginThrottle.$inferSelect

function readThrottle(db: Db, key: string): ThrottleRow | undefined {
  return db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get()
}

export type LoginBlock = { until: Date; scope: 'account' | 'address' }

/** Whether the account or the address is locked right now. */
export function loginBlocked(db: Db, email: string, address: string | null): LoginBlock | null {
  const at = now().getTime()
  const account = readThrottle(db, `account:${normaliseEmail(email)}`)
  if (account?.lockedUntil && account.lockedUntil.getTime() > at)
    return { until: account.lockedUntil, scope: 'account' }
  if (address) {
    const byAddress = readThrottle(db, `address:${address}`)
    if (byAddress?.lockedUntil && byAddress.lockedUntil.getTime() > at)
      return { until: byAddress.lockedUntil, scope: 'address' }
  }
  return null
}

function recordFailure(db: Db, email: string, address: string | null): LoginBlock | null {
  const at = now()
  let block: LoginBlock | null = null
  writeTransaction(db, (tx) => {
    const accountKey = `account:${normaliseEmail(email)}`
    const account = tx.select().from(loginThrottle).where(eq(loginThrottle.key, accountKey)).get()
    const failures = (account?.failures ?? 0) + 1
    let lockedUntil: Date | null = account?.lockedUntil ?? null
    let lockCount = account?.lockCount ?? 0
    if (failures >= ACCOUNT_FREE_FAILURES) {
      const duration = Math.min(ACCOUNT_LOCK_MS * 2 ** lockCount, ACCOUNT_LOCK_MAX_MS)
      lockedUntil = new Date(at.getTime() + duration)
      lockCount++
      block = { until: lockedUntil, scope: 'account' }
    }
    tx.insert(loginThrottle)
      .values({
        key: accountKey,
        failures: failures >= ACCOUNT_FREE_FAILURES ? 0 : failures,
        windowStart: at,
        lockedUntil,
        lockCount,
        updatedAt: at,
      })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: failures >= ACCOUNT_FREE_FAILURES ? 0 : failures,
          lockedUntil,
          lockCount,
          updatedAt: at,
        },
      })
      .run()

    if (address) {
      const addressKey = `address:${address}`
      const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, addressKey)).get()
      const inWindow = row && at.getTime() - row.windowStart.getTime() < ADDRESS_WINDOW_MS
      const count = inWindow ? row.failures + 1 : 1
      const windowStart = inWindow ? row.windowStart : at
      const addressLock =
        count >= ADDRESS_MAX_FAILURES
          ? new Date(windowStart.getTime() + ADDRESS_WINDOW_MS)
          : (row?.lockedUntil ?? null)
      if (count >= ADDRESS_MAX_FAILURES && !block) block = { until: addressLock!, scope: 'address' }
      tx.insert(loginThrottle)
        .values({
          key: addressKey,
          failures: count,
          windowStart,
          lockedUntil: addressLock,
          lockCount: 0,
          updatedAt: at,
        })
        .onConflictDoUpdate({
          target: loginThrottle.key,
          set: { failures: count, windowStart, lockedUntil: addressLock, updatedAt: at },
        })
        .run()
    }
  })
  return block
}

export type LoginResult =
  | { ok: true; userId: number; role: Role; sessionId: string }
  | { ok: false; reason: 'invalid' | 'locked'; until?: Date }

/**
 * Checks e-mail and password and opens a session. Every outcome is in the audit log (without
 * the password); the caller shows one message for every kind of wrong input.
 */
export async function login(
  db: Db,
  input: {
    email: string
    password: string
    clientAddress: string | null
    userAgent: string | null
  },
): Promise<LoginResult> {
  const email = normaliseEmail(input.email).slice(0, 254)
  const audit = (
    action: string,
    details: Record<string, unknown> = {},
    actorId: number | null = null,
  ) =>
    recordAudit(db, {
      action,
      actorId,
      actorEmail: email,
      entityType: 'user',
      entityId: actorId,
      details,
      clientAddress: input.clientAddress,
    })

  const blocked = loginBlocked(db, email, input.clientAddress)
  if (blocked) {
    audit('login.blocked', { scope: blocked.scope, until: blocked.until.toISOString() })
    return { ok: false, reason: 'locked', until: blocked.until }
  }

  const user = db
    .select({
      id: users.id,
      role: users.role,
      state: users.state,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .get()
  const tooLong = input.password.length > PASSWORD_MAX_LENGTH
  const valid =
    !tooLong && user?.passwordHash
      ? await verifyPassword(user.passwordHash, input.password)
      : (tooLong || (await verifyPassword(await dummy(), input.password)), false)

  if (!user || !valid || user.state !== 'active') {
    const block = recordFailure(db, email, input.clientAddress)
    audit(
      'login.failed',
      { reason: !user ? 'unknown_account' : !valid ? 'wrong_password' : `state_${user.state}` },
      user?.id ?? null,
    )
    if (block) {
      audit(
        'login.lockout',
        { scope: block.scope, until: block.until.toISOString() },
        user?.id ?? null,
      )
      return { ok: false, reason: 'locked', until: block.until }
    }
    return { ok: false, reason: 'invalid' }
  }

  const sessionId = randomBytes(32).toString('base64url')
  const at = now()
  const rehash =
    user.passwordHash && needsRehash(user.passwordHash) ? await hashPassword(input.password) : null
  writeTransaction(db, (tx) => {
    tx.delete(loginThrottle)
      .where(eq(loginThrottle.key, `account:${email}`))
      .run()
    tx.insert(sessions)
      .values({
        idHash: hashToken(sessionId),
        userId: user.id,
        createdAt: at,
        lastSeenAt: at,
        expiresAt: new Date(at.getTime() + SESSION_LIMITS[user.role].absoluteMs),
        clientAddress: input.clientAddress,
        userAgent: input.userAgent?.slice(0, 200) ?? null,
      })
      .run()
    tx.update(users)
      .set({ lastLoginAt: at, ...(rehash ? { passwordHash: rehash } : {}) })
      .where(eq(users.id, user.id))
      .run()
    recordAudit(tx, {
      action: 'login.success',
      actorId: user.id,
      actorEmail: email,
      entityType: 'user',
      entityId: user.id,
      clientAddress: input.clientAddress,
    })
  })
  return { ok: true, userId: user.id, role: user.role, sessionId }
}

/** Ends one session (logout). */
export function endSession(db: Db, sessionId: string): void {
  db.delete(sessions)
    .where(eq(sessions.idHash, hashToken(sessionId)))
    .run()
}

/** Ends every session of a user (disable, role change, new password, "Sitzungen beenden"). */
export function endAllSessions(tx: Pick<Db, 'delete'>, userId: number): void {
  tx.delete(sessions).where(eq(sessions.userId, userId)).run()
}

export type SessionUser = {
  id: number
  email: string
  name: string
  role: Role
  partnerId: number | null
}

/**
 * The user behind a session id, if the session is still valid: it exists, the account is active,
 * and neither the idle nor the absolute limit for the role has passed. Refreshes "last seen".
 */
export function resolveSession(db: Db, userId: number, sessionId: string): SessionUser | null {
  const idHash = hashToken(sessionId)
  const row = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      partnerId: users.partnerId,
      state: users.state,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), eq(sessions.userId, userId)))
    .get()
  if (!row || row.state !== 'active') return null
  const at = now().getTime()
  const limits = SESSION_LIMITS[row.role]
  if (at > row.expiresAt.getTime() || at - row.lastSeenAt.getTime() > limits.idleMs) {
    db.delete(sessions).where(eq(sessions.idHash, idHash)).run()
    return null
  }
  if (at - row.lastSeenAt.getTime() > 60_000) {
    db.update(sessions)
      .set({ lastSeenAt: new Date(at) })
      .where(eq(sessions.idHash, idHash))
      .run()
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role, partnerId: row.partnerId }
}
