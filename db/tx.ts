import 'server-only'
import type { Db } from './client'
import { expireTags } from './cache/sync'

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

type Collected = { tags: Set<string>; rowIds: number[] }
let collecting: Collected | null = null

/** Called by `invalidate()`: the tags are expired in this process once the transaction commits. */
export function collectTags(tags: Iterable<string>, rowId: number): void {
  if (!collecting) return
  for (const tag of tags) collecting.tags.add(tag)
  collecting.rowIds.push(rowId)
}

/**
 * Runs `fn` in a `BEGIN IMMEDIATE` transaction: the write lock is taken up front, so a
 * concurrent writer waits out `busy_timeout` instead of failing with SQLITE_BUSY halfway.
 * `fn` must be synchronous (better-sqlite3 transactions cannot span an await). After the commit,
 * the cache tags the write named are expired in this process at once when it runs in a request
 * (read-your-writes); other processes, and this one otherwise, learn of them through the
 * cache_invalidations rows (db/cache/sync.ts).
 */
export function writeTransaction<T>(db: Db, fn: (tx: Tx) => T): T {
  const outer = collecting
  const collected = outer ?? { tags: new Set<string>(), rowIds: [] }
  collecting = collected
  try {
    const result = db.transaction(fn, { behavior: 'immediate' })
    if (!outer && collected.tags.size > 0) expireTags(collected.tags, collected.rowIds)
    return result
  } finally {
    collecting = outer
  }
}
