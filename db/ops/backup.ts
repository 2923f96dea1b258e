import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { BackupError } from './backup-error'
import { createPrivateFile, encryptFile } from './backup-crypto'
import {
  removeSidecars,
  removeWithSidecars,
  sameFile,
  assertSqliteFile,
  syncDirectory,
} from './files'
import { assertNotInUse } from './in-use'
import { asCorrupt, assertSound, summarize, type DatabaseSummary } from './verify'
import { openDatabase } from '../connection'

/*
 * Online backup of the portal's SQLite file (images included: they are BLOBs in it); restore.ts
 * puts one back.
 *
 * Copies always go through SQLite's online backup API (better-sqlite3 `db.backup()`), never
 * through a file copy: a copied file can miss what is still in the -wal file or catch a page
 * halfway through a write, while the backup API reads one consistent snapshot even while other
 * processes keep writing.
 *
 * No `server-only` and no db/client.ts here: the command-line scripts use this module.
 */

/** A backup step larger than any database: the whole copy is one step, see `copyDatabase`. */
const ALL_PAGES = 0x7fffffff

/**
 * Copies `sourceFile` to `destFile` while the portal may keep running and writing, then checks
 * the copy (integrity_check, foreign_key_check). The copy is a single self-contained file
 * (rollback journal, no -wal beside it). An existing `destFile` is only replaced with `force`.
 */
export async function backupDatabase(
  sourceFile: string,
  destFile: string,
  options: { force?: boolean; key?: string | null } = {},
): Promise<DatabaseSummary> {
  const source = path.resolve(sourceFile)
  const dest = path.resolve(destFile)
  assertSqliteFile(source, `Datenbank nicht gefunden: ${source}`)
  if (sameFile(source, dest)) {
    throw new BackupError('same-file', `Quelle und Ziel sind dieselbe Datei: ${dest}`)
  }
  if (fs.existsSync(dest)) {
    if (!options.force) {
      throw new BackupError('exists', `Die Datei gibt es schon: ${dest} (mit --force ersetzen)`)
    }
    assertNotInUse(dest)
  }

  // Backups hold password hashes and personal data: folder and files for the owner only.
  fs.mkdirSync(path.dirname(dest), { recursive: true, mode: 0o700 })
  // Written beside the destination and renamed at the end, so `dest` is never half a backup.
  const temp = `${dest}.tmp-${process.pid}-${Date.now()}`
  const sealed = `${temp}.enc`
  try {
    // Created 0600 before SQLite writes into it; its journal files take the same mode.
    createPrivateFile(temp)
    const sqlite = openDatabase(source)
    try {
      await copyDatabase(sqlite, temp)
    } catch (error) {
      throw asCorrupt(error, source)
    } finally {
      sqlite.close()
    }
    const summary = finishCopy(temp, source)
    if (options.key) {
      encryptFile(temp, sealed, options.key)
      removeWithSidecars(temp)
    }
    if (options.force) removeSidecars(dest)
    fs.renameSync(options.key ? sealed : temp, dest)
    syncDirectory(path.dirname(dest))
    return { ...summary, file: dest, bytes: fs.statSync(dest).size }
  } catch (error) {
    removeWithSidecars(temp)
    fs.rmSync(sealed, { force: true })
    throw error
  }
}

/**
 * One backup step for all pages: the whole copy is read inside one read transaction, so it is a
 * consistent snapshot. With the default of 100 pages per step, every commit by another process
 * between two steps would restart the copy, and a busy portal could keep it from ever finishing.
 */
export async function copyDatabase(sqlite: Database.Database, dest: string): Promise<void> {
  await sqlite.backup(dest, { progress: () => ALL_PAGES })
}

/**
 * Makes a fresh copy self-contained (rollback journal instead of WAL, so it is one file that can
 * be moved and archived) and proves it sound. Throws BackupError('corrupt') otherwise.
 */
function finishCopy(file: string, source: string): DatabaseSummary {
  const sqlite = new Database(file, { fileMustExist: true })
  try {
    sqlite.pragma('journal_mode = DELETE')
    assertSound(sqlite, source, 'Die Datenbank ist fehlerhaft, keine Sicherung erstellt')
    return summarize(sqlite, file)
  } finally {
    sqlite.close()
  }
}
