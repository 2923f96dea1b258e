import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../client'
import { recordAudit, recordRepeatedAudit } from '../store/journal'
import { createChallenge, PENDING_LOGIN_MS } from './challenges'
import { refundAttempt, reserveAttempt, settleSuccess } from './login-throttle'
import { hasSecondFactor } from './second-factor/state'
import { sessions, users, type Role } from '../schema'
import { writeTransaction, type Tx } from '../tx'
import { now } from '@/lib/clock'
import { hashPassword, needsRehash, PASSWORD_MAX_LENGTH, verifyPassword } from '@/lib/password'

/*
 * Password login, throttled per account and per client address (db/auth/login-throttle.ts).
 * Unknown accounts are counted like known ones and cost a password hash too, so neither the
 * answer nor its timing tells whether an address has an account. Password reset is not throttled
 * by these counters: a locked account can always be reset.
 */

export {
  ACCOUNT_FREE_FAILURES,
  ACCOUNT_LOCK_MAX_MS,
  ACCOUNT_LOCK_MS,
  ADDRESS_MAX_FAILURES,
  ADDRESS_WINDOW_MS,
} from './login-throttle'

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

/** Refused attempts during a lock are one audit entry per account and address and lock window. */
const BLOCKED_AUDIT_WINDOW_MS = 10 * 60 * 1000

export type LoginResult =
  | { ok: true; userId: number; role: Role; sessionId: string }
  | { ok: false; reason: 'invalid' | 'locked'; until?: Date }
  /** The password was right; the session waits for the second step (`pendingToken`). */
  | { ok: false; reason: 'second_factor'; pendingToken: string; until?: undefined }

/** How a session was opened, as stored with it. */
export type AuthMethod =
  'password' | 'password+totp' | 'password+recovery' | 'password+passkey' | 'passkey'

/** Opens a session row inside the caller's write transaction; returns the id for the cookie. */
export function openSession(
  tx: Tx,
  user: { id: number; role: Role },
  method: AuthMethod,
  client: { clientAddress: string | null; userAgent: string | null },
): string {
  const sessionId = randomBytes(32).toString('base64url')
  const at = now()
  tx.insert(sessions)
    .values({
      idHash: hashToken(sessionId),
      userId: user.id,
      createdAt: at,
      lastSeenAt: at,
      expiresAt: new Date(at.getTime() + SESSION_LIMITS[user.role].absoluteMs),
      clientAddress: client.clientAddress,
      userAgent: client.userAgent?.slice(0, 200) ?? null,
      authMethod: method,
    })
    .run()
  tx.update(users).set({ lastLoginAt: at }).where(eq(users.id, user.id)).run()
  return sessionId
}

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

  // Counted before the password is checked, so guesses sent at once cannot overtake the lock.
  const reservation = reserveAttempt(db, email, input.clientAddress)
  if (!reservation.ok) {
    const { block } = reservation
    recordRepeatedAudit(
      db,
      {
        action: 'login.blocked',
        actorEmail: email,
        entityType: 'user',
        details: { scope: block.scope, until: block.until.toISOString() },
        clientAddress: input.clientAddress,
      },
      BLOCKED_AUDIT_WINDOW_MS,
    )
    return { ok: false, reason: 'locked', until: block.until }
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
    // The failure was counted already; only the audit entries are left.
    audit(
      'login.failed',
      { reason: !user ? 'unknown_account' : !valid ? 'wrong_password' : `state_${user.state}` },
      user?.id ?? null,
    )
    const block = reservation.lock
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

  const rehash =
    user.passwordHash && needsRehash(user.passwordHash) ? await hashPassword(input.password) : null
  const opened = writeTransaction(db, (tx): LoginResult | null => {
    // The password may have been replaced, or the account disabled, while the hash was checked:
    // a session opened now with the old password would outlive that change.
    const still = tx
      .select({ passwordHash: users.passwordHash, state: users.state })
      .from(users)
      .where(eq(users.id, user.id))
      .get()
    if (still?.passwordHash !== user.passwordHash || still.state !== 'active') return null
    if (rehash) tx.update(users).set({ passwordHash: rehash }).where(eq(users.id, user.id)).run()
    if (hasSecondFactor(tx, user.id)) {
      // No session yet: only a short-lived, single-use token for the second step.
      refundAttempt(tx, email, input.clientAddress, reservation)
      const pendingToken = createChallenge(tx, {
        kind: 'pending_login',
        userId: user.id,
        clientAddress: input.clientAddress,
        lifetimeMs: PENDING_LOGIN_MS,
      })
      recordAudit(tx, {
        action: 'login.second_step',
        actorId: user.id,
        actorEmail: email,
        entityType: 'user',
        entityId: user.id,
        clientAddress: input.clientAddress,
      })
      return { ok: false, reason: 'second_factor', pendingToken }
    }
    settleSuccess(tx, email, input.clientAddress)
    const sessionId = openSession(tx, user, 'password', input)
    recordAudit(tx, {
      action: 'login.success',
      actorId: user.id,
      actorEmail: email,
      entityType: 'user',
      entityId: user.id,
      details: { method: 'password' },
      clientAddress: input.clientAddress,
    })
    return { ok: true, userId: user.id, role: user.role, sessionId }
  })
  return opened ?? { ok: false, reason: 'invalid' }
}

/** Ends one session (logout); with `userId`, only if it is that user's. */
export function endSession(db: Db, sessionId: string, userId?: number): void {
  db.delete(sessions)
    .where(
      and(
        eq(sessions.idHash, hashToken(sessionId)),
        userId === undefined ? undefined : eq(sessions.userId, userId),
      ),
    )
    .run()
}

/**
 * Ends every session of a user (disable, role change, new password, "Sitzungen beenden"): the
 * session rows are what `resolveSession` checks, so copied cookies stop working at once.
 */
export function endAllSessions(tx: Tx | Db, userId: number): void {
  tx.delete(sessions).where(eq(sessions.userId, userId)).run()
  tx.update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .run()
}
