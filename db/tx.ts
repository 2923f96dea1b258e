import 'server-only'
import type { Db } from './client'

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/**
 * Runs `fn` in a `BEGIN IMMEDIATE` transaction: the write lock is taken up front, so a
 * concurrent writer waits out `busy_timeout` instead of failing with SQLITE_BUSY halfway.
 * `fn` must be synchronous (better-sqlite3 transactions cannot span an await).
 */
export function writeTransaction<T>(db: Db, fn: (tx: Tx) => T): T {
  return db.transaction(fn, { behavior: 'immediate' })
}
