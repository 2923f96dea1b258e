import 'server-only'
import type { Db } from '../client'
import { cacheInvalidations } from '../schema'
import { collectTags, type Tx } from '../tx'
import { now } from '@/lib/clock'

/** Records which cached pages a write affects; call inside the write's transaction. */
export function invalidate(tx: Tx | Db, tags: Iterable<string>): void {
  const unique = [...new Set(tags)].filter((tag) => tag && !tag.includes(','))
  if (unique.length === 0) return
  const { lastInsertRowid } = tx
    .insert(cacheInvalidations)
    .values({ tags: unique.join(','), createdAt: now() })
    .run()
  collectTags(unique, Number(lastInsertRowid))
}
