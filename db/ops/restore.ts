import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { BackupError } from './backup-error'
import { createPrivateFile, decryptFile, isEncryptedBackup } from './backup-crypto'
import { copyDatabase } from './backup'
import {
  assertFileExists,
  fileTimestamp,
  isWalFile,
  removeSidecars,
  removeWithSidecars,
  sameFile,
  uniquePath,
} from './files'
import { assertNotInUse, inUse, lockExclusively, processesUsing } from './in-use'
import { assertSound, summarize, validateBackup, type DatabaseSummary } from './verify'
import { databasePath, openDatabase } from '../connection'
import { migrationState, runMigrations } from '../migrate'

/*
 * Restore of the portal's SQLite file from a backup, with the portal stopped. Like the backup it
 * writes through SQLite's online backup API, never a file copy (see db/ops/backup.ts).
 *
 * No `server-only` and no db/client.ts here: the command-line scripts use this module.
 */

export type RestoreResult = DatabaseSummary & {
  /** Where the database that was replaced has been kept; null when there was none. */
  previous: string | null
  migrationsApplied: number
}

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
