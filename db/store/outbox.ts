import 'server-only'
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm'
import type { Db } from '../client'
import { mailOutbox, newsletterSubscribers, type OutboxRow } from '../schema'
import { writeTransaction, type Tx } from '../tx'

/*
 * The outbox's state machine: pending → sending (claimed) → sent | failed, or back to pending
 * for a retry. Every step is a conditional UPDATE inside `BEGIN IMMEDIATE`, so of several
 * processes exactly one wins a row, with no lease involved: a row another live process holds is
 * never taken over. A row left `sending` by a process that died is given back (same Message-ID)
 * when its owner is known to be gone (see recoverAbandoned).
 */

export const MAX_ATTEMPTS = 6
/** Permanent failures in a row after which an address is suspended. */
export const SUSPEND_AFTER = 3
/** A claim this old is given back even if its process id is alive (the id was reused). */
export const ABANDONED_AFTER_MS = 60 * 60 * 1000

export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60 * 1000)
}

/** Claims the next due row for `owner`, or null. `mayClaim` runs in the same transaction. */
export function claimNext(
  db: Db,
  owner: string,
  at: Date,
  mayClaim: (tx: Tx) => boolean = () => true,
): OutboxRow | null {
  return writeTransaction(db, (tx) => {
    const next = tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.state, 'pending'), lte(mailOutbox.nextAttemptAt, at)))
      .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
      .limit(1)
      .get()
    if (!next || !mayClaim(tx)) return null
    const claimed = tx
      .update(mailOutbox)
      .set({ state: 'sending', claimedBy: owner, claimedAt: at })
      .where(and(eq(mailOutbox.id, next.id), eq(mailOutbox.state, 'pending')))
      .returning()
      .get()
    return claimed ?? null
  })
}

export function markSent(db: Db, row: OutboxRow, owner: string, at: Date): boolean {
  return writeTransaction(db, (tx) => {
    const done =
      tx
        .update(mailOutbox)
        .set({ state: 'sent', sentAt: at, lastError: null, attempts: row.attempts + 1 })
        .where(
          and(
            eq(mailOutbox.id, row.id),
            eq(mailOutbox.state, 'sending'),
            eq(mailOutbox.claimedBy, owner),
          ),
        )
        .run().changes === 1
    if (done && row.subscriberId)
      tx.update(newsletterSubscribers)
        .set({ failures: 0 })
        .where(eq(newsletterSubscribers.id, row.subscriberId))
        .run()
    return done
  })
}

export type Failure = { permanent: boolean; message: string }

/** SMTP 5xx is permanent; 4xx and network trouble are retried with growing pauses. */
export function classify(error: unknown): Failure {
  const code = (error as { responseCode?: number } | null)?.responseCode
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500)
  return { permanent: typeof code === 'number' && code >= 500 && code < 600, message }
}

export function markFailed(
  db: Db,
  row: OutboxRow,
  owner: string,
  failure: Failure,
  at: Date,
): 'retry' | 'failed' {
  return writeTransaction(db, (tx) => {
    const attempts = row.attempts + 1
    const giveUp = failure.permanent || attempts >= MAX_ATTEMPTS
    const changed = tx
      .update(mailOutbox)
      .set(
        giveUp
          ? { state: 'failed', attempts, lastError: failure.message, claimedBy: null }
          : {
              state: 'pending',
              attempts,
              lastError: failure.message,
              claimedBy: null,
              claimedAt: null,
              nextAttemptAt: new Date(at.getTime() + backoffMs(attempts)),
            },
      )
      .where(
        and(
          eq(mailOutbox.id, row.id),
          eq(mailOutbox.state, 'sending'),
          eq(mailOutbox.claimedBy, owner),
        ),
      )
      .run().changes
    if (changed === 1 && failure.permanent && row.subscriberId) {
      tx.update(newsletterSubscribers)
        .set({
          failures: sql`${newsletterSubscribers.failures} + 1`,
          updatedAt: at,
        })
        .where(eq(newsletterSubscribers.id, row.subscriberId))
        .run()
      tx.update(newsletterSubscribers)
        .set({ state: 'suspended' })
        .where(
          and(
            eq(newsletterSubscribers.id, row.subscriberId),
            eq(newsletterSubscribers.state, 'confirmed'),
            sql`${newsletterSubscribers.failures} >= ${SUSPEND_AFTER}`,
          ),
        )
        .run()
    }
    return giveUp ? 'failed' : 'retry'
  })
}

/** A row that was claimed but will not be sent after all (recipient gone, nothing to say). */
export function markDropped(db: Db, row: OutboxRow, owner: string, reason: string): void {
  db.update(mailOutbox)
    .set({ state: 'failed', lastError: reason })
    .where(and(eq(mailOutbox.id, row.id), eq(mailOutbox.claimedBy, owner)))
    .run()
}

/**
 * Gives rows back whose claiming process is gone: its pid is this process's but the token is
 * not (an earlier run), or no process with that pid exists any more, or the claim is older than
 * any send could take. The row keeps its Message-ID, so a message that had in fact been accepted
 * just before the crash reaches the recipient as the same message again.
 */
export function recoverAbandoned(
  db: Db,
  owner: string,
  at: Date,
  isAlive: (pid: number) => boolean,
): number {
  const [myPid] = owner.split(':')
  const claimed = db
    .select({ id: mailOutbox.id, by: mailOutbox.claimedBy, claimedAt: mailOutbox.claimedAt })
    .from(mailOutbox)
    .where(eq(mailOutbox.state, 'sending'))
    .all()
  const abandoned = claimed
    .filter((row) => {
      if (!row.by || row.by === owner) return false
      const [pid] = row.by.split(':')
      if (!row.claimedAt || at.getTime() - row.claimedAt.getTime() > ABANDONED_AFTER_MS) return true
      if (pid === myPid) return true
      return !isAlive(Number(pid))
    })
    .map((row) => ({ id: row.id, by: row.by! }))
  let count = 0
  for (const row of abandoned)
    count += writeTransaction(
      db,
      (tx) =>
        tx
          .update(mailOutbox)
          .set({ state: 'pending', claimedBy: null, claimedAt: null })
          .where(
            and(
              eq(mailOutbox.id, row.id),
              eq(mailOutbox.state, 'sending'),
              eq(mailOutbox.claimedBy, row.by),
            ),
          )
          .run().changes,
    )
  return count
}

export type OutboxCounts = { pending: number; sending: number; sent: number; failed: number }

export function outboxCounts(db: Db, issueId?: number): OutboxCounts {
  const rows = db
    .select({ state: mailOutbox.state, n: sql<number>`count(*)` })
    .from(mailOutbox)
    .where(
      issueId === undefined
        ? undefined
        : and(eq(mailOutbox.issueId, issueId), inArray(mailOutbox.kind, ['issue'])),
    )
    .groupBy(mailOutbox.state)
    .all()
  const counts: OutboxCounts = { pending: 0, sending: 0, sent: 0, failed: 0 }
  for (const row of rows) counts[row.state] = Number(row.n)
  return counts
}
