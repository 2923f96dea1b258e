import fs from 'node:fs/promises'
import path from 'node:path'
import { getDb } from '@/db/client'
import { runMigrations } from '@/db/migrate'
import {
  formatSummary,
  importProfiles,
  type ImportOutcome,
  type ImportSource,
} from '@/db/store/profile-import'
import { isProfileFileName } from '@/lib/import/profile'
import { MAX_IMAGE_BYTES } from '@/lib/images'
import { confinementRoots, readConfined } from './lib/confined-files'
import { fail, loadEnv } from './lib/env'

const USAGE = 'Aufruf: npm run import -- [--dry-run] <Datei oder Ordner>...'

async function readOrNull(file: string): Promise<Uint8Array | null> {
  try {
    return await fs.readFile(file)
  } catch {
    return null
  }
}

/** Files named directly are always read; folders are walked for .md/.markdown/.txt files. */
async function collect(target: string, found: string[], missing: string[]): Promise<void> {
  let stat
  try {
    stat = await fs.stat(target)
  } catch {
    missing.push(target)
    return
  }
  if (stat.isFile()) {
    found.push(target)
    return
  }
  if (!stat.isDirectory()) return
  const entries = await fs.readdir(target, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const child = path.join(target, entry.name)
    if (entry.isDirectory()) await collect(child, found, missing)
    else if (entry.isFile() && isProfileFileName(entry.name)) found.push(child)
  }
}

function display(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') ? file : relative
}

function report(outcome: ImportOutcome): void {
  if (outcome.status === 'failed') {
    process.stderr.write(`failed    ${outcome.file}: ${outcome.reason}\n`)
    return
  }
  process.stdout.write(`${outcome.status.padEnd(9)} ${outcome.slug}  (${outcome.file})\n`)
  for (const warning of outcome.warnings) process.stdout.write(`          Warnung: ${warning}\n`)
}

async function main(): Promise<number> {
  loadEnv()
  const args = process.argv.slice(2)
  const dryRun = args.includes('--dry-run') || args.includes('-n')
  const unknown = args.filter(
    (arg) => arg.startsWith('-') && !['--dry-run', '-n', '--'].includes(arg),
  )
  if (unknown.length > 0) fail(`unbekannte Option ${unknown.join(', ')}\n${USAGE}`)
  const targets = args.filter((arg) => !arg.startsWith('-'))
  if (targets.length === 0) fail(`keine Datei und kein Ordner angegeben.\n${USAGE}`)

  const files: string[] = []
  const missing: string[] = []
  for (const target of targets) await collect(path.resolve(target), files, missing)
  const roots = await confinementRoots(targets.map((target) => path.resolve(target)))

  const db = getDb()
  runMigrations(db.$client)
  const sources: ImportSource[] = []
  for (const file of [...new Set(files)]) {
    const bytes = await readOrNull(file)
    sources.push({
      name: display(file),
      bytes: bytes ?? new Uint8Array(),
      readRelative: (relative) =>
        readConfined(roots, path.dirname(file), relative, MAX_IMAGE_BYTES),
    })
  }

  if (dryRun) process.stdout.write('Probelauf (--dry-run): es wird nichts gespeichert.\n')
  for (const target of missing)
    report({
      file: display(target),
      status: 'failed',
      reason: 'Datei oder Ordner nicht gefunden',
      warnings: [],
    })
  const { summary } = await importProfiles(
    db,
    sources,
    { dryRun, actorEmail: 'Kommandozeile' },
    report,
  )
  summary.failed += missing.length
  db.$client.close()
  process.stdout.write(`${formatSummary(summary)}\n`)
  return summary.failed > 0 ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => fail(error instanceof Error ? error.message.split('\n')[0]! : String(error)),
)
