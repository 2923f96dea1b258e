import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { backupDatabase } from '@/db/ops/backup'
import { BackupError } from '@/db/ops/backup-error'
import { restoreDatabase } from '@/db/ops/restore'
import type { Db } from '@/db/client'
import { openDatabase } from '@/db/connection'
import { runMigrations } from '@/db/migrate'
import { tableCounts } from '../helpers/db'

/*
 * Online backup while another process writes, and restore with the portal stopped. The writer is
 * a real second process, because that is the case a file copy gets wrong and the one SQLite's
 * backup API has to restart for.
 */

const WRITER = path.resolve('tests/helpers/db-writer.ts')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterportal-backup-'))
const source = path.join(dir, 'portal.db')
const backupFile = path.join(dir, 'sicherungen', 'portal-1.db')
const restored = path.join(dir, 'neu', 'portal.db')

const children: ChildProcessWithoutNullStreams[] = []
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

beforeAll(() => {
  const sqlite = openDatabase(source)
  runMigrations(sqlite)
  const now = Date.now()
  sqlite
    .prepare(
      "INSERT INTO categories (name, slug, created_at, updated_at) VALUES ('Unternehmen', 'unternehmen', ?, ?)",
    )
    .run(now, now)
  sqlite
    .prepare(
      "INSERT INTO partners (slug, name, sort_name, category_id, status, created_at, updated_at) VALUES ('unternehmen/a', 'A', 'a', 1, 'published', ?, ?)",
    )
    .run(now, now)
  // Some megabytes, so the copy is more than a handful of pages.
  const insert = sqlite.prepare(
    `INSERT INTO images (id, kind, mime_type, width, height, byte_size, sha256, source_sha256, data, created_at)
     VALUES (?, 'logo', 'image/webp', 64, 64, ?, ?, ?, ?, ?)`,
  )
  sqlite.transaction(() => {
    for (let i = 0; i < 80; i++) {
      const data = randomBytes(64 * 1024)
      const sha = createHash('sha256').update(data).digest('hex')
      insert.run(randomUUID(), data.length, sha, sha, data, now)
    }
  })()
  sqlite.close()
})

function startWriter(file: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file], { cwd: process.cwd() })
  children.push(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => {
      if (stdout.includes('ready\n')) resolve()
    })
    child.on('exit', (code) => reject(new Error(`writer exited early (${code}): ${stderr}`)))
  })
  const stop = () =>
    new Promise<{ code: number | null; commits: number; errors: number; stderr: string }>(
      (resolve) => {
        child.on('close', (code) => {
          const report = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
            commits: number
            errors: number
          }
          resolve({ code, ...report, stderr })
        })
        child.kill('SIGTERM')
      },
    )
  return { child, ready, stop }
}

/** A process that opens the file and keeps it open, as an idle server does. */
function startHolder(file: string, read: boolean) {
  const script = `
    const Database = require('better-sqlite3')
    const db = new Database(${JSON.stringify(file)})
    ${read ? "db.pragma('journal_mode = WAL'); db.prepare('SELECT count(*) FROM partners').get()" : ''}
    process.stdout.write('ready\\n')
    setInterval(() => {}, 1000)
  `
  const child = spawn(process.execPath, ['-e', script], { cwd: process.cwd() })
  children.push(child)
  return new Promise<ChildProcessWithoutNullStreams>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child)
    })
    child.on('exit', (code) => reject(new Error(`holder exited early (${code})`)))
  })
}

function readOnly(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true })
}

function count(sqlite: Database.Database, sql: string): number {
  return sqlite.prepare(sql).pluck().get() as number
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

function countsOf(file: string): Record<string, number> {
  // Read-write on purpose: a read-only connection to a WAL file leaves its -wal and -shm behind.
  const sqlite = new Database(file, { fileMustExist: true })
  try {
    return tableCounts(drizzle(sqlite) as unknown as Db)
  } finally {
    sqlite.close()
  }
}

async function refusal(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(BackupError)
  return error as BackupError
}

describe('backupDatabase', () => {
  it('copies a consistent snapshot while another process keeps writing', async () => {
    const writer = startWriter(source)
    await writer.ready
    const probe = readOnly(source)
    const writerImages = "SELECT count(*) FROM images WHERE alt = 'writer'"
    while (count(probe, writerImages) < 20) await new Promise((r) => setTimeout(r, 20))
    const before = count(probe, writerImages)

    const summary = await backupDatabase(source, backupFile)
    const during = count(probe, writerImages)
    const { code, commits, errors, stderr } = await writer.stop()
    probe.close()
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(errors).toBe(0)
    expect(commits).toBeGreaterThan(before)

    expect(summary.file).toBe(backupFile)
    expect(summary.bytes).toBe(fs.statSync(backupFile).size)
    // One self-contained file: nothing left in a -wal beside it.
    expect(fs.readdirSync(path.dirname(backupFile))).toEqual(['portal-1.db'])

    const copy = readOnly(backupFile)
    const live = readOnly(source)
    try {
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(copy.pragma('foreign_key_check')).toEqual([])

      const copied = count(copy, writerImages)
      expect(copied).toBeGreaterThanOrEqual(before)
      expect(copied).toBeLessThanOrEqual(during)
      // Each writer transaction is whole or absent: image, news item, partner link, report event.
      expect(count(copy, "SELECT count(*) FROM news WHERE slug LIKE 'writer-%'")).toBe(copied)
      expect(
        count(
          copy,
          "SELECT count(*) FROM news_partners np JOIN news n ON n.id = np.news_id WHERE n.slug LIKE 'writer-%'",
        ),
      ).toBe(copied)
      expect(count(copy, "SELECT count(*) FROM events WHERE slug LIKE 'writer-%'")).toBe(
        Math.ceil(copied / 3),
      )
      expect(summary.rows).toEqual({
        partners: 1,
        news: copied,
        events: Math.ceil(copied / 3),
        images: 80 + copied,
      })

      const liveImage = live.prepare('SELECT data FROM images WHERE id = ?').pluck()
      const images = copy.prepare('SELECT id, sha256, data FROM images').all() as {
        id: string
        sha256: string
        data: Buffer
      }[]
      expect(images).toHaveLength(80 + copied)
      for (const image of images) {
        expect(createHash('sha256').update(image.data).digest('hex')).toBe(image.sha256)
        expect((liveImage.get(image.id) as Buffer).equals(image.data)).toBe(true)
      }
    } finally {
      copy.close()
      live.close()
    }
  }, 60_000)

  it('refuses to replace an existing file unless forced, and a missing source', async () => {
    const existing = sha256(backupFile)
    const error = await refusal(backupDatabase(source, backupFile))
    expect(error.code).toBe('exists')
    expect(error.message).toMatch(/gibt es schon.*--force/)
    expect(sha256(backupFile)).toBe(existing)

    const again = path.join(dir, 'sicherungen', 'portal-2.db')
    await backupDatabase(source, again)
    const forced = await backupDatabase(source, again, { force: true })
    expect(forced.rows).toEqual((await backupDatabase(source, again, { force: true })).rows)

    const missing = await refusal(
      backupDatabase(path.join(dir, 'fehlt.db'), again, { force: true }),
    )
    expect(missing.code).toBe('missing')
    expect(missing.message).toMatch(/^Datenbank nicht gefunden/)

    const self = await refusal(backupDatabase(source, source, { force: true }))
    expect(self.code).toBe('same-file')
  })
})

describe('restoreDatabase', () => {
  it('restores a backup into a fresh location', async () => {
    const result = await restoreDatabase(backupFile, restored)
    expect(result.previous).toBeNull()
    expect(result.migrationsApplied).toBe(0)
    expect(countsOf(restored)).toEqual(countsOf(backupFile))
    expect(result.rows).toEqual((await backupDatabase(backupFile, `${restored}.probe`)).rows)

    const sqlite = openDatabase(restored)
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    sqlite.close()
  })

  it('keeps the replaced database beside the target', async () => {
    const sqlite = openDatabase(restored)
    sqlite
      .prepare("INSERT INTO tags (name, slug) VALUES ('Nach der Sicherung', 'nach-der-sicherung')")
      .run()
    sqlite.close()
    const replaced = countsOf(restored)

    const result = await restoreDatabase(backupFile, restored)
    expect(result.previous).toMatch(/portal\.db\.vor-wiederherstellung-\d{4}-\d\d-\d\d-\d{6}$/)
    expect(countsOf(result.previous!)).toEqual(replaced)
    expect(countsOf(restored)).toEqual(countsOf(backupFile))
    // The target is left as one file, no -wal or -shm of the old content beside it.
    expect(fs.readdirSync(path.dirname(restored)).sort()).toEqual(
      [path.basename(restored), path.basename(result.previous!), 'portal.db.probe'].sort(),
    )
  })

  it('refuses while another process writes to the target', async () => {
    const writer = startWriter(source)
    await writer.ready
    const before = fs.readdirSync(dir).sort()
    const error = await refusal(restoreDatabase(backupFile, source))
    expect(error.code).toBe('in-use')
    expect(error.message).toMatch(/^Die Datenbank ist in Benutzung .*läuft das Portal noch\?/)
    expect(error.message.split('\n')).toHaveLength(1)
    if (fs.existsSync('/proc/self/fd')) expect(error.message).toContain(String(writer.child.pid))
    expect(fs.readdirSync(dir).sort()).toEqual(before)
    const { code, errors } = await writer.stop()
    expect(code).toBe(0)
    expect(errors).toBe(0)
  }, 60_000)

  it('refuses while an idle process keeps the target open', async () => {
    const target = sha256(restored)
    const holder = await startHolder(restored, true)
    expect((await refusal(restoreDatabase(backupFile, restored))).code).toBe('in-use')
    holder.kill('SIGKILL')

    // Opened and never read holds no SQLite lock; only the look through /proc finds it.
    if (fs.existsSync('/proc/self/fd')) {
      const quiet = await startHolder(restored, false)
      expect((await refusal(restoreDatabase(backupFile, restored))).code).toBe('in-use')
      quiet.kill('SIGKILL')
    }

    // A connection of this very process counts as well.
    const own = openDatabase(restored)
    expect((await refusal(restoreDatabase(backupFile, restored))).code).toBe('in-use')
    own.close()
    expect(sha256(restored)).toBe(target)
  })

  it('refuses garbage, damaged, foreign and missing files and leaves the target alone', async () => {
    const target = sha256(restored)

    const garbage = path.join(dir, 'garbage.db')
    fs.writeFileSync(garbage, randomBytes(8192))
    const notSqlite = await refusal(restoreDatabase(garbage, restored))
    expect(notSqlite.code).toBe('not-sqlite')
    expect(notSqlite.message).toBe(`Keine SQLite-Datenbank: ${garbage}`)

    const damaged = path.join(dir, 'damaged.db')
    const bytes = fs.readFileSync(backupFile)
    for (let i = 3 * 4096; i < 40 * 4096; i++) bytes[i] = (i * 7919) & 0xff
    fs.writeFileSync(damaged, bytes)
    const corrupt = await refusal(restoreDatabase(damaged, restored))
    expect(corrupt.code).toBe('corrupt')
    expect(corrupt.message).toMatch(/^Datei beschädigt: /)

    const foreign = path.join(dir, 'foreign.db')
    const other = new Database(foreign)
    other.exec('CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES (1)')
    other.close()
    expect((await refusal(restoreDatabase(foreign, restored))).code).toBe('not-portal')

    const missing = await refusal(restoreDatabase(path.join(dir, 'fehlt.db'), restored))
    expect(missing.code).toBe('missing')
    expect(missing.message).toMatch(/^Sicherungsdatei nicht gefunden/)

    expect(sha256(restored)).toBe(target)
    expect(fs.readdirSync(dir).filter((name) => name.includes('vor-wiederherstellung'))).toEqual([])
  })

  it('replaces a damaged target, keeping it as it was', async () => {
    for (const [name, damage] of [
      ['damaged-target.db', (b: Buffer) => b.fill(0x5a, 3 * 4096, 40 * 4096)],
      ['garbage-target.db', (b: Buffer) => b.fill(0x5a, 0, 4096)],
    ] as const) {
      const target = path.join(dir, name)
      const bytes = fs.readFileSync(backupFile)
      damage(bytes)
      fs.writeFileSync(target, bytes)
      const result = await restoreDatabase(backupFile, target)
      // Page for page as it was; only the header's change counters differ after a backup.
      expect(fs.readFileSync(result.previous!).subarray(100).equals(bytes.subarray(100))).toBe(true)
      expect(countsOf(target)).toEqual(countsOf(backupFile))
    }
  })
})

describe('npm run db:backup / db:restore', () => {
  const run = (script: string, args: string[], database: string) =>
    spawnSync(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', `scripts/${script}.ts`, ...args],
      {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: `file:${database}`, NODE_ENV: 'production' },
      },
    )

  it('reports in German, one line per error, never a stack trace', async () => {
    const dest = path.join(dir, 'cli', 'sicherung.db')
    const ok = run('backup', [dest], source)
    expect(ok.status).toBe(0)
    expect(ok.stdout).toMatch(
      /^Sicherung erstellt: .*sicherung\.db\n .*MB, \d+ Tabellen: 1 Partner/,
    )

    const exists = run('backup', [dest], source)
    expect(exists.status).toBe(1)
    expect(exists.stderr).toBe(`Fehler: Die Datei gibt es schon: ${dest} (mit --force ersetzen)\n`)

    const target = path.join(dir, 'cli', 'portal.db')
    const restore = run('restore', [dest], target)
    expect(restore.status).toBe(0)
    expect(restore.stdout).toMatch(/^Datenbank wiederhergestellt: /)

    const garbage = run('restore', [path.join(dir, 'garbage.db')], target)
    expect(garbage.status).toBe(1)
    expect(garbage.stderr).toMatch(/^Fehler: Keine SQLite-Datenbank: .*garbage\.db\n$/)

    const holder = await startHolder(target, true)
    const busy = run('restore', [dest], target)
    holder.kill('SIGKILL')
    expect(busy.status).toBe(1)
    expect(busy.stderr).toMatch(/^Fehler: Die Datenbank ist in Benutzung .*beenden.*\n$/)

    const none = run('restore', [], target)
    expect(none.status).toBe(2)
    expect(none.stderr).toMatch(/^Fehler: keine Sicherungsdatei angegeben\. Aufruf: /)

    for (const result of [ok, exists, restore, garbage, busy, none]) {
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/)
    }
  }, 60_000)
})
