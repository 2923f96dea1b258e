import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {
  backupDatabase,
  defaultBackupDir,
  fileTimestamp,
  pendingMigrations,
  uniquePath,
} from '@/db/backup'
import { databasePath } from '@/db/connection'
import { fail, loadEnv } from './lib/env'

/*
 * Runs before `npm start`: makes sure there is an AUTH_SECRET (generated once into .env.local),
 * migrates and seeds the database, and builds the app when the sources changed since the last
 * build. So `npm install && npm start` is all a fresh checkout needs.
 */

const root = process.cwd()
const ENV_FILE = path.join(root, '.env.local')
const BUILD_STAMP = path.join(root, '.next', 'source-hash')
const SOURCES = ['app', 'components', 'db', 'lib', 'public', 'drizzle']
const SOURCE_FILES = [
  'next.config.ts',
  'proxy.ts',
  'auth.ts',
  'auth.config.ts',
  'instrumentation.ts',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
]

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

function hashTree(hash: ReturnType<typeof createHash>, target: string): void {
  if (!fs.existsSync(target)) return
  const stat = fs.statSync(target)
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(target).sort()) {
      if (name === 'seed' || name.endsWith('.test.ts')) continue
      hashTree(hash, path.join(target, name))
    }
  } else {
    hash.update(path.relative(root, target))
    hash.update(fs.readFileSync(target))
  }
}

function sourceHash(): string {
  const hash = createHash('sha256')
  for (const entry of [...SOURCES, ...SOURCE_FILES]) hashTree(hash, path.join(root, entry))
  // Settings that end up in prerendered pages: a change means a new build.
  for (const key of ['SITE_URL', 'SITE_NAME', 'SITE_TAGLINE', 'SITE_DESCRIPTION'])
    hash.update(`${key}=${process.env[key] ?? ''}`)
  return hash.digest('hex')
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
  const current = sourceHash()
  const built = fs.existsSync(BUILD_STAMP) ? fs.readFileSync(BUILD_STAMP, 'utf8').trim() : ''
  if (built !== current || !fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('Baue die Anwendung (next build) …')
    run('npx', ['next', 'build'])
    fs.writeFileSync(BUILD_STAMP, current)
  }
  // Last, so the login it prints is not buried under the build output.
  run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/seed.ts'])
  const port = process.env.PORT || '3000'
  console.log(`\nDas Portal startet auf http://localhost:${port}`)
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message.split('\n')[0]! : String(error), 1)
})
