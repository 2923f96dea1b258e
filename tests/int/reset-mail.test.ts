import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { users } from '@/db/schema'
import { issueToken, redeemToken } from '@/db/auth/tokens'
import { hashPassword } from '@/lib/password'
import { tempDatabase } from '../helpers/db'
import { startSmtpSink } from '../helpers/smtp-sink'

/*
 * After a password reset the account's owner hears of it by e-mail (when SMTP is configured), so
 * a reset they did not make does not go unnoticed. Sent through the real mailer to a local SMTP
 * server.
 */

let sink: Awaited<ReturnType<typeof startSmtpSink>>
let ctx: ReturnType<typeof tempDatabase>
const savedSmtp = process.env.SMTP_URL

beforeAll(async () => {
  sink = await startSmtpSink()
  process.env.SMTP_URL = sink.url
})
afterAll(async () => {
  process.env.SMTP_URL = savedSmtp
  await sink.close()
})
afterEach(() => {
  ctx.cleanup()
  sink.messages.length = 0
})

async function addUser(email: string, state: 'active' | 'invited' = 'active') {
  ctx = tempDatabase()
  const at = new Date()
  return ctx.db
    .insert(users)
    .values({
      email,
      name: 'Paula Partner',
      role: 'partner',
      state,
      passwordHash: state === 'active' ? await hashPassword('Das alte lange Passwort') : null,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: users.id })
    .get().id
}

describe('e-mail after a password reset', () => {
  it('tells the account that its password was changed, without the password or the link', async () => {
    const id = await addUser('paula@example.org')
    const token = issueToken(ctx.db, id, 'reset', null)
    expect(await redeemToken(ctx.db, token, 'Ein ganz neues langes Passwort', null)).toBeNull()

    expect(sink.messages).toHaveLength(1)
    const [message] = sink.messages
    expect(message!.to).toEqual(['<paula@example.org>'])
    const text = message!.data.replace(/=\r\n/g, '')
    expect(text).toMatch(/^Subject: .*Ihr[ _]Passwort[ _]wurde[ _]ge/m)
    expect(text).toContain('Paula Partner')
    expect(text).toMatch(/https?:\/\/\S+\/passwort-vergessen/)
    expect(text).not.toContain('Ein ganz neues langes Passwort')
    expect(text).not.toContain(token)
  })

  it('is not sent for a refused reset, nor when an invitation is accepted', async () => {
    const id = await addUser('ina@example.org', 'invited')
    const token = issueToken(ctx.db, id, 'invite', null)
    expect(await redeemToken(ctx.db, token, 'kurz', null)).toMatch(/mindestens/)
    expect(await redeemToken(ctx.db, token, 'Mein erstes langes Passwort', null)).toBeNull()
    expect(sink.messages).toHaveLength(0)
  })
})
