import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

/*
 * Opening the SQLite file with the portal's pragmas. Kept free of `server-only` so the
 * command-line tools (migrate, seed, import, backup) open the file exactly as the server does;
 * the server's own entry point is db/client.ts.
 */

export const DEFAULT_DATABASE_URL = 'file:./data/portal.db'

/** Resolves `DATABASE_URL` (`file:<path>`, or a bare path) to an absolute file path. */
export function databasePath(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): string {
  const trimmed = url.trim()
  const withoutScheme = trimmed.startsWith('file:') ? trimmed.slice('file:'.length) : trimmed
  if (withoutScheme === '' || withoutScheme === ':memory:') {
    throw new Error(`DATABASE_URL must name a file, got "${url}"`)
  }
  // `file:///abs/path` and `file:/abs/path` are absolute; `file:./x` is relative to the cwd.
  const filePath = withoutScheme.replace(/^\/\/(?=\/)/, '')
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), filePath)
}

export const BUSY_TIMEOUT_MS = 5000

export function openDatabase(
  file = databasePath(),
  options: Pick<Database.Options, 'verbose'> = {},
): Database.Database {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const sqlite = new Database(file, { timeout: BUSY_TIMEOUT_MS, ...options })
  applyPragmas(sqlite)
  return sqlite
}

export function applyPragmas(sqlite: Database.Database): void {
  // An in-memory database keeps its own journal mode; files switch to WAL.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  sqlite.pragma('foreign_keys = ON')
  // FULL also syncs the WAL on every commit, so a power cut cannot take back a published item or
  // an account change once the editor saw it saved. Writes are rare, so the extra fsync is cheap.
  sqlite.pragma('synchronous = FULL')
}
