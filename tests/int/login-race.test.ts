import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACCOUNT_FREE_FAILURES } from '@/db/auth/login'
import { auditLog, sessions, users } from '@/db/schema'
import { hashPassword } from '@/lib/password'
import { tempDatabase } from '../helpers/db'

/*
 * Guesses for one account from several processes at once, on one database file. The lock must
 * hold across processes: no more passwords are checked than the free tries allow, however many
 * arrive while the first ones are still being hashed.
 */

const WORKERS = 4
const PER_WORKER = 5
const WORKER = path.resolve('tests/helpers/login-worker.ts')
let ctx: ReturnType<typeof tempDatabase>
beforeAll(() => {
  ctx = tempDatabase()
})
afterAll(() => ctx.cleanup())

type Report = { results: { ok: boolean; reason?: string }[] }

function startWorker(file: string, email: string, passwords: string[]) {
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', WORKER, file, email, ...passwords],
    { cwd: process.cwd() },
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const ready = new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (stdout.includes('ready\n')) {
        child.stdout.off('data', onData)
        resolve()
      }
    }
    child.stdout.on('data', onData)
    child.on('exit', (code) => reject(new Error(`worker exited early (${code}): ${stderr}`)))
  })
  const exit = new Promise<Report>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '') as Report)
      } catch {
        reject(new Error(`worker gave no report (${code}): ${stderr}`))
      }
    })
  })
  return { child, ready, exit }
}

describe('login guesses from several processes at once', () => {
  it(`${WORKERS} processes × ${PER_WORKER} wrong passwords: only ${ACCOUNT_FREE_FAILURES} are checked, the rest are refused as locked`, async () => {
    const at = new Date()
    ctx.db
      .insert(users)
      .values({
        email: 'ziel@example.org',
        name: 'Ziel',
        role: 'admin',
        state: 'active',
        passwordHash: await hashPassword('Das richtige Passwort 2026'),
        createdAt: at,
        updatedAt: at,
      })
      .run()
    const workers = Array.from({ length: WORKERS }, (_, w) =>
      startWorker(
        ctx.file,
        'ziel@example.org',
        Array.from({ length: PER_WORKER }, (_, i) => `falsch-${w}-${i}-xxxxxx`),
      ),
    )
    await Promise.all(workers.map((w) => w.ready))
    for (const w of workers) w.child.stdin.end('go\n')
    const results = (await Promise.all(workers.map((w) => w.exit))).flatMap((r) => r.results)

    expect(results).toHaveLength(WORKERS * PER_WORKER)
    expect(results.every((r) => !r.ok)).toBe(true)
    const checked = ctx.db
      .select()
      .from(auditLog)
      .all()
      .filter((e) => e.action === 'login.failed')
    expect(checked).toHaveLength(ACCOUNT_FREE_FAILURES)
    expect(results.filter((r) => r.reason === 'locked')).toHaveLength(
      WORKERS * PER_WORKER - ACCOUNT_FREE_FAILURES + 1,
    )
    expect(ctx.db.select().from(sessions).all()).toHaveLength(0)
  }, 60_000)
})
