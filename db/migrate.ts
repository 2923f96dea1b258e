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
  migrate(drizzle(sqlite), { migrationsFolder })
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
