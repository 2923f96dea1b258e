import fs from 'node:fs'
import path from 'node:path'
import { backupDatabase } from '@/db/ops/backup'
import { BackupError } from '@/db/ops/backup-error'
import { defaultBackupDir, fileTimestamp } from '@/db/ops/files'
import { describeSummary } from '@/db/ops/verify'
import { backupKeyFromEnv } from '@/db/ops/backup-crypto'
import { databasePath } from '@/db/connection'
import { fail, loadEnv } from './lib/env'

const USAGE = 'Aufruf: npm run db:backup -- [--force] [<Datei oder Ordner>]'

function destination(arg: string | undefined, encrypted: boolean): string {
  const name = `portal-${fileTimestamp()}.db${encrypted ? '.enc' : ''}`
  if (arg === undefined) return path.join(defaultBackupDir(), name)
  const resolved = path.resolve(arg)
  const isFolder =
    arg.endsWith('/') || (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory())
  return isFolder ? path.join(resolved, name) : resolved
}

async function main(): Promise<void> {
  loadEnv()
  const args = process.argv.slice(2).filter((arg) => arg !== '--')
  const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--force')
  if (unknown.length > 0) fail(`unbekannte Option ${unknown.join(', ')}. ${USAGE}`)
  const files = args.filter((arg) => !arg.startsWith('-'))
  if (files.length > 1) fail(`nur eine Zieldatei angeben. ${USAGE}`)

  const source = databasePath()
  // With BACKUP_KEY set, every backup this command writes is encrypted.
  const key = backupKeyFromEnv()
  const summary = await backupDatabase(source, destination(files[0], !!key), {
    force: args.includes('--force'),
    key,
  })
  console.log(`Sicherung erstellt${key ? ' (verschlüsselt)' : ''}: ${summary.file}`)
  console.log(`  ${describeSummary(summary)}`)
}

main().catch((error: unknown) => {
  if (error instanceof BackupError) fail(error.message, 1)
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
  fail(`Sicherung fehlgeschlagen: ${message}`, 1)
})
