import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { recentActivity } from '@/db/admin/activity'
import { login } from '@/db/auth/login'
import { recordAudit } from '@/db/store/journal'
import { requestPasswordReset } from '@/db/auth/password-reset'
import { AUDIT_NOISE_RETENTION_MS, pruneOldRows, THROTTLE_RETENTION_MS } from '@/db/ops/retention'
import { auditLog, rateLimits, sessions, users } from '@/db/schema'
import { hashPassword } from '@/lib/password'
import { tempDatabase } from '../helpers/db'

/*
 * Tables that anyone can make grow without an account (throttle counters, audit entries of
 * refused logins and calls) stay bounded: repeats within a window share one entry, and old rows
 * go after a documented time. And what the dashboard shows editors of the audit log.
 */

let ctx: ReturnType<typeof tempDatabase>
const start = new Date('2026-11-21T10:00:00Z')
const PASSWORD = 'Regenschirm-Turbine-Lippe'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(start)
  ctx = tempDatabase()
})
afterEach(() => {
  vi.useRealTimers()
  ctx.cleanup()
})

const attempt = (email: string, password: string, clientAddress = '203.0.113.7') =>
  login(ctx.db, { email, password, clientAddress, userAgent: 'vitest' })
const audit = () => ctx.db.select().from(auditLog).all()

describe('retention', () => {
  it('a flood of refused logins from one address is one audit entry per window, with a count', async () => {
    for (let i = 0; i < 5; i++) await attempt('ziel@example.org', `falsch-${i}-xxxxxxx`)
    for (let i = 0; i < 200; i++) await attempt('ziel@example.org', 'egal-egal-egal')
    const blocked = audit().filter((e) => e.action === 'login.blocked')
    expect(blocked).toHaveLength(1)
    expect(JSON.parse(blocked[0]!.details!)).toMatchObject({ scope: 'account', count: 200 })
    // Another address gets its own entry.
    await attempt('ziel@example.org', 'egal-egal-egal', '203.0.113.8')
    expect(audit().filter((e) => e.action === 'login.blocked')).toHaveLength(2)
    // After the window a new entry starts.
    vi.setSystemTime(new Date(start.getTime() + 11 * 60 * 1000))
    for (let i = 0; i < 6; i++) await attempt('ziel@example.org', `falsch-${i}-yyyyyyy`)
    expect(audit().filter((e) => e.action === 'login.blocked')).toHaveLength(3)
  })

  it('the same for reset requests over the limit', async () => {
    for (let i = 0; i < 50; i++)
      await requestPasswordReset(ctx.db, 'ziel@example.org', '203.0.113.7')
    expect(audit().filter((e) => e.action === 'user.reset_throttled')).toHaveLength(1)
  })

  it('prunes throttle rows past their window, expired sessions and old noise, and keeps the rest', async () => {
    const at = start
    const id = ctx.db
      .insert(users)
      .values({
        email: 'rita@example.org',
        name: 'Rita',
        role: 'editor',
        state: 'active',
        passwordHash: await hashPassword(PASSWORD),
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: users.id })
      .get().id
    await attempt('niemand@example.org', 'falsch-falsch-falsch')
    const opened = await attempt('rita@example.org', PASSWORD)
    expect(opened.ok).toBe(true)
    recordAudit(ctx.db, { action: 'news.publish', actorId: id, entityType: 'news', entityId: 1 })
    recordAudit(ctx.db, {
      action: 'user.role_change',
      actorId: id,
      entityType: 'user',
      entityId: id,
    })
    expect(ctx.db.select().from(rateLimits).all().length).toBeGreaterThan(0)

    // A day later: counters and the dead session go, the audit log stays.
    vi.setSystemTime(new Date(at.getTime() + THROTTLE_RETENTION_MS + 1000))
    const first = pruneOldRows(ctx.db)
    expect(ctx.db.select().from(rateLimits).all()).toHaveLength(0)
    expect(ctx.db.select().from(sessions).all()).toHaveLength(0)
    expect(first.audit).toBe(0)

    // After the retention period the login noise goes; content and account work stay.
    vi.setSystemTime(new Date(at.getTime() + AUDIT_NOISE_RETENTION_MS + 1000))
    pruneOldRows(ctx.db)
    expect(
      audit()
        .map((e) => e.action)
        .sort(),
    ).toEqual(['news.publish', 'user.role_change'])
  })
})

describe('activity on the dashboard', () => {
  it('shows editors content activity only; admins also see account work', () => {
    recordAudit(ctx.db, { action: 'news.publish', entityType: 'news', entityId: 1 })
    recordAudit(ctx.db, { action: 'event.delete', entityType: 'event', entityId: 2 })
    recordAudit(ctx.db, {
      action: 'user.invite',
      entityType: 'user',
      entityId: 3,
      details: { email: 'neu@example.org' },
    })
    recordAudit(ctx.db, {
      action: 'user.reset_requested',
      actorEmail: 'von-besucher-getippt@example.org',
    })
    recordAudit(ctx.db, { action: 'login.failed', actorEmail: 'besucher@example.org' })
    recordAudit(ctx.db, { action: 'authz.denied', details: { action: 'x' } })

    const editor = recentActivity(ctx.db, 'editor')
    expect(editor.map((e) => e.action).sort()).toEqual(['event.delete', 'news.publish'])
    expect(JSON.stringify(editor)).not.toContain('@example.org')

    const admin = recentActivity(ctx.db, 'admin').map((e) => e.action)
    expect(admin).toContain('user.invite')
    expect(admin).toContain('news.publish')
    expect(() => recentActivity(ctx.db, 'partner')).toThrow()
  })
})
