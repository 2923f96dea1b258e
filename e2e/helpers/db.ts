import Database from 'better-sqlite3'
import { foldForSearch, markdownToSearchText } from '../../lib/search-text'

/*
 * Direct access to the e2e database: expected values are computed from it (never hard-coded),
 * and content that no visitor may see (drafts, hostile Markdown) is planted in it.
 */

export const E2E_DB_FILE = `${process.env.E2E_DATA_DIR || '/tmp/clusterportal-e2e'}/portal.db`

export function openDb(readonly = true): Database.Database {
  const db = new Database(E2E_DB_FILE, { readonly, timeout: 5000 })
  if (!readonly) db.pragma('foreign_keys = ON')
  return db
}

export function scalar<T = number>(sql: string, ...params: unknown[]): T {
  const db = openDb()
  try {
    const row = db.prepare(sql).get(...params) as Record<string, T> | undefined
    return row ? (Object.values(row)[0] as T) : (undefined as T)
  } finally {
    db.close()
  }
}

export function rows<T>(sql: string, ...params: unknown[]): T[] {
  const db = openDb()
  try {
    return db.prepare(sql).all(...params) as T[]
  } finally {
    db.close()
  }
}

/** Tells the running server that content changed (as every write in the app does). */
export function announce(db: Database.Database, tags: string[]): void {
  db.prepare('INSERT INTO cache_invalidations (tags, created_at) VALUES (?, ?)').run(
    tags.join(','),
    Date.now(),
  )
}

export function indexForSearch(
  db: Database.Database,
  rowid: number,
  title: string,
  subtitle: string,
  body: string,
): void {
  db.prepare(
    'INSERT OR REPLACE INTO search_index (rowid, title, subtitle, body) VALUES (?, ?, ?, ?)',
  ).run(
    rowid,
    foldForSearch(title),
    foldForSearch(subtitle),
    foldForSearch(markdownToSearchText(body)),
  )
  // The plain text the lists cut their excerpts from, as db/store/search-index.ts writes it.
  db.prepare('INSERT OR REPLACE INTO search_texts (doc_id, text) VALUES (?, ?)').run(
    rowid,
    markdownToSearchText(body),
  )
}

/** Waits until the server has picked up planted changes (it polls the database file). */
export const SYNC_DELAY_MS = 800
