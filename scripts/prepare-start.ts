import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { backupDatabase } from '@/db/ops/backup'
import { defaultBackupDir, fileTimestamp, uniquePath } from '@/db/ops/files'
import { pendingMigrations } from '@/db/ops/verify'
import { databasePath } from '@/db/connection'
import { buildIsCurrent, buildStampPath, sourceHash } from './lib/build-stamp'
import { fail, loadEnv } from './lib/env'

/*
 * Runs before `npm start`: makes sure there is an AUTH_SECRET (generated once into .env.local),
 * migrates and seeds the database, and builds the app when the sources changed since the last
 * build. So `npm install && npm start` is all a fresh checkout needs.
 */

const root = process.cwd()
const ENV_FILE = path.join(root, '.env.local')
function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) {
    if (process.env.AUTH_SECRET.length < 32)
      fail('AUTH_SECRET muss mindestens 32 Zeichen lang sein.')
    return
  }
  const secret = randomBytes(33).toString('base64')
  const existing = fs.existsSync(ENV_FILE) ? fs.readFileSync(ENV_FILE, 'utf8') : ''
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n'
  fs.writeFileSync(
    ENV_FILE,
    `${existing}${separator}# Erzeugt beim ersten Start; geheim halten.\nAUTH_SECRET=${secret}\n`,
    { mode: 0o600 },
  )
  process.env.AUTH_SECRET = secret
  console.log('AUTH_SECRET erzeugt und in .env.local gespeichert.')
}

/**
 * A migration that goes wrong with data in the database cannot be undone by the next release, so
 * the database is copied first whenever migrations are pending. A file without any applied
 * migration holds no portal data yet and needs no copy.
 */
async function backupBeforeMigrations(): Promise<void> {
  const file = databasePath()
  if (!fs.existsSync(file)) return
  let pending: number
  let dest: string
  try {
    const state = pendingMigrations(file)
    if (state.applied === 0 || state.pending === 0) return
    pending = state.pending
    dest = uniquePath(path.join(defaultBackupDir(), `vor-migration-${fileTimestamp()}.db`))
    await backupDatabase(file, dest)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    throw new Error(`Sicherung vor der Migration fehlgeschlagen, nichts migriert: ${reason}`)
  }
  console.log(`${pending} neue Migration(en): Datenbank vorher gesichert als ${dest}`)
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: 'inherit', env: process.env })
}

async function main(): Promise<void> {
  loadEnv()
  ensureAuthSecret()
  await backupBeforeMigrations()
  run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/migrate.ts'])
  if (!buildIsCurrent(root)) {
    console.log('Baue die Anwendung (next build) …')
    run('npx', ['next', 'build'])
    fs.writeFileSync(buildStampPath(root), sourceHash(root))
  }
  // Last, so the login it prints is not buried under the build output.
  run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/seed.ts'])
  const port = process.env.PORT || '3000'
  console.log(`\nDas Portal startet auf http://localhost:${port}`)
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message.split('\n')[0]! : String(error), 1)
})
