import { drizzle } from 'drizzle-orm/better-sqlite3'
import { databasePath, openDatabase } from '@/db/connection'
import { migrationState, runMigrations } from '@/db/migrate'
import * as schema from '@/db/schema'
import { fillMissingSearchTexts } from '@/db/store/search-index'
import { fail, loadEnv } from './lib/env'

loadEnv()
try {
  const file = databasePath()
  const sqlite = openDatabase(file)
  const before = migrationState(sqlite).applied
  runMigrations(sqlite)
  const after = migrationState(sqlite).applied
  const filled = fillMissingSearchTexts(
    Object.assign(drizzle(sqlite, { schema }), { $client: sqlite }),
  )
  sqlite.close()
  console.log(`Datenbank ${file}: ${after - before} Migration(en) angewendet, ${after} insgesamt.`)
  if (filled > 0) console.log(`Klartext für Auszüge von ${filled} Einträgen geschrieben.`)
} catch (error) {
  fail(`Migration fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`)
}
