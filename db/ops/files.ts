import fs from 'node:fs'
import path from 'node:path'
import { BackupError } from './backup-error'

/*
 * File names and file handling shared by backup and restore: the names an operator reads, and
 * the -wal/-shm/-journal files SQLite keeps beside a database.
 */

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')

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

export function assertFileExists(file: string, missingMessage: string): void {
  try {
    if (fs.statSync(file).isFile()) return
  } catch {
    // reported below
  }
  throw new BackupError('missing', missingMessage)
}

export function assertSqliteFile(file: string, missingMessage: string): void {
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
export function isWalFile(file: string): boolean {
  const header = Buffer.alloc(20)
  const fd = fs.openSync(file, 'r')
  try {
    fs.readSync(fd, header, 0, header.length, 0)
  } finally {
    fs.closeSync(fd)
  }
  return header[18] === 2 || header[19] === 2
}

export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true
  try {
    const sa = fs.statSync(a)
    const sb = fs.statSync(b)
    return sa.dev === sb.dev && sa.ino === sb.ino
  } catch {
    return false
  }
}

export function removeSidecars(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true })
}

export function removeWithSidecars(file: string): void {
  fs.rmSync(file, { force: true })
  removeSidecars(file)
}

/** Makes a rename durable: without it a power cut can lose the new directory entry. */
export function syncDirectory(dir: string): void {
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
