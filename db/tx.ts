import 'server-only'
import type { Db } from './client'
import { expireTags } from './cache-sync'

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

let collecting: Set<string> | null = null

/** Called by `invalidate()`: the tags are expired in this process once the transaction commits. */
export function collectTags(tags: Iterable<string>): void {
  if (collecting) for (const tag of tags) collecting.add(tag)
}

/**
 * Runs `fn` in a `BEGIN IMMEDIATE` transaction: the write lock is taken up front, so a
 * concurrent writer waits out `busy_timeout` instead of failing with SQLITE_BUSY halfway.
 * `fn` must be synchronous (better-sqlite3 transactions cannot span an await). After the commit,
 * the cache tags the write named are expired in this process at once (read-your-writes); other
 * processes learn of them through the cache_invalidations rows.
 */
export function writeTransaction<T>(db: Db, fn: (tx: Tx) => T): T {
  const outer = collecting
  const tags = outer ?? new Set<string>()
  collecting = tags
  try {
    const result = db.transaction(fn, { behavior: 'immediate' })
    if (!outer && tags.size > 0) expireTags(tags)
    return result
  } finally {
    collecting = outer
  }
}
