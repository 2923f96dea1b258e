import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  process.env.SITE_URL = 'https://portal.example.org'
  process.env.MAIL_FROM = 'Clusterportal Newsletter <newsletter@portal.example.org>'
})

import { eq } from 'drizzle-orm'
import { mailOutbox, news, newsletterSubscribers } from '@/db/schema'
import { subscribeWithThrottle } from '@/db/admin/newsletter-throttle'
import { drainOutbox, type MailTransport } from '@/db/mail-worker'
import { confirmSubscription, unsubscribeByKey } from '@/db/store/newsletter'
import { saveIssue, sendIssueNow } from '@/db/store/newsletter-issues'
import { backoffMs } from '@/db/store/outbox'
import { createMailTransport } from '@/lib/mail'
import { tempDatabase } from '../helpers/db'
import { decoded, headersOf, startSmtpServer } from '../helpers/smtp-server'

/*
 * The newsletter's mail through a real SMTP server on 127.0.0.1: the double opt-in mail and its
 * link, an issue with the RFC 8058 headers, retries after 4xx, failure after 5xx.
 */

type Server = Awaited<ReturnType<typeof startSmtpServer>>
let server: Server
let ctx: ReturnType<typeof tempDatabase>
let transport: MailTransport
const refusals = new Map<string, { code: number; message: string }[]>()
const savedSmtp = process.env.SMTP_URL

beforeEach(async () => {
  ctx = tempDatabase()
  refusals.clear()
  server = await startSmtpServer({ respond: (to) => refusals.get(to)?.shift() ?? null })
  process.env.SMTP_URL = server.url
  transport = createMailTransport()!
})
afterEach(async () => {
  transport.close?.()
  await server.close()
  ctx.cleanup()
})
afterAll(() => {
  process.env.SMTP_URL = savedSmtp
})

const input = (email: string) => ({
  email,
  topics: ['news' as const, 'events' as const],
  locale: 'de' as const,
  honeypot: '',
})

/** Subscribes and confirms through the link in the mail, as a person would. */
async function subscribed(email: string): Promise<number> {
  expect(subscribeWithThrottle(ctx.db, input(email), '203.0.113.7')).toBe('queued')
  await drainOutbox(ctx.db, transport)
  const mail = server.received.findLast((m) => m.to.includes(email))!
  const link = decoded(mail.raw).match(
    /https:\/\/portal\.example\.org\/newsletter\/bestaetigen\?token=([\w-]+)/,
  )
  expect(link).not.toBeNull()
  expect(confirmSubscription(ctx.db, link![1]!, '198.51.100.9')).toBe(true)
  return ctx.db
    .select({ id: newsletterSubscribers.id })
    .from(newsletterSubscribers)
    .where(eq(newsletterSubscribers.email, email))
    .get()!.id
}

let slugs = 0

function publishNews(title: string) {
  const at = new Date()
  return ctx.db
    .insert(news)
    .values({
      slug: `${title.toLowerCase().replace(/\W+/g, '-')}-${++slugs}`,
      title,
      lead: `Kurz gesagt: ${title}`,
      date: at.toISOString().slice(0, 10),
      status: 'published',
      publishedAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: news.id })
    .get().id
}

const EDITOR = { id: null, email: 'redaktion@example.org' }

function newIssue(subject: string) {
  const newsId = publishNews('Neue Förderrunde')
  return saveIssue(
    ctx.db,
    undefined,
    {
      subject,
      intro: 'Hallo **Netzwerk**, [mehr](/aktuelles)',
      items: [{ type: 'news', id: newsId }],
    },
    null,
  )!
}

describe('double opt-in', () => {
  it('mails a single-use link and keeps the proof of consent', async () => {
    const id = await subscribed('ada@example.org')
    const row = ctx.db
      .select()
      .from(newsletterSubscribers)
      .where(eq(newsletterSubscribers.id, id))
      .get()!
    expect(row.state).toBe('confirmed')
    expect(row.requestAddress).toBe('203.0.113.7')
    expect(row.confirmAddress).toBe('198.51.100.9')
    expect(row.consentText).toMatch(/Einwilligung/)
    expect(row.confirmedAt!.getTime()).toBeGreaterThanOrEqual(row.requestedAt.getTime())
    expect(row.confirmTokenHash).toBeNull()

    const mail = server.received[0]!
    expect(headersOf(mail.raw)['subject']).toMatch(/best(ä|=C3=A4|\?)/i)
    // The link works once only.
    const token = decoded(mail.raw).match(/token=([\w-]+)/)![1]!
    expect(confirmSubscription(ctx.db, token, null)).toBe(false)
  })

  it('answers the same for a known address and sends no second mail to a confirmed one', async () => {
    await subscribed('bea@example.org')
    expect(subscribeWithThrottle(ctx.db, input('bea@example.org'), '203.0.113.8')).toBe('ignored')
    await drainOutbox(ctx.db, transport)
    expect(server.received).toHaveLength(1)
  })

  it('throttles requests per address and per client, and ignores a filled honeypot', async () => {
    const results = Array.from({ length: 5 }, () =>
      subscribeWithThrottle(ctx.db, input('carl@example.org'), `192.0.2.${Math.random() * 200}`),
    )
    expect(results.filter((r) => r === 'queued')).toHaveLength(3)
    const fromOne = Array.from({ length: 25 }, (_, i) =>
      subscribeWithThrottle(ctx.db, input(`p${i}@example.org`), '192.0.2.250'),
    )
    expect(fromOne.filter((r) => r === 'queued')).toHaveLength(20)
    expect(
      subscribeWithThrottle(ctx.db, { ...input('bot@example.org'), honeypot: 'x' }, '192.0.2.1'),
    ).toBe('ignored')
    const bot = ctx.db
      .select()
      .from(newsletterSubscribers)
      .where(eq(newsletterSubscribers.email, 'bot@example.org'))
      .get()
    expect(bot).toBeUndefined()
  })
})

describe('an issue', () => {
  it('is multipart/alternative with Message-ID, Date, From and the RFC 8058 pair', async () => {
    const subscriberId = await subscribed('dora@example.org')
    const issueId = newIssue('Neues aus dem Cluster')
    expect(sendIssueNow(ctx.db, issueId, EDITOR)).toBe(1)
    await drainOutbox(ctx.db, transport)

    const mail = server.received.findLast((m) => /Neues aus dem Cluster/.test(m.raw))!
    const h = headersOf(mail.raw)
    const row = ctx.db.select().from(mailOutbox).where(eq(mailOutbox.issueId, issueId)).get()!
    expect(row.state).toBe('sent')
    expect(h['message-id']).toBe(row.messageId)
    expect(h['date']).toBeTruthy()
    expect(h['from']).toContain('newsletter@portal.example.org')
    expect(h['content-type']).toMatch(/^multipart\/alternative/)
    expect(h['list-unsubscribe']).toMatch(
      /^<https:\/\/portal\.example\.org\/newsletter\/abbestellen\/ein-klick\?key=[\w-]+>$/,
    )
    expect(h['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    const body = decoded(mail.raw)
    expect(body).toMatch(/Content-Type: text\/plain/)
    expect(body).toMatch(/Content-Type: text\/html/)
    expect(body).toContain('href="https://portal.example.org/aktuelles"')
    expect(body).toContain('https://portal.example.org/newsletter/einstellungen?key=')
    // No tracking pixel, no redirect through the portal: links go straight to their target.
    expect(body).not.toMatch(/width="1"|height="1"/)
    const hrefs = [...body.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!)
    expect(hrefs.length).toBeGreaterThan(3)
    for (const href of hrefs)
      expect(href).toMatch(/^https:\/\/portal\.example\.org\/(aktuelles|newsletter\/|$)/)
    expect(body).not.toMatch(/[?&](url|redirect|to)=/i)

    const key = h['list-unsubscribe']!.match(/key=([\w-]+)/)![1]!
    expect(unsubscribeByKey(ctx.db, key)).toBe(true)
    const after = ctx.db
      .select({ state: newsletterSubscribers.state })
      .from(newsletterSubscribers)
      .where(eq(newsletterSubscribers.id, subscriberId))
      .get()
    expect(after?.state).toBe('unsubscribed')
  })

  it('retries after a 4xx and sends once it is accepted', async () => {
    await subscribed('emil@example.org')
    refusals.set('emil@example.org', [{ code: 451, message: 'Try again later' }])
    const issueId = newIssue('Zweiter Versuch')
    sendIssueNow(ctx.db, issueId, EDITOR)
    expect(await drainOutbox(ctx.db, transport)).toEqual(['retry'])
    const waiting = ctx.db.select().from(mailOutbox).where(eq(mailOutbox.issueId, issueId)).get()!
    expect(waiting).toMatchObject({ state: 'pending', attempts: 1 })
    expect(waiting.lastError).toMatch(/451/)
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + backoffMs(1) - 5000)

    const later = new Date(Date.now() + backoffMs(1) + 1000)
    expect(await drainOutbox(ctx.db, transport, { at: later })).toEqual(['sent'])
    const issueMails = server.received.filter((m) => /Zweiter Versuch/.test(m.raw))
    expect(issueMails).toHaveLength(1)
    expect(headersOf(issueMails[0]!.raw)['message-id']).toBe(waiting.messageId)
  })

  it('marks a 5xx as failed, and suspends the address after repeated ones', async () => {
    const id = await subscribed('fritz@example.org')
    for (let round = 1; round <= 3; round++) {
      refusals.set('fritz@example.org', [{ code: 550, message: 'No such user' }])
      const issueId = newIssue(`Ausgabe ${round}`)
      sendIssueNow(ctx.db, issueId, EDITOR)
      expect(await drainOutbox(ctx.db, transport)).toEqual(['failed'])
      const row = ctx.db.select().from(mailOutbox).where(eq(mailOutbox.issueId, issueId)).get()!
      expect(row.state).toBe('failed')
      expect(row.lastError).toMatch(/550/)
    }
    const subscriber = ctx.db
      .select()
      .from(newsletterSubscribers)
      .where(eq(newsletterSubscribers.id, id))
      .get()!
    expect(subscriber).toMatchObject({ state: 'suspended', failures: 3 })
    // A suspended address gets no further issue.
    const next = newIssue('Ausgabe 4')
    expect(sendIssueNow(ctx.db, next, EDITOR)).toBe(0)
  })

  it('waits in the outbox without SMTP_URL, and nothing is lost', async () => {
    await subscribed('gina@example.org')
    const issueId = newIssue('Ohne Server')
    sendIssueNow(ctx.db, issueId, EDITOR)
    const row = ctx.db.select().from(mailOutbox).where(eq(mailOutbox.issueId, issueId)).get()!
    expect(row.state).toBe('pending')
    delete process.env.SMTP_URL
    expect(createMailTransport()).toBeNull()
  })
})
