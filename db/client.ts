import 'server-only'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { applyPragmas, openDatabase } from './connection'
import { runMigrations } from './migrate'
import { queryLogger } from './query-log'
import * as schema from './schema'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

/*
 * One connection per server process, opened on first use. Kept on globalThis so hot reloads in
 * development do not leak connections.
 *
 * During `next build` the real database is never opened: pages are prerendered against an empty
 * in-memory database, and the server expires every content tag when it starts (db/cache/sync.ts),
 * so the first visitor gets a fresh render from the real data.
 */
const globalForDb = globalThis as unknown as { portalDb?: Db }

export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build'
}

function openBuildDatabase(): Database.Database {
  const sqlite = new Database(':memory:')
  applyPragmas(sqlite)
  runMigrations(sqlite)
  return sqlite
}

export function getDb(): Db {
  if (!globalForDb.portalDb) {
    const sqlite = isBuildPhase()
      ? openBuildDatabase()
      : openDatabase(undefined, { verbose: queryLogger() })
    globalForDb.portalDb = drizzle(sqlite, { schema })
  }
  return globalForDb.portalDb
}
