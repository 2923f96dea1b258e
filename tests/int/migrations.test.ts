import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { backupDatabase } from '@/db/ops/backup'
import { restoreDatabase } from '@/db/ops/restore'
import { pendingMigrations } from '@/db/ops/verify'
import { openDatabase } from '@/db/connection'
import { MIGRATIONS_FOLDER, migrationState, runMigrations } from '@/db/migrate'

/*
 * Every migration must keep the data of an installation that has been in use: no row may vanish
 * and no link may be cut. The dangerous case is drizzle-kit's table rebuild (CREATE new, INSERT
 * SELECT, DROP old, RENAME): the migrator runs all pending migrations in one transaction, where
 * its `PRAGMA foreign_keys=OFF` has no effect, so DROP TABLE of a parent deletes the children
 * (ON DELETE CASCADE) or empties their links (SET NULL) without a word.
 *
 * The tables are filled by looking at the schema (columns, types, foreign keys), not by a list
 * kept here, so tables and columns added by future migrations are filled as well.
 */

type JournalEntry = {
  idx: number
  when: number
  tag: string
  version: string
  breakpoints: boolean
}
type Journal = { version: string; dialect: string; entries: JournalEntry[] }
type Column = { name: string; type: string; notnull: number; pk: number }
type ForeignKey = { id: number; seq: number; table: string; from: string; to: string | null }

const ROWS = 3
const journal = JSON.parse(
  fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
) as Journal
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterportal-migrations-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Values a CHECK constraint insists on; everything else is derived from the column type. */
const REQUIRED_VALUES: Record<string, Record<string, unknown>> = {
  // users_partner_role: a user linked to a partner must have the role `partner`.
  users: { role: 'partner' },
}

/** A migrations folder holding only the first `count` migrations, for drizzle's own migrator. */
function migrationsUpTo(count: number): string {
  const folder = path.join(dir, `bis-${count}`)
  if (fs.existsSync(folder)) return folder
  fs.mkdirSync(path.join(folder, 'meta'), { recursive: true })
  const entries = journal.entries.slice(0, count)
  for (const entry of entries) {
    fs.copyFileSync(
      path.join(MIGRATIONS_FOLDER, `${entry.tag}.sql`),
      path.join(folder, `${entry.tag}.sql`),
    )
  }
  fs.writeFileSync(
    path.join(folder, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries }),
  )
  return folder
}

function userTables(sqlite: Database.Database): { name: string; type: 'table' | 'virtual' }[] {
  return sqlite
    .prepare(
      "SELECT name, type FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> '__drizzle_migrations' ORDER BY name",
    )
    .all() as { name: string; type: 'table' | 'virtual' }[]
}

const columnsOf = (sqlite: Database.Database, table: string) =>
  sqlite.prepare('SELECT * FROM pragma_table_info(?)').all(table) as Column[]

function foreignKeysOf(sqlite: Database.Database, table: string): ForeignKey[] {
  const keys = sqlite.prepare('SELECT * FROM pragma_foreign_key_list(?)').all(table) as ForeignKey[]
  // Filling composite keys is not implemented; a migration introducing one must extend this.
  expect(
    keys.filter((key) => key.seq > 0),
    `composite foreign key in ${table}`,
  ).toEqual([])
  return keys
}

/** The value a referencing row number `i` points to: the `i`-th row of the parent. */
function parentValue(sqlite: Database.Database, key: ForeignKey, i: number): unknown {
  const column = key.to ?? columnsOf(sqlite, key.table).find((c) => c.pk === 1)!.name
  const values = sqlite
    .prepare(`SELECT "${column}" FROM "${key.table}" ORDER BY rowid LIMIT ${ROWS}`)
    .pluck()
    .all()
  expect(values, `parent ${key.table} needs ${ROWS} rows`).toHaveLength(ROWS)
  return values[i]
}

function valueFor(table: string, column: Column, i: number): unknown {
  const required = REQUIRED_VALUES[table]?.[column.name]
  if (required !== undefined) return required
  const type = column.type.toUpperCase()
  if (type.includes('INT') || type.includes('NUMERIC')) return i + 1
  if (type.includes('REAL') || type.includes('FLOA') || type.includes('DOUB')) return i + 0.5
  if (type.includes('BLOB')) return Buffer.from(`${table}.${column.name}.${i}`)
  return `${table}.${column.name}.${i}`
}

const isRowidAlias = (columns: Column[], column: Column) =>
  column.pk === 1 && column.type.toUpperCase() === 'INTEGER' && columns.every((c) => c.pk <= 1)

/**
 * Fills `tables` with ROWS rows each, every column set and every foreign key pointing at a row of
 * its parent. Rows go in with the nullable keys empty (the schema has cycles, e.g. users →
 * partners → images → users) and are linked afterwards.
 */
function populate(sqlite: Database.Database, tables: { name: string; type: string }[]): void {
  const pending = [...tables]
  const done = new Set(userTables(sqlite).map((t) => t.name))
  for (const t of pending) done.delete(t.name)
  while (pending.length > 0) {
    const index = pending.findIndex(
      (t) =>
        t.type === 'virtual' ||
        foreignKeysOf(sqlite, t.name)
          .filter((key) => columnsOf(sqlite, t.name).find((c) => c.name === key.from)!.notnull)
          .every((key) => done.has(key.table)),
    )
    expect(index, `no insert order for ${pending.map((t) => t.name).join(', ')}`).not.toBe(-1)
    const [table] = pending.splice(index, 1)
    insertRows(sqlite, table!)
    done.add(table!.name)
  }
  for (const table of tables) if (table.type === 'table') fillColumns(sqlite, table.name, null)
}

function insertRows(sqlite: Database.Database, table: { name: string; type: string }): void {
  const columns = columnsOf(sqlite, table.name)
  if (table.type === 'virtual') {
    const names = columns.map((c) => `"${c.name}"`)
    const insert = sqlite.prepare(
      `INSERT INTO "${table.name}" (rowid, ${names.join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})`,
    )
    for (let i = 0; i < ROWS; i++) {
      insert.run(i + 1, ...columns.map((c) => `${table.name} ${c.name} Eintrag ${i}`))
    }
    return
  }
  const keys = foreignKeysOf(sqlite, table.name)
  const used = columns.filter((c) => !isRowidAlias(columns, c))
  const insert = sqlite.prepare(
    `INSERT INTO "${table.name}" (${used.map((c) => `"${c.name}"`).join(', ')}) VALUES (${used.map(() => '?').join(', ')})`,
  )
  for (let i = 0; i < ROWS; i++) {
    insert.run(
      ...used.map((column) => {
        const key = keys.find((k) => k.from === column.name)
        if (!key) return valueFor(table.name, column, i)
        return column.notnull ? parentValue(sqlite, key, i) : null
      }),
    )
  }
}

/** Sets `columns` (all when null) of the existing rows, links included. */
function fillColumns(sqlite: Database.Database, table: string, only: string[] | null): void {
  const columns = columnsOf(sqlite, table)
  const keys = foreignKeysOf(sqlite, table)
  const rowids = sqlite
    .prepare(`SELECT rowid FROM "${table}" ORDER BY rowid LIMIT ${ROWS}`)
    .pluck()
    .all() as number[]
  for (const column of columns) {
    if (only ? !only.includes(column.name) : column.notnull || column.pk) continue
    const key = keys.find((k) => k.from === column.name)
    const update = sqlite.prepare(`UPDATE "${table}" SET "${column.name}" = ? WHERE rowid = ?`)
    rowids.forEach((rowid, i) => {
      update.run(key ? parentValue(sqlite, key, i) : valueFor(table, column, i), rowid)
    })
  }
}

type Snapshot = { rows: Record<string, number>; links: Record<string, number> }

/** Rows per table and filled foreign-key columns per table and column. */
function snapshot(sqlite: Database.Database): Snapshot {
  const rows: Record<string, number> = {}
  const links: Record<string, number> = {}
  for (const { name, type } of userTables(sqlite)) {
    rows[name] = sqlite.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number
    if (type !== 'table') continue
    for (const key of foreignKeysOf(sqlite, name)) {
      links[`${name}.${key.from}`] = sqlite
        .prepare(`SELECT count("${key.from}") FROM "${name}"`)
        .pluck()
        .get() as number
    }
  }
  return { rows, links }
}

/** Tables a migration renamed: their rows must arrive under the new name. */
const RENAMED: Record<string, string> = { login_throttle: 'rate_limits' }

function expectNothingLost(before: Snapshot, after: Snapshot, step: string): void {
  for (const [table, count] of Object.entries(before.rows)) {
    const now = table in after.rows ? table : (RENAMED[table] ?? table)
    expect(after.rows[now], `${step}: rows of ${table}`).toBeGreaterThanOrEqual(count)
  }
  for (const [column, count] of Object.entries(before.links)) {
    expect(after.links[column] ?? 0, `${step}: links in ${column}`).toBeGreaterThanOrEqual(count)
  }
}

function expectSound(sqlite: Database.Database): void {
  expect(sqlite.pragma('foreign_key_check')).toEqual([])
  expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
}

/** A database at the first migration, every table filled and linked. */
function firstMigrationDatabase(name: string): { sqlite: Database.Database; file: string } {
  const file = path.join(dir, name)
  const sqlite = openDatabase(file)
  runMigrations(sqlite, migrationsUpTo(1))
  expect(migrationState(sqlite).applied).toBe(1)
  populate(sqlite, userTables(sqlite))
  expectSound(sqlite)
  return { sqlite, file }
}

describe('migrations on a database in use', () => {
  it('the pending migrations, run at once as on start, keep every row and every link', () => {
    const { sqlite, file } = firstMigrationDatabase('auf-einmal.db')
    const before = snapshot(sqlite)
    for (const [table, count] of Object.entries(before.rows)) {
      expect(count, `${table} filled`).toBe(ROWS)
    }
    expect(pendingMigrations(file)).toEqual({ applied: 1, pending: journal.entries.length - 1 })

    runMigrations(sqlite)
    expect(migrationState(sqlite).applied).toBe(journal.entries.length)
    expect(pendingMigrations(file).pending).toBe(0)
    expectNothingLost(before, snapshot(sqlite), 'all migrations')
    expectSound(sqlite)
    sqlite.close()
  })

  it('each migration meets filled tables and columns, and keeps them', () => {
    const { sqlite } = firstMigrationDatabase('schrittweise.db')
    let before = snapshot(sqlite)
    for (let count = 2; count <= journal.entries.length; count++) {
      const tablesBefore = new Map(
        userTables(sqlite).map((t) => [t.name, columnsOf(sqlite, t.name).map((c) => c.name)]),
      )
      runMigrations(sqlite, migrationsUpTo(count))
      const step = journal.entries[count - 1]!.tag
      expectNothingLost(before, snapshot(sqlite), step)
      expectSound(sqlite)

      // What this migration added gets data too, so the next ones meet it filled.
      const tables = userTables(sqlite)
      populate(
        sqlite,
        tables.filter((t) => !tablesBefore.has(t.name)),
      )
      for (const table of tables.filter((t) => t.type === 'table' && tablesBefore.has(t.name))) {
        const added = columnsOf(sqlite, table.name)
          .map((c) => c.name)
          .filter((name) => !tablesBefore.get(table.name)!.includes(name))
        if (added.length > 0) fillColumns(sqlite, table.name, added)
      }
      expectSound(sqlite)
      before = snapshot(sqlite)
    }
    runMigrations(sqlite)
    expect(migrationState(sqlite).applied).toBe(journal.entries.length)
    expectNothingLost(before, snapshot(sqlite), 'real folder')
    sqlite.close()
  })

  it('restoring a backup from before the later migrations brings it up to date', async () => {
    const { sqlite, file } = firstMigrationDatabase('alt.db')
    const before = snapshot(sqlite)
    sqlite.close()
    const backup = path.join(dir, 'alt-sicherung.db')
    await backupDatabase(file, backup)

    const target = path.join(dir, 'wiederhergestellt', 'portal.db')
    const result = await restoreDatabase(backup, target)
    expect(result.migrationsApplied).toBe(journal.entries.length - 1)
    const restored = openDatabase(target)
    expect(migrationState(restored).applied).toBe(journal.entries.length)
    expectNothingLost(before, snapshot(restored), 'restore')
    expectSound(restored)
    restored.close()
  })
})

describe('migration files', () => {
  it('rebuild a table (DROP TABLE) only after review', () => {
    // Mark a reviewed rebuild with a `-- reviewed-table-rebuild` comment in the file, after
    // making sure no child table loses rows or links (see the top of this file).
    const unreviewed = fs
      .readdirSync(MIGRATIONS_FOLDER)
      .filter((name) => name.endsWith('.sql'))
      .filter((name) => {
        const text = fs.readFileSync(path.join(MIGRATIONS_FOLDER, name), 'utf8')
        return /\bDROP\s+TABLE\b/i.test(text) && !/--\s*reviewed-table-rebuild\b/.test(text)
      })
    expect(unreviewed, 'DROP TABLE without "-- reviewed-table-rebuild"').toEqual([])
  })

  it('the journal lists every migration file', () => {
    const files = fs
      .readdirSync(MIGRATIONS_FOLDER)
      .filter((name) => name.endsWith('.sql'))
      .sort()
    expect(journal.entries.map((entry) => `${entry.tag}.sql`).sort()).toEqual(files)
  })

  it('the journal is in time order', () => {
    // The migrator skips every migration not newer than the last one applied: one merged in with
    // an older timestamp would never run on an existing installation, without any message.
    journal.entries.forEach((entry, i) => {
      expect(entry.idx).toBe(i)
      if (i > 0) expect(entry.when).toBeGreaterThan(journal.entries[i - 1]!.when)
    })
  })
})
