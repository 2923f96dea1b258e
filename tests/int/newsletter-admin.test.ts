import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  deleteSubscriber,
  exportSubscribers,
  listSubscribers,
  planNewsletterIssue,
  saveNewsletterIssue,
  sendNewsletterIssue,
} from '@/db/admin/newsletter'
import { Forbidden } from '@/db/auth/guard'
import { auditLog, mailOutbox, newsletterBlocklist, newsletterSubscribers } from '@/db/schema'
import { requestSubscription } from '@/db/store/newsletter'
import { dueIssues } from '@/db/store/newsletter-issues'
import { backendDatabase, signedIn } from '../helpers/backend'

vi.mock('@/db/auth/session', async () => {
  const { signedIn } = await import('../helpers/backend')
  return { getCurrentUser: async () => signedIn.user, clientAddress: async () => '203.0.113.5' }
})

/*
 * The newsletter backend: the CSV export with the proof of consent, deleting for good (only a
 * hash stays and blocks the address), who may do what, and planned issues going out once.
 */

let ctx: ReturnType<typeof backendDatabase>
beforeEach(() => {
  ctx = backendDatabase()
})
afterEach(() => ctx.cleanup())

function subscribe(email: string, confirmed = true) {
  requestSubscription(ctx.db, { email, topics: ['news'], locale: 'de' }, '198.51.100.1')
  if (confirmed)
    ctx.db
      .update(newsletterSubscribers)
      .set({ state: 'confirmed', confirmedAt: new Date(), confirmAddress: '198.51.100.2' })
      .where(eq(newsletterSubscribers.email, email))
      .run()
}

describe('subscribers', () => {
  it('exports every subscriber with the proof of consent as CSV, for admins only', async () => {
    subscribe('ada@example.org')
    subscribe('"quote",comma@example.org', false)
    signedIn.user = ctx.editor
    await expect(exportSubscribers()).rejects.toBeInstanceOf(Forbidden)
    signedIn.user = ctx.admin
    const csv = await exportSubscribers()
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toMatch(/^"E-Mail","Status","Themen"/)
    expect(lines).toHaveLength(3)
    expect(lines[1]).toMatch(
      /^"ada@example\.org","confirmed","news","de","\d{4}-[^"]+","198\.51\.100\.1","\d{4}-[^"]+","198\.51\.100\.2",/,
    )
    expect(lines[1]).toContain('Einwilligung')
    expect(lines[2]).toContain('"""quote"",comma@example.org"')
    const audit = ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'newsletter.subscribers_exported'))
      .all()
    expect(audit).toHaveLength(1)
  })

  it('deletes for good: only a hash stays, which blocks the address from being mailed again', async () => {
    subscribe('bea@example.org')
    signedIn.user = ctx.admin
    const [row] = await listSubscribers()
    await deleteSubscriber(row!.id)
    expect(ctx.db.select().from(newsletterSubscribers).all()).toHaveLength(0)
    const [kept] = ctx.db.select().from(newsletterBlocklist).all()
    expect(kept!.emailHash).toMatch(/^[0-9a-f]{64}$/)
    const everything = JSON.stringify([
      ctx.db.select().from(newsletterBlocklist).all(),
      ctx.db.select().from(auditLog).all(),
      ctx.db.select().from(mailOutbox).all(),
    ])
    expect(everything).not.toContain('bea@example.org')
    expect(
      requestSubscription(
        ctx.db,
        { email: 'BEA@example.org', topics: ['news'], locale: 'de' },
        null,
      ),
    ).toBe('blocked')
    const audit = ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'newsletter.subscriber_deleted'))
      .get()
    expect(audit?.actorEmail).toBe('admin@example.org')
  })

  it('refuses editors and partners the subscriber list and deletion', async () => {
    subscribe('carl@example.org')
    for (const user of [ctx.editor, ctx.partnerUserA]) {
      signedIn.user = user
      await expect(listSubscribers()).rejects.toBeInstanceOf(Forbidden)
      await expect(deleteSubscriber(1)).rejects.toBeInstanceOf(Forbidden)
    }
    expect(ctx.db.select().from(newsletterSubscribers).all()).toHaveLength(1)
  })
})

describe('issues', () => {
  it('lets editors send, records it in the audit log, and refuses partners', async () => {
    subscribe('dora@example.org')
    signedIn.user = ctx.partnerUserA
    await expect(
      saveNewsletterIssue(undefined, { subject: 'Nein', intro: '', items: [] }),
    ).rejects.toBeInstanceOf(Forbidden)
    signedIn.user = ctx.editor
    const id = await saveNewsletterIssue(undefined, { subject: 'Ausgabe', intro: '', items: [] })
    expect(await sendNewsletterIssue(id)).toBe(1)
    await expect(sendNewsletterIssue(id)).rejects.toThrow(/schon verschickt/)
    const sent = ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'newsletter.issue_sent'))
      .all()
    expect(sent).toHaveLength(1)
    expect(ctx.db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'issue')).all()).toHaveLength(
      1,
    )
  })

  it('queues a planned issue once when its time has come', async () => {
    subscribe('emil@example.org')
    signedIn.user = ctx.editor
    const id = await saveNewsletterIssue(undefined, { subject: 'Geplant', intro: '', items: [] })
    const at = new Date(Date.now() + 60_000)
    await planNewsletterIssue(id, at)
    expect(dueIssues(ctx.db, new Date())).toBe(0)
    expect(dueIssues(ctx.db, new Date(at.getTime() + 1000))).toBe(1)
    expect(dueIssues(ctx.db, new Date(at.getTime() + 2000))).toBe(0)
    expect(ctx.db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'issue')).all()).toHaveLength(
      1,
    )
  })
})
