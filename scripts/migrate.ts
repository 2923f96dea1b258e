import { databasePath, openDatabase } from '@/db/connection'
import { migrationState, runMigrations } from '@/db/migrate'
import { fail, loadEnv } from './lib/env'

loadEnv()
try {
  const file = databasePath()
  const sqlite = openDatabase(file)
  const before = migrationState(sqlite).applied
  runMigrations(sqlite)
  const after = migrationState(sqlite).applied
  sqlite.close()
  console.log(`Datenbank ${file}: ${after - before} Migration(en) angewendet, ${after} insgesamt.`)
} catch (error) {
  fail(`Migration fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`)
}
