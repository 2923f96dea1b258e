import 'server-only'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import type Database from 'better-sqlite3'
import { openDatabase } from './connection'
import * as schema from './schema'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

/*
 * One connection per server process, opened on first use (never at import, so `next build`
 * does not open the database). Kept on globalThis so hot reloads in development do not leak
 * connections.
 */
const globalForDb = globalThis as unknown as { portalDb?: Db }

export function getDb(): Db {
  if (!globalForDb.portalDb) {
    globalForDb.portalDb = drizzle(openDatabase(), { schema })
  }
  return globalForDb.portalDb
}
