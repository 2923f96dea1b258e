import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { mailOutbox, newsletterSubscribers } from '@/db/schema'
import { saveIssue, sendIssueNow } from '@/db/store/newsletter-issues'
import { tempDatabase } from '../helpers/db'
import { startSmtpServer, type ReceivedMail } from '../helpers/smtp-server'

/*
 * The sender is killed in the middle of an issue, then started again: every recipient gets the
 * issue exactly once. It is killed while the SMTP server holds the 4th message, before its 250
 * reply, so that message was never accepted and must be sent again after the restart. Two
 * senders running at once never send the same row twice.
 */

const CHILD = path.resolve('tests/helpers/outbox-child.ts')
const RECIPIENTS = 8
let ctx: ReturnType<typeof tempDatabase>

beforeEach(() => {
  ctx = tempDatabase()
  const at = new Date()
  for (let i = 0; i < RECIPIENTS; i++)
    ctx.db
      .insert(newsletterSubscribers)
      .values({
        email: `r${i}@example.org`,
        state: 'confirmed',
        topics: '["news","events"]',
        manageKey: randomBytes(18).toString('base64url'),
        requestedAt: at,
        confirmedAt: at,
        consentText: 'Einwilligung',
      })
      .run()
  const issueId = saveIssue(
    ctx.db,
    undefined,
    { subject: 'Ausgabe', intro: 'Hallo', items: [] },
    null,
  )!
  expect(sendIssueNow(ctx.db, issueId, { id: null, email: 'test' })).toBe(RECIPIENTS)
})
afterEach(() => ctx.cleanup())

function runSender(smtpUrl: string): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', CHILD, ctx.file],
    {
      env: { ...process.env, SMTP_URL: smtpUrl, SITE_URL: 'https://portal.example.org' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited }
}

const perRecipient = (received: ReceivedMail[]) => {
  const counts: Record<string, number> = {}
  for (const mail of received) for (const to of mail.to) counts[to] = (counts[to] ?? 0) + 1
  return counts
}
const everyoneOnce = Object.fromEntries(
  Array.from({ length: RECIPIENTS }, (_, i) => [`r${i}@example.org`, 1]),
)

describe('sending an issue across a crash', () => {
  it('sends every recipient exactly once after the sender is killed halfway and restarted', async () => {
    let victim: ChildProcess | null = null
    let seen = 0
    const server = await startSmtpServer({
      beforeAccept: () => {
        seen++
        if (seen === 4 && victim) {
          victim.kill('SIGKILL')
          return 'hang'
        }
        return 'accept'
      },
    })
    try {
      const first = runSender(server.url)
      victim = first.child
      await first.exited
      expect(server.received).toHaveLength(3)
      const states = ctx.db.select({ state: mailOutbox.state }).from(mailOutbox).all()
      expect(states.filter((s) => s.state === 'sent')).toHaveLength(3)
      expect(states.filter((s) => s.state === 'sending')).toHaveLength(1)

      victim = null
      const second = runSender(server.url)
      expect(await second.exited).toBe(0)
      expect(perRecipient(server.received)).toEqual(everyoneOnce)
      const left = ctx.db.select().from(mailOutbox).where(eq(mailOutbox.state, 'sent')).all()
      expect(left).toHaveLength(RECIPIENTS)
    } finally {
      await server.close()
    }
  })

  it('lets two senders at once share the rows without sending one twice', async () => {
    const server = await startSmtpServer()
    try {
      const a = runSender(server.url)
      const b = runSender(server.url)
      expect(await a.exited).toBe(0)
      expect(await b.exited).toBe(0)
      expect(perRecipient(server.received)).toEqual(everyoneOnce)
    } finally {
      await server.close()
    }
  })
})
