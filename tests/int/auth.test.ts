import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ACCOUNT_FREE_FAILURES, ACCOUNT_LOCK_MS, login, SESSION_LIMITS } from '@/db/auth/login'
import { resolveSession } from '@/db/auth/resolve-session'
import { auditLog, sessions, users } from '@/db/schema'
import { replacePassword } from '@/db/auth/password-change'
import { ensureAdmin } from '@/db/seed'
import { checkToken, issueToken, redeemToken, TOKEN_LIFETIME } from '@/db/auth/tokens'
import { hashPassword } from '@/lib/password'
import { tempDatabase } from '../helpers/db'

/*
 * Login throttling, session limits and password links against a real SQLite file, with the clock
 * moved by fake timers (the portal reads time only through lib/clock.ts).
 */

let ctx: ReturnType<typeof tempDatabase>
const PASSWORD = 'Regenschirm-Turbine-Lippe'
const start = new Date('2026-11-21T10:00:00Z')

async function addUser(
  email: string,
  role: 'admin' | 'editor' | 'partner' = 'editor',
  state: 'active' | 'disabled' | 'invited' = 'active',
) {
  return ctx.db
    .insert(users)
    .values({
      email,
      name: email,
      role,
      state,
      passwordHash: state === 'invited' ? null : await hashPassword(PASSWORD),
      createdAt: start,
      updatedAt: start,
    })
    .returning({ id: users.id })
    .get().id
}

const attempt = (email: string, password: string, clientAddress: string | null = '198.51.100.7') =>
  login(ctx.db, { email, password, clientAddress, userAgent: 'vitest' })

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(start)
  ctx = tempDatabase()
})
afterEach(() => {
  vi.useRealTimers()
  ctx.cleanup()
})

describe('login', () => {
  it('accepts the right password case-insensitively by e-mail and opens a session', async () => {
    const id = await addUser('rita@example.org')
    const result = await attempt('  RITA@Example.org ', PASSWORD)
    expect(result).toMatchObject({ ok: true, userId: id, role: 'editor' })
    expect(ctx.db.select().from(sessions).all()).toHaveLength(1)
  })

  it('answers wrong password, unknown account and disabled account alike', async () => {
    await addUser('a@example.org')
    await addUser('gesperrt@example.org', 'editor', 'disabled')
    const results = [
      await attempt('a@example.org', 'falsch-falsch-falsch'),
      await attempt('niemand@example.org', PASSWORD),
      await attempt('gesperrt@example.org', PASSWORD),
    ]
    expect(results).toEqual([
      { ok: false, reason: 'invalid' },
      { ok: false, reason: 'invalid' },
      { ok: false, reason: 'invalid' },
    ])
    const failures = ctx.db
      .select()
      .from(auditLog)
      .all()
      .filter((e) => e.action === 'login.failed')
    expect(failures).toHaveLength(3)
    // The audit log never holds the password.
    expect(JSON.stringify(ctx.db.select().from(auditLog).all())).not.toContain(
      'falsch-falsch-falsch',
    )
  })

  it('locks an account after 5 failures, refuses even the right password, doubles the lock and unlocks after it', async () => {
    await addUser('b@example.org')
    for (let i = 0; i < 4; i++)
      expect((await attempt('b@example.org', `falsch-${i}-xxxxxxx`)).ok).toBe(false)
    const fifth = await attempt('b@example.org', 'falsch-4-xxxxxxx')
    expect(fifth).toMatchObject({ ok: false, reason: 'locked' })
    expect(await attempt('b@example.org', PASSWORD)).toMatchObject({ ok: false, reason: 'locked' })

    vi.setSystemTime(new Date(start.getTime() + ACCOUNT_LOCK_MS + 1000))
    for (let i = 0; i < 4; i++) await attempt('b@example.org', `falsch-${i}-yyyyyyy`)
    const second = await attempt('b@example.org', 'falsch-5-yyyyyyy')
    expect(second.ok).toBe(false)
    if (second.ok || !second.until) throw new Error('expected a lock')
    expect(second.until.getTime() - Date.now()).toBe(2 * ACCOUNT_LOCK_MS)

    vi.setSystemTime(new Date(second.until.getTime() + 1000))
    expect((await attempt('b@example.org', PASSWORD)).ok).toBe(true)
    expect(
      ctx.db
        .select()
        .from(auditLog)
        .all()
        .some((e) => e.action === 'login.lockout'),
    ).toBe(true)
  })

  it('limits one client address across different accounts (no enumeration)', async () => {
    await addUser('c@example.org')
    for (let i = 0; i < 9; i++)
      await attempt(`probe${i}@example.org`, 'falsch-falsch-falsch', '203.0.113.9')
    expect(
      await attempt('probe9@example.org', 'falsch-falsch-falsch', '203.0.113.9'),
    ).toMatchObject({ reason: 'locked' })
    // The right password from that address waits too; another address is not affected.
    expect(await attempt('c@example.org', PASSWORD, '203.0.113.9')).toMatchObject({
      reason: 'locked',
    })
    expect((await attempt('c@example.org', PASSWORD, '203.0.113.10')).ok).toBe(true)
  })

  it('counts guesses still being checked: of 20 wrong and the right one sent at once, only 5 are checked and the right one is refused', async () => {
    const id = await addUser('burst@example.org')
    // All 21 start before any password hash is finished, as concurrent requests do.
    const pending = [
      ...Array.from({ length: 20 }, (_, i) =>
        attempt('burst@example.org', `falsch-${i}-burst-xx`, `192.0.2.${i + 1}`),
      ),
      attempt('burst@example.org', PASSWORD, '192.0.2.99'),
    ]
    const results = await Promise.all(pending)
    expect(results.at(-1)).toMatchObject({ ok: false, reason: 'locked' })
    expect(ctx.db.select().from(sessions).all()).toHaveLength(0)
    const checked = ctx.db
      .select()
      .from(auditLog)
      .all()
      .filter((e) => e.action === 'login.failed' || e.action === 'login.success')
    expect(checked).toHaveLength(ACCOUNT_FREE_FAILURES)
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(
      21 - ACCOUNT_FREE_FAILURES + 1,
    )
    // The lock holds for the usual time, then the right password works again.
    vi.setSystemTime(new Date(start.getTime() + ACCOUNT_LOCK_MS + 1000))
    expect(await attempt('burst@example.org', PASSWORD)).toMatchObject({ ok: true, userId: id })
  })

  it('counts concurrent guesses from one address against its limit before checking them', async () => {
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        attempt(`probe-burst-${i}@example.org`, 'falsch-falsch-falsch', '203.0.113.50'),
      ),
    )
    expect(results.filter((r) => !r.ok && r.reason === 'locked').length).toBeGreaterThanOrEqual(5)
    expect(
      ctx.db
        .select()
        .from(auditLog)
        .all()
        .filter((e) => e.action === 'login.failed'),
    ).toHaveLength(10)
  })

  it('a right password among the first attempts still logs in and leaves no lock behind', async () => {
    await addUser('early@example.org')
    const results = await Promise.all([
      attempt('early@example.org', 'falsch-1-early-xx'),
      attempt('early@example.org', PASSWORD),
      attempt('early@example.org', 'falsch-2-early-xx'),
    ])
    expect(results.map((r) => r.ok)).toEqual([false, true, false])
    expect((await attempt('early@example.org', PASSWORD)).ok).toBe(true)
  })
})

describe('sessions', () => {
  it('end after the idle limit and after the absolute limit, even when active', async () => {
    await addUser('d@example.org', 'admin')
    const opened = await attempt('d@example.org', PASSWORD)
    if (!opened.ok) throw new Error('login failed')
    const limits = SESSION_LIMITS.admin
    // Active every 20 minutes: the idle limit never bites, the absolute one does.
    for (let t = 20 * 60 * 1000; t < limits.absoluteMs; t += 20 * 60 * 1000) {
      vi.setSystemTime(new Date(start.getTime() + t))
      expect(
        resolveSession(ctx.db, opened.userId, opened.sessionId),
        `after ${t / 60000} min`,
      ).not.toBeNull()
    }
    vi.setSystemTime(new Date(start.getTime() + limits.absoluteMs + 1000))
    expect(resolveSession(ctx.db, opened.userId, opened.sessionId)).toBeNull()

    vi.setSystemTime(start)
    const again = await attempt('d@example.org', PASSWORD)
    if (!again.ok) throw new Error('login failed')
    vi.setSystemTime(new Date(start.getTime() + limits.idleMs + 1000))
    expect(resolveSession(ctx.db, again.userId, again.sessionId)).toBeNull()
  })

  it('give partners longer sessions than editors', () => {
    expect(SESSION_LIMITS.partner.absoluteMs).toBe(7 * 24 * 3600 * 1000)
    expect(SESSION_LIMITS.editor.idleMs).toBe(30 * 60 * 1000)
    expect(SESSION_LIMITS.editor.absoluteMs).toBe(12 * 3600 * 1000)
  })

  it('stop working when the account is disabled or the session id does not belong to the user', async () => {
    const id = await addUser('e@example.org')
    const opened = await attempt('e@example.org', PASSWORD)
    if (!opened.ok) throw new Error('login failed')
    expect(resolveSession(ctx.db, id + 1, opened.sessionId)).toBeNull()
    ctx.db.update(users).set({ state: 'disabled' }).run()
    expect(resolveSession(ctx.db, id, opened.sessionId)).toBeNull()
  })
})

describe('invitation and reset links', () => {
  it('work once, expire, and end all sessions when used', async () => {
    const id = await addUser('f@example.org')
    const opened = await attempt('f@example.org', PASSWORD)
    if (!opened.ok) throw new Error('login failed')
    const token = issueToken(ctx.db, id, 'reset', null)
    expect(checkToken(ctx.db, token)).toMatchObject({ ok: true, kind: 'reset' })
    expect(await redeemToken(ctx.db, token, 'kurz', null)).toMatch(/mindestens 12/)
    expect(await redeemToken(ctx.db, token, 'Ein ganz neues langes Passwort', null)).toBeNull()
    expect(resolveSession(ctx.db, id, opened.sessionId)).toBeNull()
    expect(await redeemToken(ctx.db, token, 'Noch ein anderes Passwort', null)).toMatch(
      /ungültig oder wurde schon benutzt/,
    )
    expect((await attempt('f@example.org', 'Ein ganz neues langes Passwort')).ok).toBe(true)

    const late = issueToken(ctx.db, id, 'reset', null)
    vi.setSystemTime(new Date(start.getTime() + 61 * 60 * 1000))
    expect(await redeemToken(ctx.db, late, 'Ein drittes langes Passwort', null)).toMatch(
      /abgelaufen/,
    )
  })

  it('activate an invited account within 72 hours, and not after', async () => {
    expect(TOKEN_LIFETIME.invite).toBeLessThanOrEqual(72 * 3600 * 1000)
    const id = await addUser('g@example.org', 'partner', 'invited')
    const token = issueToken(ctx.db, id, 'invite', null)
    vi.setSystemTime(new Date(start.getTime() + 71 * 3600 * 1000))
    expect(await redeemToken(ctx.db, token, 'Mein erstes Passwort 2026', null)).toBeNull()
    expect(ctx.db.select({ state: users.state }).from(users).get()?.state).toBe('active')

    const other = await addUser('g2@example.org', 'partner', 'invited')
    const late = issueToken(ctx.db, other, 'invite', null)
    vi.setSystemTime(new Date(start.getTime() + 71 * 3600 * 1000 + 72 * 3600 * 1000 + 1000))
    expect(await redeemToken(ctx.db, late, 'Mein erstes Passwort 2026', null)).toMatch(/abgelaufen/)
  })

  it('store only a hash of the token, and a new link replaces the old one', async () => {
    const id = await addUser('h@example.org')
    const first = issueToken(ctx.db, id, 'reset', null)
    const second = issueToken(ctx.db, id, 'reset', null)
    expect(JSON.stringify(ctx.db.$client.prepare('SELECT * FROM auth_tokens').all())).not.toContain(
      first,
    )
    expect(checkToken(ctx.db, first).ok).toBe(false)
    expect(checkToken(ctx.db, second).ok).toBe(true)
  })

  it('let a locked account reset its password and log in', async () => {
    const id = await addUser('i@example.org')
    for (let i = 0; i < 5; i++) await attempt('i@example.org', `falsch-${i}-zzzzzzz`)
    expect(await attempt('i@example.org', PASSWORD)).toMatchObject({ reason: 'locked' })
    const token = issueToken(ctx.db, id, 'reset', null)
    expect(await redeemToken(ctx.db, token, 'Zurückgesetzt und wieder da', null)).toBeNull()
    expect((await attempt('i@example.org', 'Zurückgesetzt und wieder da')).ok).toBe(true)
  })
})

describe('a new password by any route', () => {
  it('ADMIN_PASSWORD at start ends every session of that admin and lifts its lock', async () => {
    await ensureAdmin(ctx.db, { email: 'chef@example.org', password: PASSWORD })
    const opened = await attempt('chef@example.org', PASSWORD)
    if (!opened.ok) throw new Error('login failed')
    expect(resolveSession(ctx.db, opened.userId, opened.sessionId)).not.toBeNull()
    for (let i = 0; i < 5; i++) await attempt('chef@example.org', `falsch-${i}-chef-xx`)
    expect(await attempt('chef@example.org', PASSWORD)).toMatchObject({ reason: 'locked' })

    const result = await ensureAdmin(ctx.db, {
      email: 'chef@example.org',
      password: 'Ein neues Passwort für den Chef',
    })
    expect(result.action).toBe('password_updated')
    expect(resolveSession(ctx.db, opened.userId, opened.sessionId)).toBeNull()
    expect(ctx.db.select().from(sessions).all()).toHaveLength(0)
    expect((await attempt('chef@example.org', 'Ein neues Passwort für den Chef')).ok).toBe(true)
  })

  it('a login whose password is replaced while it is being checked opens no session', async () => {
    const id = await addUser('wechsel@example.org')
    const newHash = await hashPassword('Das neue Passwort nach dem Wechsel')
    const pending = attempt('wechsel@example.org', PASSWORD)
    // The hash of the old password is being checked right now; the reset lands meanwhile.
    replacePassword(ctx.db, { id, email: 'wechsel@example.org' }, newHash)
    expect(await pending).toMatchObject({ ok: false })
    expect(ctx.db.select().from(sessions).all()).toHaveLength(0)
  })

  it('an unchanged ADMIN_PASSWORD leaves sessions alone', async () => {
    await ensureAdmin(ctx.db, { email: 'chef@example.org', password: PASSWORD })
    const opened = await attempt('chef@example.org', PASSWORD)
    if (!opened.ok) throw new Error('login failed')
    expect(
      (await ensureAdmin(ctx.db, { email: 'chef@example.org', password: PASSWORD })).action,
    ).toBe('unchanged')
    expect(resolveSession(ctx.db, opened.userId, opened.sessionId)).not.toBeNull()
  })
})
