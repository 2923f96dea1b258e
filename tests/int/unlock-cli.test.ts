import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { login } from '@/db/auth/login'
import { rateLimits, users } from '@/db/schema'
import { hashPassword } from '@/lib/password'
import { tempDatabase } from '../helpers/db'

/*
 * `npm run admin:unlock`: the way back in for a locked admin when no e-mail can be sent. Run as
 * a real process, as an operator would.
 */

const PASSWORD = 'Das Passwort des Admins 2026'
let ctx: ReturnType<typeof tempDatabase>
beforeAll(async () => {
  ctx = tempDatabase()
  const at = new Date()
  ctx.db
    .insert(users)
    .values({
      email: 'chefin@example.org',
      name: 'Chefin',
      role: 'admin',
      state: 'active',
      passwordHash: await hashPassword(PASSWORD),
      createdAt: at,
      updatedAt: at,
    })
    .run()
})
afterAll(() => ctx.cleanup())

function unlock(...args: string[]) {
  return spawnSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'scripts/unlock-admin.ts', ...args],
    {
      env: { ...process.env, DATABASE_URL: `file:${ctx.file}`, ADMIN_EMAIL: 'chefin@example.org' },
      encoding: 'utf8',
    },
  )
}

const attempt = (password: string) =>
  login(ctx.db, { email: 'chefin@example.org', password, clientAddress: null, userAgent: null })

describe('npm run admin:unlock', () => {
  it('lifts the lock of the admin named in ADMIN_EMAIL, so the right password works again', async () => {
    for (let i = 0; i < 5; i++) await attempt(`falsch-${i}-xxxxxxxx`)
    expect(await attempt(PASSWORD)).toMatchObject({ ok: false, reason: 'locked' })

    const result = unlock()
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Sperre für chefin@example.org aufgehoben')
    expect(ctx.db.select().from(rateLimits).all()).toHaveLength(0)
    expect((await attempt(PASSWORD)).ok).toBe(true)
  })

  it('refuses an address without an account with a clear message, no stack trace', () => {
    const result = unlock('--', 'niemand@example.org')
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('Fehler: Kein Konto mit der E-Mail-Adresse „niemand@example.org“.\n')
  })
})
