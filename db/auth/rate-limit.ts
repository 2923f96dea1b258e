import 'server-only'
import { eq } from 'drizzle-orm'
import type { Db } from '../client'
import { rateLimits } from '../schema'
import { writeTransaction, type Tx } from '../tx'
import { now } from '@/lib/clock'

/*
 * The portal's one rate limiter: a fixed-window counter per key in `rate_limits`, in SQLite, so
 * every process on the database shares it and a restart does not reset it. It counts inside the
 * caller's write transaction where there is one: the login counts an attempt in the same
 * `BEGIN IMMEDIATE` that checks the lock, before the password is hashed, which a limiter with
 * an asynchronous store cannot join. The login's account lockout keeps its growing locks in the
 * same rows (`lockedUntil`, `lockCount`).
 */

export type RateWindow = { limit: number; windowMs: number }
export type RateRow = typeof rateLimits.$inferSelect
type Executor = Tx | Db

export function readRate(tx: Executor, key: string): RateRow | undefined {
  return tx.select().from(rateLimits).where(eq(rateLimits.key, key)).get()
}

export function writeRate(
  tx: Executor,
  key: string,
  values: Omit<RateRow, 'key' | 'updatedAt'>,
): void {
  const row = { ...values, updatedAt: now() }
  tx.insert(rateLimits)
    .values({ key, ...row })
    .onConflictDoUpdate({ target: rateLimits.key, set: row })
    .run()
}

export function clearRate(tx: Executor, key: string): boolean {
  return tx.delete(rateLimits).where(eq(rateLimits.key, key)).run().changes > 0
}

function inWindow(row: RateRow | undefined, window: RateWindow, at: Date): row is RateRow {
  return !!row && at.getTime() - row.windowStart.getTime() < window.windowMs
}

/** Counts one hit of `key`: the count in the current window, and whether it is within the limit. */
export function countHit(
  tx: Executor,
  key: string,
  window: RateWindow,
): { count: number; windowStart: Date; allowed: boolean } {
  const at = now()
  const row = readRate(tx, key)
  const current = inWindow(row, window, at)
  const count = current ? row.hits + 1 : 1
  const windowStart = current ? row.windowStart : at
  writeRate(tx, key, {
    hits: count,
    windowStart,
    lockedUntil: row?.lockedUntil ?? null,
    lockCount: row?.lockCount ?? 0,
  })
  return { count, windowStart, allowed: count <= window.limit }
}

/** Takes one hit back in the current window (an attempt that turned out right). */
export function refundHit(tx: Executor, key: string, window: RateWindow): number | null {
  const row = readRate(tx, key)
  if (!inWindow(row, window, now())) return null
  const hits = Math.max(0, row.hits - 1)
  writeRate(tx, key, { ...row, hits })
  return hits
}

/** Counts one hit in a transaction of its own; true while `key` is within its limit. */
export function allowHit(db: Db, key: string, window: RateWindow): boolean {
  return writeTransaction(db, (tx) => countHit(tx, key, window).allowed)
}
