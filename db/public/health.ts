import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '../client'

/** For monitoring: the database answers and is migrated. Says nothing else about the installation. */
export function checkHealth(): { ok: boolean } {
  try {
    const db = getDb()
    const row = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM __drizzle_migrations`)
    return { ok: !!row && row.n > 0 }
  } catch {
    return { ok: false }
  }
}
