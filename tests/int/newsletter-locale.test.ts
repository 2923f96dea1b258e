import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  process.env.SITE_URL = 'https://portal.example.org'
  process.env.MAIL_FROM = 'Clusterportal Newsletter <newsletter@portal.example.org>'
})

import { eq } from 'drizzle-orm'
import { news, newsletterSubscribers } from '@/db/schema'
import { subscribeWithThrottle } from '@/db/admin/newsletter-throttle'
import { drainOutbox, type MailTransport } from '@/db/mail-worker'
import { confirmSubscription } from '@/db/store/newsletter'
import { saveIssue, sendIssueNow } from '@/db/store/newsletter-issues'
import { createMailTransport } from '@/lib/mail'
import { tempDatabase } from '../helpers/db'
import { decoded, headersOf, startSmtpServer } from '../helpers/smtp-server'

/*
 * A subscriber's language, through a real SMTP server: who subscribed on the English site gets
 * the confirmation mail, its link and the footer and unsubscribe links of every issue in
 * English; a German subscriber of the same issue still gets German. The issue's own text is
 * the editor's, the same for both.
 */

let server: Awaited<ReturnType<typeof startSmtpServer>>
let ctx: ReturnType<typeof tempDatabase>
let transport: MailTransport
const savedSmtp = process.env.SMTP_URL

beforeEach(async () => {
  ctx = tempDatabase()
  server = await startSmtpServer()
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

const mailTo = (email: string) => server.received.findLast((m) => m.to.includes(email))!

async function subscribe(email: string, locale: 'de' | 'en') {
  const input = { email, topics: ['news' as const], locale, honeypot: '' }
  expect(subscribeWithThrottle(ctx.db, input, '203.0.113.7')).toBe('queued')
  await drainOutbox(ctx.db, transport)
  return mailTo(email)
}

const subscriber = (email: string) =>
  ctx.db.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.email, email)).get()!

describe('the subscriber’s language', () => {
  it('sends an English subscriber an English confirmation that leads to the English pages', async () => {
    const mail = await subscribe('english@example.org', 'en')
    const body = decoded(mail.raw)
    expect(headersOf(mail.raw)['subject']).toBe('Please confirm your newsletter subscription')
    expect(body).toContain('Hello,')
    expect(body).not.toContain('Guten Tag')
    const link = body.match(
      /https:\/\/portal\.example\.org\/en\/newsletter\/confirm\?token=([\w-]+)/,
    )
    expect(link).not.toBeNull()
    const row = subscriber('english@example.org')
    expect(row.locale).toBe('en')
    expect(row.consentText).toMatch(/^I would like to receive the newsletter/)
    expect(confirmSubscription(ctx.db, link![1]!, '198.51.100.9')).toBe(true)
  })

  it('keeps German for a German subscriber', async () => {
    const mail = await subscribe('deutsch@example.org', 'de')
    expect(decoded(mail.raw)).toMatch(
      /https:\/\/portal\.example\.org\/newsletter\/bestaetigen\?token=[\w-]+/,
    )
    expect(decoded(mail.raw)).toContain('Guten Tag')
    expect(subscriber('deutsch@example.org').consentText).toMatch(/^Ich möchte/)
  })

  it('gives each recipient of an issue the footer and links of their language', async () => {
    for (const [email, locale] of [
      ['reader.en@example.org', 'en'],
      ['leser.de@example.org', 'de'],
    ] as const) {
      const mail = await subscribe(email, locale)
      const token = decoded(mail.raw).match(/token=([\w-]+)/)![1]!
      expect(confirmSubscription(ctx.db, token, null)).toBe(true)
    }
    const at = new Date()
    const newsId = ctx.db
      .insert(news)
      .values({
        slug: 'foerderrunde',
        title: 'Neue Runde im Netzwerk',
        lead: 'Kurz gesagt',
        date: at.toISOString().slice(0, 10),
        status: 'published',
        publishedAt: at,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: news.id })
      .get().id
    const issueId = saveIssue(
      ctx.db,
      undefined,
      { subject: 'Neues aus dem Netzwerk', intro: 'Hallo', items: [{ type: 'news', id: newsId }] },
      null,
    )!
    expect(sendIssueNow(ctx.db, issueId, { id: null, email: 'redaktion@example.org' })).toBe(2)
    await drainOutbox(ctx.db, transport)

    const english = mailTo('reader.en@example.org')
    const englishBody = decoded(english.raw)
    expect(headersOf(english.raw)['subject']).toBe('Neues aus dem Netzwerk')
    expect(headersOf(english.raw)['list-unsubscribe']).toMatch(
      /^<https:\/\/portal\.example\.org\/en\/newsletter\/unsubscribe\/one-click\?key=[\w-]+>$/,
    )
    expect(englishBody).toContain('You receive this e-mail because you subscribed')
    expect(englishBody).toContain('https://portal.example.org/en/newsletter/settings?key=')
    expect(englishBody).toContain('Neue Runde im Netzwerk')

    const german = mailTo('leser.de@example.org')
    const germanBody = decoded(german.raw)
    expect(headersOf(german.raw)['list-unsubscribe']).toMatch(
      /^<https:\/\/portal\.example\.org\/newsletter\/abbestellen\/ein-klick\?key=[\w-]+>$/,
    )
    expect(germanBody).toContain('Sie erhalten diese E-Mail, weil Sie den Newsletter')
    expect(germanBody).not.toContain('You receive this e-mail')
  })
})
