import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { databasePath, openDatabase } from '@/db/connection'
import { migrationState, runMigrations } from '@/db/migrate'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterportal-db-'))
  dirs.push(dir)
  return dir
}

describe('database file', () => {
  it('resolves DATABASE_URL forms to a file path', () => {
    expect(databasePath('file:./data/portal.db')).toBe(path.resolve('data/portal.db'))
    expect(databasePath('file:/var/lib/portal.db')).toBe('/var/lib/portal.db')
    expect(databasePath('file:///var/lib/portal.db')).toBe('/var/lib/portal.db')
    expect(() => databasePath('file::memory:')).toThrow(/must name a file/)
  })

  it('creates the folder on demand and sets the pragmas on every connection', () => {
    const file = path.join(tempDir(), 'nested', 'deeper', 'portal.db')
    const sqlite = openDatabase(file)
    expect(fs.existsSync(file)).toBe(true)
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2)
    sqlite.close()
  })

  it('migrates a fresh file once and enforces foreign keys', () => {
    const sqlite = openDatabase(path.join(tempDir(), 'portal.db'))
    runMigrations(sqlite)
    const applied = migrationState(sqlite).applied
    expect(applied).toBe(fs.readdirSync('drizzle').filter((f) => f.endsWith('.sql')).length)
    runMigrations(sqlite)
    expect(migrationState(sqlite).applied).toBe(applied)
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO news_links (news_id, label, url) VALUES (999, 'x', 'https://example.org')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/)
    sqlite.close()
  })
})
