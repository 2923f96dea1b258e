import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import type { Db } from '@/db/client'
import { openDatabase } from '@/db/connection'
import { runMigrations } from '@/db/migrate'
import * as schema from '@/db/schema'

/** A migrated database in a fresh temporary folder; removed again by `cleanup`. */
export function tempDatabase(): { db: Db; file: string; dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterportal-test-'))
  const file = path.join(dir, 'portal.db')
  const sqlite = openDatabase(file)
  runMigrations(sqlite)
  const db = drizzle(sqlite, { schema }) as Db
  return {
    db,
    file,
    dir,
    cleanup: () => {
      sqlite.close()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

export function tableCounts(db: Db): Record<string, number> {
  const tables = db.$client
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'",
    )
    .all() as { name: string }[]
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.$client.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  )
}
