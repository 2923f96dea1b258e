import path from 'node:path'
import type Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'drizzle')

/** Applies every pending migration in drizzle/ (each once; recorded in __drizzle_migrations). */
export function runMigrations(
  sqlite: Database.Database,
  migrationsFolder = MIGRATIONS_FOLDER,
): void {
  // drizzle-kit's table rebuilds (CREATE new, copy, DROP old, RENAME) need foreign keys off, and
  // their own PRAGMA is ignored inside the migrator's transaction: DROP TABLE would cascade and
  // silently empty child tables. So keys are switched off around the run and checked afterwards.
  const enforced = sqlite.pragma('foreign_keys', { simple: true }) === 1
  if (enforced) sqlite.pragma('foreign_keys = OFF')
  try {
    migrate(drizzle(sqlite), { migrationsFolder })
  } finally {
    if (enforced) sqlite.pragma('foreign_keys = ON')
  }
  const violations = sqlite.pragma('foreign_key_check') as unknown[]
  if (violations.length > 0) {
    throw new Error(`Migrationen hinterlassen ${violations.length} verwaiste Verweise`)
  }
}

/** How many migrations exist on disk and how many the database has applied. */
export function migrationState(sqlite: Database.Database): { applied: number } {
  const table = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'",
    )
    .get()
  if (!table) return { applied: 0 }
  const row = sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as {
    n: number
  }
  return { applied: row.n }
}
