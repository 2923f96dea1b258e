import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { BackupError } from './backup-error'

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

/** How long a restore waits for the target's lock before deciding that someone holds it. */
const LOCK_WAIT_MS = 300

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
export function lockExclusively(file: string): Database.Database | null {
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

export function inUse(file: string, pids: number[]): BackupError {
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
