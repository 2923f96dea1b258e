import 'server-only'
import { sql } from 'drizzle-orm'
import type { Db } from '../client'
import { recordAudit } from '../store/journal'
import { users } from '../schema'
import { writeTransaction, type Tx } from '../tx'
import { now } from '@/lib/clock'
import { clearRate, countHit, readRate, refundHit, writeRate, type RateWindow } from './rate-limit'

/*
 * Login throttling, on the portal's one rate limiter (db/auth/rate-limit.ts):
 *   - per account: 5 failures in a row lock it for 10 minutes, each further lockout twice as
 *     long, at most 24 hours; the right password is refused while locked;
 *   - per client address: 10 failures within a minute block that address for the minute.
 *
 * An attempt is counted as a failure BEFORE its password is checked, in the same IMMEDIATE
 * transaction that looks at the lock: a password hash takes tens of milliseconds, and guesses
 * sent at once would otherwise all pass the check before the first failure is written. The
 * attempt that takes the last free try sets the lock at once; if it turns out to be the right
 * password, `settleSuccess` takes its count back (and lifts the lock it set).
 */

export const ACCOUNT_FREE_FAILURES = 5
export const ACCOUNT_LOCK_MS = 10 * 60 * 1000
export const ACCOUNT_LOCK_MAX_MS = 24 * 60 * 60 * 1000
export const ADDRESS_WINDOW_MS = 60 * 1000
export const ADDRESS_MAX_FAILURES = 10
/** The address is blocked from its tenth failure in the window on. */
const ADDRESS_WINDOW: RateWindow = { limit: ADDRESS_MAX_FAILURES - 1, windowMs: ADDRESS_WINDOW_MS }

export type LoginBlock = { until: Date; scope: 'account' | 'address' }

export type Reservation =
  | { ok: false; block: LoginBlock }
  /** `lock`: this attempt used the last free try and locked; it stands if the attempt fails. */
  | { ok: true; lock: LoginBlock | null }

export const accountKey = (email: string) => `account:${email}`
const addressKey = (address: string) => `address:${address}`

const read = readRate
const write = writeRate

/**
 * Checks the locks of the account and the address and, if neither is locked, counts this attempt
 * as a failure of both. `email` is already normalised.
 */
export function reserveAttempt(db: Db, email: string, address: string | null): Reservation {
  return writeTransaction(db, (tx): Reservation => {
    const at = now()
    const account = read(tx, accountKey(email))
    if (account?.lockedUntil && account.lockedUntil > at)
      return { ok: false, block: { until: account.lockedUntil, scope: 'account' } }
    const byAddress = address ? read(tx, addressKey(address)) : undefined
    if (byAddress?.lockedUntil && byAddress.lockedUntil > at)
      return { ok: false, block: { until: byAddress.lockedUntil, scope: 'address' } }

    let lock: LoginBlock | null = null
    const failures = (account?.hits ?? 0) + 1
    const lockCount = account?.lockCount ?? 0
    if (failures >= ACCOUNT_FREE_FAILURES) {
      const until = new Date(
        at.getTime() + Math.min(ACCOUNT_LOCK_MS * 2 ** lockCount, ACCOUNT_LOCK_MAX_MS),
      )
      lock = { until, scope: 'account' }
      write(tx, accountKey(email), {
        hits: 0,
        windowStart: account?.windowStart ?? at,
        lockedUntil: until,
        lockCount: lockCount + 1,
      })
    } else {
      write(tx, accountKey(email), {
        hits: failures,
        windowStart: account?.windowStart ?? at,
        lockedUntil: account?.lockedUntil ?? null,
        lockCount,
      })
    }

    if (address) {
      const { allowed, windowStart } = countHit(tx, addressKey(address), ADDRESS_WINDOW)
      if (!allowed) {
        const until = new Date(windowStart.getTime() + ADDRESS_WINDOW_MS)
        const row = read(tx, addressKey(address))!
        write(tx, addressKey(address), { ...row, lockedUntil: until })
        if (!lock) lock = { until, scope: 'address' }
      }
    }
    return { ok: true, lock }
  })
}

/**
 * The right password: the account's failures in a row end (and a lock this very attempt set is
 * lifted), and the address gets back the try it was charged.
 */
export function settleSuccess(tx: Tx, email: string, address: string | null): void {
  clearRate(tx, accountKey(email))
  if (!address) return
  const hits = refundHit(tx, addressKey(address), ADDRESS_WINDOW)
  if (hits !== null && hits < ADDRESS_MAX_FAILURES) {
    const row = read(tx, addressKey(address))!
    write(tx, addressKey(address), { ...row, lockedUntil: null })
  }
}

/** Lifts an account's lockout (password reset, new ADMIN_PASSWORD, `npm run admin:unlock`). */
export function clearAccountLock(tx: Tx | Db, email: string): boolean {
  return clearRate(tx, accountKey(email))
}

export type UnlockResult = { found: false } | { found: true; email: string; wasLocked: boolean }

/**
 * The way back in for a locked account without e-mail (`npm run admin:unlock`): lifts the lock
 * and the failure count of one account, in the audit log as done on the command line.
 */
export function unlockAccount(db: Db, rawEmail: string): UnlockResult {
  const email = rawEmail.normalize('NFKC').trim().toLowerCase()
  return writeTransaction(db, (tx): UnlockResult => {
    const user = tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(sql`lower(${users.email}) = ${email}`)
      .get()
    if (!user) return { found: false }
    const at = now()
    const row = read(tx, accountKey(email))
    const wasLocked = !!row?.lockedUntil && row.lockedUntil > at
    clearAccountLock(tx, email)
    recordAudit(tx, {
      action: 'user.unlock',
      actorEmail: 'Kommandozeile',
      entityType: 'user',
      entityId: user.id,
      details: { email: user.email, wasLocked },
    })
    return { found: true, email: user.email, wasLocked }
  })
}

/**
 * The right password of an account that still has a second step to pass: this attempt is taken
 * back (and a lock it set is lifted), but earlier failures in a row stay. Clearing them here would
 * let someone who knows the password guess second-step codes without ever reaching the lock.
 */
export function refundAttempt(
  tx: Tx,
  email: string,
  address: string | null,
  reservation: Reservation,
): void {
  const account = read(tx, accountKey(email))
  if (account) {
    const lockedNow = reservation.ok && reservation.lock?.scope === 'account'
    write(
      tx,
      accountKey(email),
      lockedNow
        ? {
            ...account,
            hits: ACCOUNT_FREE_FAILURES - 1,
            lockedUntil: null,
            lockCount: Math.max(0, account.lockCount - 1),
          }
        : { ...account, hits: Math.max(0, account.hits - 1) },
    )
  }
  if (!address) return
  const hits = refundHit(tx, addressKey(address), ADDRESS_WINDOW)
  if (hits !== null && hits < ADDRESS_MAX_FAILURES) {
    const row = read(tx, addressKey(address))!
    write(tx, addressKey(address), { ...row, lockedUntil: null })
  }
}
