import { BackupError } from '@/db/ops/backup-error'
import { restoreDatabase } from '@/db/ops/restore'
import { describeSummary } from '@/db/ops/verify'
import { backupKeyFromEnv } from '@/db/ops/backup-crypto'
import { databasePath } from '@/db/connection'
import { fail, loadEnv } from './lib/env'

const USAGE = 'Aufruf: npm run db:restore -- <Sicherungsdatei>'

async function main(): Promise<void> {
  loadEnv()
  const args = process.argv.slice(2).filter((arg) => arg !== '--')
  const unknown = args.filter((arg) => arg.startsWith('-'))
  if (unknown.length > 0) fail(`unbekannte Option ${unknown.join(', ')}. ${USAGE}`)
  if (args.length === 0) fail(`keine Sicherungsdatei angegeben. ${USAGE}`)
  if (args.length > 1) fail(`nur eine Sicherungsdatei angeben. ${USAGE}`)

  const target = databasePath()
  // Encrypted backups are recognised by their header and need the BACKUP_KEY they were made with.
  const result = await restoreDatabase(args[0]!, target, { key: backupKeyFromEnv() })
  console.log(`Datenbank wiederhergestellt: ${result.file}`)
  console.log(`  aus ${args[0]}: ${describeSummary(result)}`)
  if (result.previous) console.log(`  Bisheriger Stand aufbewahrt als ${result.previous}`)
  console.log(`  ${result.migrationsApplied} Migration(en) nachgeholt.`)
}

main().catch((error: unknown) => {
  if (error instanceof BackupError) fail(error.message, 1)
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
  fail(`Wiederherstellung fehlgeschlagen: ${message}`, 1)
})
