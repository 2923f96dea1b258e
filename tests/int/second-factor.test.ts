import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { eq } from 'drizzle-orm'
import { login } from '@/db/auth/login'
import { resolveSession } from '@/db/auth/resolve-session'
import { replaceRecoveryCodes } from '@/db/auth/second-factor/recovery-codes'
import { passCodeStep, redeemTicket } from '@/db/auth/second-factor/second-step'
import { mustSetUpSecondFactor, writeRequiredRoles } from '@/db/auth/second-factor/state'
import { confirmTotp, pendingTotpSecret, startTotp } from '@/db/auth/second-factor/totp'
import { auditLog, sessions, totpCredentials, users } from '@/db/schema'
import { writeTransaction } from '@/db/tx'
import { hashPassword } from '@/lib/password'
import { totpCodeAt } from '@/lib/totp'
import { tempDatabase } from '../helpers/db'

/*
 * The second step of a login against a real SQLite file: no session before it, codes accepted
 * once, failures counted by the same throttle as passwords, recovery codes once each.
 */

let ctx: ReturnType<typeof tempDatabase>
const PASSWORD = 'Regenschirm-Turbine-Lippe'
const start = new Date('2026-11-21T10:00:10Z')
const client = { clientAddress: '198.51.100.9', userAgent: 'vitest' }

async function userWithTotp(email = 'rita@example.org') {
  const id = ctx.db
    .insert(users)
    .values({
      email,
      name: email,
      role: 'editor',
      state: 'active',
      passwordHash: await hashPassword(PASSWORD),
      createdAt: start,
      updatedAt: start,
    })
    .returning({ id: users.id })
    .get().id
  const secret = writeTransaction(ctx.db, (tx) => {
    startTotp(tx, id)
    return pendingTotpSecret(tx, id)!
  })
  // Set up a minute ago, so the codes of the test's own steps are all later.
  const setupAt = new Date(start.getTime() - 60_000)
  vi.setSystemTime(setupAt)
  const confirmed = writeTransaction(ctx.db, (tx) =>
    confirmTotp(tx, id, totpCodeAt(secret, setupAt)),
  )
  vi.setSystemTime(start)
  expect(confirmed.ok).toBe(true)
  return { id, secret, email }
}

const passwordStep = (email: string, password = PASSWORD) =>
  login(ctx.db, { email, password, ...client })

async function pendingToken(email: string) {
  const result = await passwordStep(email)
  if (result.ok || result.reason !== 'second_factor')
    throw new Error(`no second step: ${JSON.stringify(result)}`)
  return result.pendingToken
}

beforeEach(() => {
  process.env.AUTH_SECRET = 'vitest-secret-0123456789abcdefghijklmnop'
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(start)
  ctx = tempDatabase()
})
afterEach(() => {
  vi.useRealTimers()
  ctx.cleanup()
})

describe('the second step', () => {
  it('opens no session after the password, one after the code, recorded as password+totp', async () => {
    const { id, secret, email } = await userWithTotp()
    const token = await pendingToken(email)
    expect(ctx.db.select().from(sessions).all()).toHaveLength(0)
    const step = passCodeStep(ctx.db, token, totpCodeAt(secret, start), client)
    expect(step.ok).toBe(true)
    if (!step.ok) return
    const session = redeemTicket(ctx.db, step.ticket, client)
    expect(session.ok).toBe(true)
    if (!session.ok) return
    expect(resolveSession(ctx.db, id, session.sessionId)?.authMethod).toBe('password+totp')
    // The ticket and the pending login are used up.
    expect(redeemTicket(ctx.db, step.ticket, client).ok).toBe(false)
    expect(passCodeStep(ctx.db, token, totpCodeAt(secret, start), client)).toMatchObject({
      ok: false,
      reason: 'expired',
    })
  })

  it('keeps the secret encrypted in the database', async () => {
    const { id, secret } = await userWithTotp()
    const row = ctx.db.select().from(totpCredentials).where(eq(totpCredentials.userId, id)).get()!
    expect(row.secret).not.toContain(secret)
  })

  it('refuses a code used once already (replay), also in a new login', async () => {
    const { secret, email } = await userWithTotp()
    const code = totpCodeAt(secret, start)
    expect(passCodeStep(ctx.db, await pendingToken(email), code, client).ok).toBe(true)
    expect(passCodeStep(ctx.db, await pendingToken(email), code, client)).toMatchObject({
      ok: false,
      reason: 'invalid',
    })
    const failed = ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'login.second_factor_failed'))
      .all()
    expect(failed.map((entry) => JSON.parse(entry.details!).reason)).toEqual(['replay'])
  })

  it('counts wrong codes like wrong passwords: after 5 the account is locked, the right code too', async () => {
    const { secret, email } = await userWithTotp()
    const token = await pendingToken(email)
    const right = totpCodeAt(secret, start)
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0')
    for (let i = 0; i < 4; i++)
      expect(passCodeStep(ctx.db, token, wrong, client)).toMatchObject({ reason: 'invalid' })
    expect(passCodeStep(ctx.db, token, wrong, client)).toMatchObject({ reason: 'locked' })
    expect(passCodeStep(ctx.db, token, right, client)).toMatchObject({ reason: 'locked' })
    expect(await passwordStep(email)).toMatchObject({ reason: 'locked' })
  })

  it('does not let a right password wipe earlier failures of the second step', async () => {
    const { secret, email } = await userWithTotp()
    const wrong = String((Number(totpCodeAt(secret, start)) + 1) % 1_000_000).padStart(6, '0')
    for (let i = 0; i < 4; i++) passCodeStep(ctx.db, await pendingToken(email), wrong, client)
    expect(passCodeStep(ctx.db, await pendingToken(email), wrong, client)).toMatchObject({
      reason: 'locked',
    })
  })

  it('accepts each recovery code once and tells how many are left', async () => {
    const { id, email } = await userWithTotp()
    const codes = writeTransaction(ctx.db, (tx) => replaceRecoveryCodes(tx, id))
    expect(codes).toHaveLength(10)
    const first = passCodeStep(ctx.db, await pendingToken(email), codes[0]!.toUpperCase(), client)
    expect(first).toMatchObject({ ok: true, recoveryCodesLeft: 9 })
    expect(passCodeStep(ctx.db, await pendingToken(email), codes[0]!, client)).toMatchObject({
      ok: false,
      reason: 'invalid',
    })
    const second = passCodeStep(ctx.db, await pendingToken(email), codes[1]!, client)
    expect(second).toMatchObject({ ok: true, recoveryCodesLeft: 8 })
    if (!second.ok) return
    const session = redeemTicket(ctx.db, second.ticket, client)
    expect(session.ok && resolveSession(ctx.db, id, session.sessionId)?.authMethod).toBe(
      'password+recovery',
    )
    const used = ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'second_factor.recovery_used'))
      .all()
    expect(used.map((entry) => JSON.parse(entry.details!).remaining)).toEqual([9, 8])
  })

  it('lets a pending login expire after five minutes', async () => {
    const { secret, email } = await userWithTotp()
    const token = await pendingToken(email)
    const later = new Date(start.getTime() + 5 * 60_000 + 1000)
    vi.setSystemTime(later)
    expect(passCodeStep(ctx.db, token, totpCodeAt(secret, later), client)).toMatchObject({
      reason: 'expired',
    })
  })
})

describe('the policy', () => {
  it('asks an editor without a factor to set one up, not one with a factor', async () => {
    const { id } = await userWithTotp()
    const other = ctx.db
      .insert(users)
      .values({
        email: 'ohne@example.org',
        name: 'Ohne',
        role: 'editor',
        state: 'active',
        createdAt: start,
        updatedAt: start,
      })
      .returning({ id: users.id })
      .get().id
    expect(mustSetUpSecondFactor(ctx.db, other, 'editor')).toBe(false)
    writeRequiredRoles(ctx.db, ['editor'])
    expect(mustSetUpSecondFactor(ctx.db, other, 'editor')).toBe(true)
    expect(mustSetUpSecondFactor(ctx.db, id, 'editor')).toBe(false)
    expect(mustSetUpSecondFactor(ctx.db, other, 'partner')).toBe(false)
  })
})
