import 'server-only'
import { and, eq, isNotNull, isNull } from 'drizzle-orm'
import type { Db } from '../../client'
import { totpCredentials } from '../../schema'
import type { Tx } from '../../tx'
import { now } from '@/lib/clock'
import { deriveKey, open, seal } from '@/lib/secret-box'
import { checkTotpCode, newTotpSecret, type TotpCheck } from '@/lib/totp'

/*
 * The code app (TOTP) of a user: a pending secret until the first code confirms it, then the
 * confirmed one. Secrets are sealed with a key derived from AUTH_SECRET and bound to the user id.
 * A code is checked and its step recorded in the caller's write transaction, so two requests with
 * the same code cannot both pass.
 */

function key(): Buffer {
  return deriveKey(process.env.AUTH_SECRET ?? '', 'totp-secret')
}
const context = (userId: number) => `totp:${userId}`

/** The secret of a setup that waits for its first code, or null. */
export function pendingTotpSecret(db: Tx | Db, userId: number): string | null {
  const row = db
    .select({ secret: totpCredentials.secret })
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, userId), isNull(totpCredentials.confirmedAt)))
    .get()
  return row ? open(key(), row.secret, context(userId)) : null
}

/** Starts (or restarts) a setup with a new secret; false if a confirmed code app exists. */
export function startTotp(tx: Tx, userId: number): boolean {
  const existing = tx
    .select({ confirmedAt: totpCredentials.confirmedAt })
    .from(totpCredentials)
    .where(eq(totpCredentials.userId, userId))
    .get()
  if (existing?.confirmedAt) return false
  const secret = seal(key(), newTotpSecret(), context(userId))
  tx.insert(totpCredentials)
    .values({ userId, secret, createdAt: now() })
    .onConflictDoUpdate({ target: totpCredentials.userId, set: { secret, lastTimeStep: 0 } })
    .run()
  return true
}

/** Confirms the pending setup with its first code. */
export function confirmTotp(tx: Tx, userId: number, code: string): TotpCheck {
  const secret = pendingTotpSecret(tx, userId)
  if (!secret) return { ok: false, reason: 'wrong' }
  const check = checkTotpCode(secret, code, 0, now())
  if (check.ok)
    tx.update(totpCredentials)
      .set({ confirmedAt: now(), lastTimeStep: check.timeStep })
      .where(eq(totpCredentials.userId, userId))
      .run()
  return check
}

/** Checks a code against the confirmed secret and, if it counts, records its step. */
export function verifyTotp(tx: Tx, userId: number, code: string): TotpCheck {
  const row = tx
    .select({ secret: totpCredentials.secret, lastTimeStep: totpCredentials.lastTimeStep })
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, userId), isNotNull(totpCredentials.confirmedAt)))
    .get()
  const secret = row ? open(key(), row.secret, context(userId)) : null
  if (!row || !secret) return { ok: false, reason: 'wrong' }
  const check = checkTotpCode(secret, code, row.lastTimeStep, now())
  if (check.ok)
    tx.update(totpCredentials)
      .set({ lastTimeStep: check.timeStep })
      .where(eq(totpCredentials.userId, userId))
      .run()
  return check
}

export function removeTotp(tx: Tx, userId: number): boolean {
  return tx.delete(totpCredentials).where(eq(totpCredentials.userId, userId)).run().changes > 0
}
