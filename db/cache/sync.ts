import 'server-only'
import { AsyncLocalStorage } from 'node:async_hooks'
import fs from 'node:fs'
import { revalidateTag, updateTag } from 'next/cache'
import { gt, lt, max } from 'drizzle-orm'
import { getDb } from '../client'
import { databasePath } from '../connection'
import { asBackgroundWork } from '../query-log'
import { cacheInvalidations } from '../schema'
import { requestExpiry } from '@/lib/internal-expiry.mjs'
import { clearPageCache } from '@/lib/page-cache.mjs'

/*
 * Keeps this server's caches in step with the database, whoever wrote to it.
 *
 * Writes record the cache tags they affect in `cache_invalidations` (db/cache/invalidate.ts),
 * also when they come from another process such as `npm run import` or a second portal process.
 * A write made in a server action or route handler of this process expires its tags at once
 * (`updateTag`, `revalidateTag`). Every other change is noticed here: the database file changed
 * (a stat, no query), so the new rows are read and their tags expired through the server's own
 * internal route (lib/internal-expiry.mjs), since Next.js expires tags only inside a request.
 */

const POLL_MS = 200
const RETAIN_MS = 24 * 60 * 60 * 1000

/**
 * Expires the tags within the current server action (`updateTag`: the editor's next page shows
 * the change) or route handler (`revalidateTag`). Returns false outside a request, where only the
 * rows in `cache_invalidations` carry the change to the servers.
 */
export function expireTags(tags: Iterable<string>, rowIds: number[] = []): boolean {
  const expired = [...tags]
  // The finished pages that can show what the tags name are forgotten.
  clearPageCache(expired)
  // Left to the poll below: Next.js would re-render the page that sent this action.
  if (quietWrites.getStore()) return false
  let inRequest = true
  for (const tag of expired) {
    try {
      updateTag(tag)
    } catch {
      try {
        revalidateTag(tag, { expire: 0 })
      } catch {
        inRequest = false
      }
    }
  }
  // The poll need not expire these rows' tags in this process again.
  if (inRequest) for (const id of rowIds) handledHere.add(id)
  return inRequest
}

const quietWrites = new AsyncLocalStorage<true>()

/**
 * Runs `work` (a server action's write) without expiring its tags inside the action, which
 * would make Next.js render the sender's page again: the first autosave of a new item must not
 * replace the form being typed in. Only for writes visitors cannot see (a new draft); the poll
 * below expires the tags within a fraction of a second all the same.
 */
export function withoutPageRefresh<T>(work: () => Promise<T>): Promise<T> {
  return quietWrites.run(true, work)
}

/** Ids of invalidation rows whose tags this process expired within the request that wrote them. */
const handledHere: Set<number> = ((
  globalThis as { portalHandledInvalidations?: Set<number> }
).portalHandledInvalidations ??= new Set())

/** Tags to expire from outside a request (the scheduler's tick): sent with the next flush. */
export function queueExpiry(tags: Iterable<string>): void {
  const expired = [...tags]
  clearPageCache(expired)
  const state = globalForSync.portalCacheSync
  if (state) for (const tag of expired) state.pending.add(tag)
}

type SyncState = {
  lastId: number
  fileStamp: string
  /** Tags read from the table but not yet expired (the server did not answer yet). */
  pending: Set<string>
  posting: boolean
  timer?: NodeJS.Timeout
  lastCleanup: number
}
const globalForSync = globalThis as unknown as { portalCacheSync?: SyncState }

function fileStamp(file: string): string {
  const parts: string[] = []
  for (const candidate of [file, `${file}-wal`]) {
    try {
      const stat = fs.statSync(/* turbopackIgnore: true */ candidate)
      parts.push(`${stat.mtimeMs}:${stat.size}`)
    } catch {
      parts.push('-')
    }
  }
  return parts.join('|')
}

/** Reads invalidations newer than the last seen one; their tags join the pending ones. */
export function readInvalidations(state: Pick<SyncState, 'lastId' | 'pending'>): string[] {
  const rows = getDb()
    .select({ id: cacheInvalidations.id, tags: cacheInvalidations.tags })
    .from(cacheInvalidations)
    .where(gt(cacheInvalidations.id, state.lastId))
    .orderBy(cacheInvalidations.id)
    .all()
  if (rows.length === 0) return []
  const tags = new Set(
    rows.flatMap((row) => (handledHere.delete(row.id) ? [] : row.tags.split(','))),
  )
  for (const tag of tags) state.pending.add(tag)
  state.lastId = rows[rows.length - 1]!.id
  return [...tags]
}

/** Sends the pending tags to this server's internal route; keeps them when it fails. */
async function flush(state: SyncState): Promise<void> {
  if (state.posting || state.pending.size === 0) return
  state.posting = true
  const tags = [...state.pending]
  state.pending.clear()
  try {
    if (!(await requestExpiry(tags))) for (const tag of tags) state.pending.add(tag)
  } finally {
    state.posting = false
  }
}

export type SyncHooks = {
  /** Runs on every tick; e.g. publishing scheduled items whose time has come. */
  onTick?: (info: { databaseChanged: boolean }) => void
}

/**
 * Starts the poll. `initialTags` are expired as soon as the server answers: pages prerendered at
 * build time without the database (server.mjs holds visitors back until then itself).
 */
export function startCacheSync(hooks: SyncHooks = {}, initialTags: string[] = []): void {
  if (globalForSync.portalCacheSync?.timer) return
  const file = databasePath()
  const db = getDb()
  const state: SyncState = {
    lastId:
      db
        .select({ value: max(cacheInvalidations.id) })
        .from(cacheInvalidations)
        .get()?.value ?? 0,
    fileStamp: fileStamp(file),
    pending: new Set(initialTags),
    posting: false,
    lastCleanup: 0,
  }
  globalForSync.portalCacheSync = state

  const tick = () =>
    asBackgroundWork(() => {
      try {
        const stamp = fileStamp(file)
        const databaseChanged = stamp !== state.fileStamp
        if (databaseChanged) {
          state.fileStamp = stamp
          readInvalidations(state)
        }
        hooks.onTick?.({ databaseChanged })
        if (Date.now() - state.lastCleanup > 60 * 60 * 1000) {
          state.lastCleanup = Date.now()
          db.delete(cacheInvalidations)
            .where(lt(cacheInvalidations.createdAt, new Date(Date.now() - RETAIN_MS)))
            .run()
        }
      } catch (error) {
        console.error(
          'Cache: Abgleich fehlgeschlagen:',
          error instanceof Error ? error.message : error,
        )
      }
      void flush(state)
    })
  state.timer = setInterval(tick, POLL_MS)
  state.timer.unref()
}
