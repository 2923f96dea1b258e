import fs from 'node:fs'
import Database from 'better-sqlite3'
import { BackupError } from './backup-error'
import { assertSqliteFile, isWalFile } from './files'
import { openDatabase } from '../connection'
import { MIGRATIONS_FOLDER, migrationState } from '../migrate'

/*
 * Checks that a database file is sound and made by this portal, and what it holds: used on every
 * fresh backup, on a backup before it is restored, and on the restored database.
 */

export type DatabaseSummary = {
  file: string
  bytes: number
  tables: number
  rows: { partners: number; news: number; events: number; images: number }
}

const COUNTED_TABLES = ['partners', 'news', 'events', 'images'] as const

/** Checks a backup before anything else is touched. */
export function validateBackup(file: string): void {
  assertSqliteFile(file, `Sicherungsdatei nicht gefunden: ${file}`)
  let sqlite: Database.Database
  try {
    // A WAL-mode file opened read-only would leave -wal and -shm files beside the backup.
    sqlite = new Database(file, { readonly: !isWalFile(file), fileMustExist: true })
  } catch (error) {
    throw asCorrupt(error, file)
  }
  try {
    assertIntegrity(sqlite, file, 'Datei beschädigt')
    const migrationsTable = sqlite
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
      .get()
    if (!migrationsTable) {
      throw new BackupError(
        'not-portal',
        `Keine Sicherung dieses Portals (Tabelle __drizzle_migrations fehlt): ${file}`,
      )
    }
    const applied = migrationState(sqlite).applied
    const available = migrationFileCount()
    if (applied > available) {
      throw new BackupError(
        'too-new',
        `Die Sicherung stammt von einer neueren Version des Portals (${applied} Migrationen, diese Version kennt ${available}): ${file}`,
      )
    }
  } catch (error) {
    throw asCorrupt(error, file)
  } finally {
    sqlite.close()
  }
}

/** Number of migration files in drizzle/. */
export function migrationFileCount(folder = MIGRATIONS_FOLDER): number {
  return fs.readdirSync(folder).filter((name) => name.endsWith('.sql')).length
}

/** How many migrations in drizzle/ the database `file` has not applied yet. */
export function pendingMigrations(file: string): { applied: number; pending: number } {
  const sqlite = openDatabase(file)
  try {
    const applied = migrationState(sqlite).applied
    return { applied, pending: Math.max(0, migrationFileCount() - applied) }
  } finally {
    sqlite.close()
  }
}

export function assertIntegrity(sqlite: Database.Database, file: string, prefix: string): void {
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[]
  const first = rows[0]?.integrity_check
  if (rows.length !== 1 || first !== 'ok') {
    throw new BackupError('corrupt', `${prefix}: ${file} (integrity_check: ${first ?? '?'})`)
  }
}

export function assertSound(sqlite: Database.Database, file: string, prefix: string): void {
  assertIntegrity(sqlite, file, prefix)
  const violations = sqlite.pragma('foreign_key_check') as { table: string }[]
  if (violations.length > 0) {
    throw new BackupError(
      'corrupt',
      `${prefix}: ${file} (${violations.length} verwaiste Verweise, z. B. in ${violations[0]!.table})`,
    )
  }
}

/** SQLite's own complaints about a damaged file become the operator's "beschädigt". */
export function asCorrupt(error: unknown, file: string): unknown {
  if (error instanceof BackupError) return error
  const code = (error as { code?: string }).code ?? ''
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) {
    return new BackupError('corrupt', `Datei beschädigt: ${file} (${(error as Error).message})`)
  }
  return error
}

export function summarize(sqlite: Database.Database, file: string): DatabaseSummary {
  const tables = sqlite
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
    )
    .pluck()
    .all() as string[]
  const count = (table: string) =>
    tables.includes(table)
      ? (sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number)
      : 0
  const rows = Object.fromEntries(
    COUNTED_TABLES.map((t) => [t, count(t)]),
  ) as DatabaseSummary['rows']
  return { file, bytes: fs.statSync(file).size, tables: tables.length, rows }
}

/** One German line for the command line: size, tables and the main row counts. */
export function describeSummary(summary: DatabaseSummary): string {
  const megabytes = (summary.bytes / 1024 / 1024).toLocaleString('de-DE', {
    maximumFractionDigits: 1,
  })
  const { partners, news, events, images } = summary.rows
  return `${megabytes} MB, ${summary.tables} Tabellen: ${partners} Partner, ${news} Meldungen, ${events} Veranstaltungen, ${images} Bilder`
}
