import fs from 'node:fs'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import type { Db } from '../../db/client'
import { openDatabase } from '../../db/connection'
import { login } from '../../db/auth/login'
import * as schema from '../../db/schema'

/*
 * One of several processes sending login attempts for the same account at the same moment, as
 * separate server processes (or one server with concurrent requests) would.
 *
 *   node --conditions=react-server --import tsx tests/helpers/login-worker.ts <file> <email> <password>...
 *
 * Prints `ready` once the database is open, waits for a line on stdin, then starts every attempt
 * at once and prints `{"results":[{"ok":bool,"reason":string?}, ...]}`.
 */

const [file, account, ...passwords] = process.argv.slice(2)
if (!file || !account || passwords.length === 0)
  throw new Error('usage: login-worker.ts <file> <email> <password>...')
const email = account

const sqlite = openDatabase(file)
const db = drizzle(sqlite, { schema }) as Db

process.stdout.write('ready\n')
fs.readSync(0, Buffer.alloc(1))

async function main(): Promise<void> {
  const results = await Promise.all(
    passwords.map((password, i) =>
      login(db, {
        email,
        password,
        clientAddress: `198.51.100.${(process.pid % 200) + i}`,
        userAgent: 'login-worker',
      }),
    ),
  )
  sqlite.close()
  const report = results.map((r) => (r.ok ? { ok: true } : { ok: false, reason: r.reason }))
  process.stdout.write(`${JSON.stringify({ results: report })}\n`)
}

void main()
