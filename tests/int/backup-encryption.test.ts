import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backupDatabase } from '@/db/ops/backup'
import { BackupError } from '@/db/ops/backup-error'
import { restoreDatabase } from '@/db/ops/restore'
import { ENCRYPTED_MAGIC } from '@/db/ops/backup-crypto'
import { openDatabase } from '@/db/connection'
import { runMigrations } from '@/db/migrate'

/*
 * Backups hold password hashes and personal data: they are written for their owner only, and with
 * BACKUP_KEY set they are encrypted (AES-256-GCM); a restore recognises them and needs that key.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterportal-backup-key-'))
const source = path.join(dir, 'portal.db')
const KEY = 'pK3v9vJ0m0cYw3Yl5d7m2qfQm8w1Vb6sZr4x0Tn2aEo='
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

beforeAll(() => {
  const sqlite = openDatabase(source)
  runMigrations(sqlite)
  const now = Date.now()
  sqlite
    .prepare(
      "INSERT INTO users (email, name, role, state, password_hash, created_at, updated_at) VALUES ('rita@example.org', 'Rita Geheim', 'editor', 'active', '$argon2id$v=19$m=19456,t=2,p=1$geheim', ?, ?)",
    )
    .run(now, now)
  sqlite.close()
})

const mode = (file: string) => fs.statSync(file).mode & 0o777

function userName(file: string): string {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return sqlite.prepare('SELECT name FROM users').pluck().get() as string
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

describe('backup files', () => {
  it('are readable by their owner only, whatever the umask', async () => {
    const previous = process.umask(0o022)
    try {
      const file = path.join(dir, 'neu', 'klar.db')
      await backupDatabase(source, file)
      expect(mode(file)).toBe(0o600)
      expect(mode(path.dirname(file))).toBe(0o700)
    } finally {
      process.umask(previous)
    }
  })

  it('are encrypted with a key: nothing readable inside, restored with the same key', async () => {
    const file = path.join(dir, 'sicher.db.enc')
    await backupDatabase(source, file, { key: KEY })
    const bytes = fs.readFileSync(file)
    expect(mode(file)).toBe(0o600)
    expect(bytes.subarray(0, ENCRYPTED_MAGIC.length).equals(ENCRYPTED_MAGIC)).toBe(true)
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false)
    expect(bytes.includes(Buffer.from('Rita Geheim'))).toBe(false)
    expect(bytes.includes(Buffer.from('argon2id'))).toBe(false)

    const target = path.join(dir, 'ziel-1', 'portal.db')
    await restoreDatabase(file, target, { key: KEY })
    expect(userName(target)).toBe('Rita Geheim')
    // The decrypted copy does not stay behind.
    expect(
      fs.readdirSync(path.dirname(target)).filter((n) => n.includes('entschluesselt')),
    ).toEqual([])
  })

  it('refuses a wrong key, a missing key and an altered file, leaving the target untouched', async () => {
    const file = path.join(dir, 'sicher-2.db.enc')
    await backupDatabase(source, file, { key: KEY })
    const target = path.join(dir, 'ziel-2', 'portal.db')
    const wrong = await refusal(restoreDatabase(file, target, { key: `${KEY}x` }))
    expect(wrong.code).toBe('wrong-key')
    expect(wrong.message).toMatch(/falscher BACKUP_KEY/)
    expect((await refusal(restoreDatabase(file, target))).code).toBe('key-missing')
    const altered = path.join(dir, 'veraendert.db.enc')
    const bytes = fs.readFileSync(file)
    bytes[bytes.length - 100]! ^= 1
    fs.writeFileSync(altered, bytes)
    expect((await refusal(restoreDatabase(altered, target, { key: KEY }))).code).toBe('wrong-key')
    expect(fs.existsSync(target)).toBe(false)
    expect(fs.readdirSync(path.dirname(target))).toEqual([])
  })

  it('the commands encrypt with BACKUP_KEY and say clearly when the key is wrong', () => {
    const run = (script: string, args: string[], env: Record<string, string>) =>
      spawnSync(
        process.execPath,
        ['--conditions=react-server', '--import', 'tsx', `scripts/${script}.ts`, ...args],
        { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production', ...env } },
      )
    const folder = path.join(dir, 'cli')
    const made = run('backup', [`${folder}/`], { DATABASE_URL: `file:${source}`, BACKUP_KEY: KEY })
    expect(made.stderr).toBe('')
    expect(made.stdout).toMatch(/Sicherung erstellt \(verschlüsselt\): .*\.db\.enc/)
    const [name] = fs.readdirSync(folder)
    const restoreTo = `file:${path.join(dir, 'cli-ziel', 'portal.db')}`
    const failed = run('restore', [path.join(folder, name!)], {
      DATABASE_URL: restoreTo,
      BACKUP_KEY: 'ein-ganz-anderer-schluessel-mit-genug-zeichen',
    })
    expect(failed.status).toBe(1)
    expect(failed.stderr).toMatch(/^Fehler: Die Sicherung ließ sich nicht entschlüsseln/)
    expect(failed.stderr).not.toMatch(/\n\s+at /)
    const short = run('backup', [`${folder}/`], {
      DATABASE_URL: `file:${source}`,
      BACKUP_KEY: 'kurz',
    })
    expect(short.status).toBe(1)
    expect(short.stderr).toMatch(/BACKUP_KEY ist zu kurz/)
  })
})
