import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { BackupError } from './backup-error'
import { createPrivateFile, decryptFile, encryptFile, isEncryptedBackup } from './backup-crypto'
import { databasePath, openDatabase } from '../connection'
import { MIGRATIONS_FOLDER, migrationState, runMigrations } from '../migrate'

/*
 * Online backup and restore of the portal's SQLite file (images included: they are BLOBs in it).
 *
 * Copies always go through SQLite's online backup API (better-sqlite3 `db.backup()`), never
 * through a file copy: a copied file can miss what is still in the -wal file or catch a page
 * halfway through a write, while the backup API reads one consistent snapshot even while other
 * processes keep writing.
 *
 * No `server-only` and no db/client.ts here: the command-line scripts use this module.
 */

export { BackupError, type BackupErrorCode } from './backup-error'

export type DatabaseSummary = {
  file: string
  bytes: number
  tables: number
  rows: { partners: number; news: number; events: number; images: number }
}

export type RestoreResult = DatabaseSummary & {
  /** Where the database that was replaced has been kept; null when there was none. */
  previous: string | null
  migrationsApplied: number
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')
/** A backup step larger than any database: the whole copy is one step, see `copyDatabase`. */
const ALL_PAGES = 0x7fffffff
/** How long a restore waits for the target's lock before deciding that someone holds it. */
const LOCK_WAIT_MS = 300
const COUNTED_TABLES = ['partners', 'news', 'events', 'images'] as const

/** `YYYY-MM-DD-HHMMSS` in local time, for file names an operator sorts and reads. */
export function fileTimestamp(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  )
}

/** Where backups go unless a file is named: `data/backups/` in the project folder. */
export function defaultBackupDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), 'data', 'backups')
}

/** `file`, or `file` with `-2`, `-3`, … before the extension when it exists already. */
export function uniquePath(file: string): string {
  if (!fs.existsSync(file)) return file
  const ext = path.extname(file) === '.db' ? '.db' : ''
  const stem = ext ? file.slice(0, -ext.length) : file
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`
    if (!fs.existsSync(candidate)) return candidate
  }
}

// ---------------------------------------------------------------------------------------------
// Backup
// ---------------------------------------------------------------------------------------------

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
async function copyDatabase(sqlite: Database.Database, dest: string): Promise<void> {
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

// ---------------------------------------------------------------------------------------------
// Restore
// ---------------------------------------------------------------------------------------------

/**
 * Replaces the database `targetFile` with the backup `backupFile`, with the portal stopped:
 *
 * 1. The backup is checked first (a SQLite file, integrity_check ok, made by this portal, not
 *    newer than this version's migrations); nothing is touched when it fails.
 * 2. The target must not be in use, see `assertNotInUse`.
 * 3. The current target is kept as `<target>.vor-wiederherstellung-<timestamp>`.
 * 4. The backup is written into the target through the backup API, which goes through SQLite's
 *    own journal, so an existing -wal of the target can never be replayed onto the new content.
 * 5. Pending migrations are applied, so an older backup matches the running code.
 */
export async function restoreDatabase(
  backupFile: string,
  targetFile = databasePath(),
  options: { key?: string | null } = {},
): Promise<RestoreResult> {
  const given = path.resolve(backupFile)
  const target = path.resolve(targetFile)
  assertFileExists(given, `Sicherungsdatei nicht gefunden: ${given}`)
  if (!isEncryptedBackup(given)) return restorePlain(given, target)
  if (!options.key)
    throw new BackupError(
      'key-missing',
      `Die Sicherung ist verschlüsselt: bitte BACKUP_KEY mit dem Schlüssel setzen, mit dem sie erstellt wurde: ${given}`,
    )
  // Decrypted next to the target (same disk, owner only) and removed again afterwards.
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const plain = `${target}.entschluesselt-${process.pid}-${Date.now()}`
  try {
    decryptFile(given, plain, options.key)
    return await restorePlain(plain, target)
  } finally {
    removeWithSidecars(plain)
  }
}

async function restorePlain(backup: string, target: string): Promise<RestoreResult> {
  validateBackup(backup)
  if (sameFile(backup, target)) {
    throw new BackupError('same-file', `Quelle und Ziel sind dieselbe Datei: ${target}`)
  }

  fs.mkdirSync(path.dirname(target), { recursive: true })
  let previous: string | null = null
  if (fs.existsSync(target)) {
    previous = await keepPrevious(target)
  } else {
    // Without their database file, a -wal or -shm is left over from an older one: SQLite would
    // replay that old -wal onto the restored file. Only removed when no process holds them.
    assertNotInUse(target)
    removeSidecars(target)
  }

  const source = new Database(backup, { readonly: !isWalFile(backup), fileMustExist: true })
  try {
    await copyDatabase(source, target)
  } catch (error) {
    // Someone opened the target after the check (the portal started meanwhile?).
    const code = (error as { code?: string }).code ?? ''
    if (code.startsWith('SQLITE_BUSY')) throw inUse(target, processesUsing(target))
    throw error
  } finally {
    source.close()
  }

  const sqlite = openDatabase(target)
  try {
    const before = migrationState(sqlite).applied
    try {
      runMigrations(sqlite)
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      const kept = previous ? ` Der vorherige Stand liegt in ${previous}.` : ''
      throw new Error(`Sicherung eingespielt, aber die Migration schlug fehl: ${reason}.${kept}`)
    }
    const after = migrationState(sqlite).applied
    assertSound(sqlite, target, 'Die wiederhergestellte Datenbank ist fehlerhaft')
    return { ...summarize(sqlite, target), previous, migrationsApplied: after - before }
  } finally {
    sqlite.close()
  }
}

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

/**
 * Keeps the current target as `<target>.vor-wiederherstellung-<timestamp>`, copied through the
 * backup API while this process holds the target's exclusive lock.
 */
async function keepPrevious(target: string): Promise<string> {
  const previous = uniquePath(`${target}.vor-wiederherstellung-${fileTimestamp()}`)
  const guard = lockExclusively(target)
  if (!guard) {
    // Not a database SQLite can read (often the reason to restore): kept by renaming instead.
    fs.renameSync(target, previous)
    for (const suffix of ['-wal', '-shm', '-journal']) {
      if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, previous + suffix)
    }
    return previous
  }
  try {
    createPrivateFile(previous)
    await copyDatabase(guard, previous)
  } catch (error) {
    guard.close()
    removeWithSidecars(previous)
    throw error
  }
  try {
    // Still under the exclusive lock, no other connection can be using the -wal or -shm: the
    // switch folds the -wal into the file, and a -shm a crashed server left behind can go. The
    // target is then one plain file, which the backup API overwrites whatever its page size.
    guard.pragma('journal_mode = DELETE')
    removeSidecars(target)
  } catch {
    // A damaged file may refuse the switch; the backup API still writes through its -wal safely.
  } finally {
    guard.close()
  }
  try {
    const copy = new Database(previous, { fileMustExist: true })
    try {
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
  } catch {
    // A damaged file may refuse the switch; the copy is still complete, only in WAL mode.
  }
  return previous
}

// ---------------------------------------------------------------------------------------------
// Is the database in use?
// ---------------------------------------------------------------------------------------------

/*
 * How a restore detects a running portal. The server opens the file once and keeps it open, and
 * in WAL mode every open connection holds a SHARED lock on the database file for as long as it
 * is open, reading or not. So:
 *
 * - `lockExclusively` opens the target in `locking_mode = EXCLUSIVE` and runs BEGIN EXCLUSIVE.
 *   In WAL mode a plain BEGIN EXCLUSIVE only takes the write lock and would succeed next to an
 *   idle server; in exclusive locking mode SQLite must take the EXCLUSIVE lock on the file
 *   itself, which fails while any other connection (any process, or this one) has it open.
 * - `processesUsing` additionally looks through /proc (Linux) for other processes that have the
 *   file, its -wal or its -shm open, which also finds a process that opened the file and holds
 *   no lock yet, and names its pid in the message.
 *
 * The server writes no pid file, so a pid file could only be stale or missing; the file locks are
 * what SQLite itself relies on and disappear with the process, even after kill -9.
 */

/** Throws BackupError('in-use') when another connection or process has `file` open. */
export function assertNotInUse(file: string): void {
  if (fs.existsSync(file)) {
    lockExclusively(file)?.close()
    return
  }
  const pids = processesUsing(file)
  if (pids.length > 0) throw inUse(file, pids)
}

/**
 * An open connection holding the exclusive lock on `file`, or null when the file is not a
 * database SQLite can read. Throws BackupError('in-use') when the lock cannot be had.
 */
function lockExclusively(file: string): Database.Database | null {
  const pids = processesUsing(file)
  if (pids.length > 0) throw inUse(file, pids)
  const guard = new Database(file, { fileMustExist: true, timeout: LOCK_WAIT_MS })
  try {
    guard.pragma('locking_mode = EXCLUSIVE')
    // The lock stays after COMMIT: that is what exclusive locking mode is for.
    guard.exec('BEGIN EXCLUSIVE')
    guard.exec('COMMIT')
    return guard
  } catch (error) {
    guard.close()
    const code = (error as { code?: string }).code ?? ''
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw inUse(file, processesUsing(file))
    }
    if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) return null
    throw error
  }
}

function inUse(file: string, pids: number[]): BackupError {
  const who = pids.length > 0 ? ` (Prozess ${pids.join(', ')})` : ''
  return new BackupError(
    'in-use',
    `Die Datenbank ist in Benutzung${who}: ${file} – läuft das Portal noch? Bitte zuerst das Portal beenden.`,
  )
}

/** Other processes with `file`, its -wal or its -shm open; empty where /proc is unavailable. */
export function processesUsing(file: string): number[] {
  if (!fs.existsSync('/proc/self/fd')) return []
  // /proc shows resolved paths; SQLite, too, puts -wal and -shm beside the resolved file.
  let base: string
  try {
    base = fs.existsSync(file)
      ? fs.realpathSync(file)
      : path.join(fs.realpathSync(path.dirname(file)), path.basename(file))
  } catch {
    return []
  }
  const names = new Set([base, `${base}-wal`, `${base}-shm`])
  const found: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    let fds: string[]
    try {
      fds = fs.readdirSync(`/proc/${entry}/fd`)
    } catch {
      continue // gone meanwhile, or another user's process
    }
    for (const fd of fds) {
      let link: string
      try {
        link = fs.readlinkSync(`/proc/${entry}/fd/${fd}`)
      } catch {
        continue
      }
      if (names.has(link)) {
        found.push(Number(entry))
        break
      }
    }
  }
  return found
}

// ---------------------------------------------------------------------------------------------
// Migrations
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function assertFileExists(file: string, missingMessage: string): void {
  try {
    if (fs.statSync(file).isFile()) return
  } catch {
    // reported below
  }
  throw new BackupError('missing', missingMessage)
}

function assertSqliteFile(file: string, missingMessage: string): void {
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    throw new BackupError('missing', missingMessage)
  }
  if (!stat.isFile()) throw new BackupError('missing', missingMessage)
  const header = Buffer.alloc(SQLITE_MAGIC.length)
  const fd = fs.openSync(file, 'r')
  try {
    fs.readSync(fd, header, 0, header.length, 0)
  } finally {
    fs.closeSync(fd)
  }
  // An empty file would open as an empty database, but it is no backup of anything.
  if (stat.size < 100 || !header.equals(SQLITE_MAGIC)) {
    throw new BackupError('not-sqlite', `Keine SQLite-Datenbank: ${file}`)
  }
}

/** Header bytes 18 and 19 are 2 for a database in WAL mode. */
function isWalFile(file: string): boolean {
  const header = Buffer.alloc(20)
  const fd = fs.openSync(file, 'r')
  try {
    fs.readSync(fd, header, 0, header.length, 0)
  } finally {
    fs.closeSync(fd)
  }
  return header[18] === 2 || header[19] === 2
}

function assertIntegrity(sqlite: Database.Database, file: string, prefix: string): void {
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[]
  const first = rows[0]?.integrity_check
  if (rows.length !== 1 || first !== 'ok') {
    throw new BackupError('corrupt', `${prefix}: ${file} (integrity_check: ${first ?? '?'})`)
  }
}

function assertSound(sqlite: Database.Database, file: string, prefix: string): void {
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
function asCorrupt(error: unknown, file: string): unknown {
  if (error instanceof BackupError) return error
  const code = (error as { code?: string }).code ?? ''
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) {
    return new BackupError('corrupt', `Datei beschädigt: ${file} (${(error as Error).message})`)
  }
  return error
}

function summarize(sqlite: Database.Database, file: string): DatabaseSummary {
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

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true
  try {
    const sa = fs.statSync(a)
    const sb = fs.statSync(b)
    return sa.dev === sb.dev && sa.ino === sb.ino
  } catch {
    return false
  }
}

function removeSidecars(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true })
}

function removeWithSidecars(file: string): void {
  fs.rmSync(file, { force: true })
  removeSidecars(file)
}

/** Makes a rename durable: without it a power cut can lose the new directory entry. */
function syncDirectory(dir: string): void {
  let fd: number | undefined
  try {
    fd = fs.openSync(dir, 'r')
    fs.fsyncSync(fd)
  } catch {
    // Not every file system lets a directory be synced; the rename itself has happened.
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

/** One German line for the command line: size, tables and the main row counts. */
export function describeSummary(summary: DatabaseSummary): string {
  const megabytes = (summary.bytes / 1024 / 1024).toLocaleString('de-DE', {
    maximumFractionDigits: 1,
  })
  const { partners, news, events, images } = summary.rows
  return `${megabytes} MB, ${summary.tables} Tabellen: ${partners} Partner, ${news} Meldungen, ${events} Veranstaltungen, ${images} Bilder`
}
