import 'server-only'
import { eq } from 'drizzle-orm'
import type { Db } from '../../client'
import { recordAudit, recordRepeatedAudit } from '../../store/journal'
import { users, type Role } from '../../schema'
import { writeTransaction, type Tx } from '../../tx'
import {
  createChallenge,
  LOGIN_TICKET_MS,
  peekChallenge,
  takeChallenge,
  type Challenge,
} from '../challenges'
import { reserveAttempt, settleSuccess } from '../login-throttle'
import { openSession, type AuthMethod } from '../login'
import { consumeRecoveryCode } from './recovery-codes'
import { factorSummary } from './state'
import { verifyTotp } from './totp'

/*
 * The second step of a login, after the right password: a code from the app, a recovery code or
 * a passkey. Each try is counted by the login throttle before it is checked, exactly like a
 * password, so the lock after five failures covers both steps together. Only when the step
 * passes is a login ticket issued, which Auth.js (auth.ts) turns into the session.
 */

export type PendingLogin = {
  userId: number
  email: string
  role: Role
  totp: boolean
  passkeys: number
}

type Client = { clientAddress: string | null; userAgent: string | null }

function pendingUser(tx: Tx | Db, pending: Challenge | null) {
  if (!pending?.userId) return null
  const user = tx
    .select({ id: users.id, email: users.email, role: users.role, state: users.state })
    .from(users)
    .where(eq(users.id, pending.userId))
    .get()
  return user?.state === 'active' ? user : null
}

/** What the second-step page may offer, or null when the token is unknown or expired. */
export function describePendingLogin(db: Db, token: string): PendingLogin | null {
  const user = pendingUser(db, peekChallenge(db, 'pending_login', token))
  if (!user) return null
  const summary = factorSummary(db, user.id)
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    totp: summary.totp,
    passkeys: summary.passkeys,
  }
}

export type SecondStepResult =
  | { ok: true; ticket: string; recoveryCodesLeft?: number }
  | { ok: false; reason: 'expired' | 'invalid' | 'locked'; until?: Date }

const BLOCKED_AUDIT_WINDOW_MS = 10 * 60 * 1000

/**
 * Checks one second step of the pending login `token`. `verify` runs inside the write
 * transaction (codes) and says by which method the step passed, or why not.
 */
export function passSecondStep(
  db: Db,
  token: string,
  client: Client,
  verify: (
    tx: Tx,
    userId: number,
  ) =>
    | { ok: true; method: AuthMethod; recoveryCodesLeft?: number }
    | { ok: false; reason: string; method: string },
): SecondStepResult {
  const user = pendingUser(db, peekChallenge(db, 'pending_login', token))
  if (!user) return { ok: false, reason: 'expired' }
  const email = user.email.toLowerCase()
  const base = {
    actorId: user.id,
    actorEmail: email,
    entityType: 'user',
    entityId: user.id,
    clientAddress: client.clientAddress,
  }
  const reservation = reserveAttempt(db, email, client.clientAddress)
  if (!reservation.ok) {
    recordRepeatedAudit(
      db,
      {
        ...base,
        action: 'login.blocked',
        details: { scope: reservation.block.scope, until: reservation.block.until.toISOString() },
      },
      BLOCKED_AUDIT_WINDOW_MS,
    )
    return { ok: false, reason: 'locked', until: reservation.block.until }
  }
  return writeTransaction(db, (tx): SecondStepResult => {
    if (!peekChallenge(tx, 'pending_login', token)) return { ok: false, reason: 'expired' }
    const check = verify(tx, user.id)
    if (!check.ok) {
      recordAudit(tx, {
        ...base,
        action: 'login.second_factor_failed',
        details: { method: check.method, reason: check.reason },
      })
      const lock = reservation.lock
      if (lock) {
        recordAudit(tx, {
          ...base,
          action: 'login.lockout',
          details: { scope: lock.scope, until: lock.until.toISOString() },
        })
        return { ok: false, reason: 'locked', until: lock.until }
      }
      return { ok: false, reason: 'invalid' }
    }
    takeChallenge(tx, 'pending_login', token)
    settleSuccess(tx, email, client.clientAddress)
    if (check.recoveryCodesLeft !== undefined)
      recordAudit(tx, {
        ...base,
        action: 'second_factor.recovery_used',
        details: { remaining: check.recoveryCodesLeft },
      })
    const ticket = issueTicket(tx, user.id, check.method, client.clientAddress)
    return { ok: true, ticket, recoveryCodesLeft: check.recoveryCodesLeft }
  })
}

/** A one-time code from the app or a recovery code (told apart by their form). */
export function passCodeStep(db: Db, token: string, code: string, client: Client) {
  const trimmed = code.trim()
  const isTotp = /^\d[\d\s]{5,7}$/.test(trimmed)
  return passSecondStep(db, token, client, (tx, userId) => {
    if (isTotp) {
      const check = verifyTotp(tx, userId, trimmed)
      return check.ok
        ? { ok: true, method: 'password+totp' }
        : { ok: false, reason: check.reason, method: 'totp' }
    }
    const left = consumeRecoveryCode(tx, userId, trimmed)
    return left === null
      ? { ok: false, reason: 'wrong', method: 'recovery' }
      : { ok: true, method: 'password+recovery', recoveryCodesLeft: left }
  })
}

export function issueTicket(
  tx: Tx,
  userId: number,
  method: AuthMethod,
  clientAddress: string | null,
): string {
  return createChallenge(tx, {
    kind: 'login_ticket',
    userId,
    value: method,
    clientAddress,
    lifetimeMs: LOGIN_TICKET_MS,
  })
}

export type TicketResult =
  { ok: true; userId: number; role: Role; sessionId: string } | { ok: false }

/** Turns a login ticket into a session, once. */
export function redeemTicket(db: Db, ticket: string, client: Client): TicketResult {
  return writeTransaction(db, (tx): TicketResult => {
    const row = takeChallenge(tx, 'login_ticket', ticket)
    const user = pendingUser(tx, row)
    if (!row || !user) return { ok: false }
    const method = (row.value ?? 'password') as AuthMethod
    const sessionId = openSession(tx, user, method, client)
    recordAudit(tx, {
      action: 'login.success',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'user',
      entityId: user.id,
      details: { method },
      clientAddress: client.clientAddress,
    })
    return { ok: true, userId: user.id, role: user.role, sessionId }
  })
}
