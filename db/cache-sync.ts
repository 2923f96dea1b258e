import 'server-only'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { gt, lt, max } from 'drizzle-orm'
import { getDb } from './client'
import { databasePath } from './connection'
import { asBackgroundWork } from './query-log'
import { cacheInvalidations } from './schema'
import { TAGS } from '@/lib/cache-tags'

/*
 * Keeps this server's caches in step with the database, whoever wrote to it.
 *
 * Writes record the cache tags they affect in `cache_invalidations` (db/cache-invalidation.ts),
 * also when they come from another process such as `npm run import`. Here the server notices the
 * database file change (a stat, no query), reads the new rows and expires those tags. At start it
 * expires every content tag: pages were prerendered at build time without the database.
 *
 * Expiring goes through Next's in-process tag manifest, the same table `revalidateTag()` writes
 * to and that both the `'use cache'` store and the prerendered-page cache consult. It is not a
 * public API, so `next` is pinned and the e2e suite checks that changes made outside the server
 * reach the pages.
 */

type TagState = { stale?: number; expired?: number }
type TagsManifest = Map<string, TagState>

const POLL_MS = 200
const RETAIN_MS = 24 * 60 * 60 * 1000

function loadTagsManifest(): TagsManifest | null {
  try {
    // Resolved at run time from the project's node_modules, so this is the very module instance
    // the Next server uses (the `.external` files are never bundled).
    const require = createRequire(path.join(process.cwd(), 'package.json'))
    const mod = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as {
      tagsManifest?: TagsManifest
    }
    return mod.tagsManifest instanceof Map ? mod.tagsManifest : null
  } catch {
    return null
  }
}

/** The finished-page cache of server.mjs (lib/page-cache.mjs), when the server runs one. */
const PAGE_CACHE_KEY = Symbol.for('clusterportal.pageCache')

export function expireTags(tags: Iterable<string>): boolean {
  // Any change may show on any page of that cache: it is emptied, whatever the tags.
  ;(globalThis as { [PAGE_CACHE_KEY]?: { clear(): void } })[PAGE_CACHE_KEY]?.clear()
  const manifest = loadTagsManifest()
  if (!manifest) return false
  const at = Math.round(performance.timeOrigin + performance.now())
  for (const tag of tags) manifest.set(tag, { ...manifest.get(tag), expired: at })
  return true
}

type SyncState = { lastId: number; fileStamp: string; timer?: NodeJS.Timeout; lastCleanup: number }
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

/** Reads invalidations newer than the last seen one and expires their tags. */
export function syncInvalidations(state: SyncState): string[] {
  const db = getDb()
  const rows = db
    .select({ id: cacheInvalidations.id, tags: cacheInvalidations.tags })
    .from(cacheInvalidations)
    .where(gt(cacheInvalidations.id, state.lastId))
    .orderBy(cacheInvalidations.id)
    .all()
  if (rows.length === 0) return []
  const tags = new Set(rows.flatMap((row) => row.tags.split(',')))
  expireTags(tags)
  state.lastId = rows[rows.length - 1]!.id
  return [...tags]
}

export type SyncHooks = {
  /** Runs on every tick; e.g. publishing scheduled items whose time has come. */
  onTick?: (info: { databaseChanged: boolean }) => void
}

export function startCacheSync(hooks: SyncHooks = {}): void {
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
    lastCleanup: 0,
  }
  globalForSync.portalCacheSync = state
  if (!expireTags([TAGS.content])) {
    console.warn(
      'Cache: Tag-Verwaltung von Next.js nicht gefunden – Änderungen außerhalb des Servers erscheinen erst nach Neustart.',
    )
  }

  const tick = () =>
    asBackgroundWork(() => {
      try {
        const stamp = fileStamp(file)
        const databaseChanged = stamp !== state.fileStamp
        if (databaseChanged) {
          state.fileStamp = stamp
          syncInvalidations(state)
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
    })
  state.timer = setInterval(tick, POLL_MS)
  state.timer.unref()
}
