import 'server-only'
import { and, desc, eq, gt, isNotNull, lte } from 'drizzle-orm'
import type { Db } from '../client'
import { events, mailOutbox, news, newsletterIssues } from '../schema'
import { recordAudit } from './journal'
import { newMessageId, queueIssue } from './newsletter'
import type { IssueItemRef } from './outbox-message'
import { writeTransaction, type Tx } from '../tx'
import { now } from '@/lib/clock'

/*
 * Newsletter issues: drafts an editor saves, and the step that turns one into outbox rows, now
 * ("Senden") or at a planned time (the server's worker calls dueIssues every second).
 */

export type IssueInput = { subject: string; intro: string; items: IssueItemRef[] }

export function saveIssue(
  db: Db,
  id: number | undefined,
  input: IssueInput,
  userId: number | null,
) {
  const at = now()
  const values = {
    subject: input.subject,
    intro: input.intro,
    items: JSON.stringify(input.items),
    updatedAt: at,
  }
  return writeTransaction(db, (tx) => {
    if (id) {
      const changed = tx
        .update(newsletterIssues)
        .set(values)
        .where(and(eq(newsletterIssues.id, id), eq(newsletterIssues.state, 'draft')))
        .run().changes
      return changed === 1 ? id : null
    }
    return tx
      .insert(newsletterIssues)
      .values({ ...values, createdBy: userId, createdAt: at })
      .returning({ id: newsletterIssues.id })
      .get().id
  })
}

type Actor = { id: number | null; email: string; clientAddress?: string | null }

/** Queues an issue for all its recipients; -1 when it was not a draft or scheduled issue. */
export function sendIssueNow(db: Db, id: number, actor: Actor): number {
  return writeTransaction(db, (tx) => {
    const count = queueIssue(tx, id, now())
    if (count >= 0)
      recordAudit(tx, {
        action: 'newsletter.issue_sent',
        actorId: actor.id,
        actorEmail: actor.email,
        entityType: 'newsletter_issue',
        entityId: id,
        details: { recipients: count },
        clientAddress: actor.clientAddress ?? null,
      })
    return count
  })
}

export function scheduleIssue(db: Db, id: number, at: Date | null, actor: Actor): boolean {
  return writeTransaction(db, (tx) => {
    const changed = tx
      .update(newsletterIssues)
      .set({ state: at ? 'scheduled' : 'draft', scheduledAt: at, updatedAt: now() })
      .where(
        and(eq(newsletterIssues.id, id), eq(newsletterIssues.state, at ? 'draft' : 'scheduled')),
      )
      .run().changes
    if (changed === 1)
      recordAudit(tx, {
        action: at ? 'newsletter.issue_scheduled' : 'newsletter.issue_unscheduled',
        actorId: actor.id,
        actorEmail: actor.email,
        entityType: 'newsletter_issue',
        entityId: id,
        details: at ? { at: at.toISOString() } : null,
        clientAddress: actor.clientAddress ?? null,
      })
    return changed === 1
  })
}

/** Queues the planned issues whose time has come; each exactly once, whichever process runs it. */
export function dueIssues(db: Db, at: Date): number {
  const due = db
    .select({ id: newsletterIssues.id })
    .from(newsletterIssues)
    .where(and(eq(newsletterIssues.state, 'scheduled'), lte(newsletterIssues.scheduledAt, at)))
    .all()
  for (const issue of due) sendIssueNow(db, issue.id, { id: null, email: 'Zeitplan' })
  return due.length
}

/** Marks issues whose every message is done as sent. */
export function finishIssues(db: Db): void {
  db.$client
    .prepare(
      `UPDATE newsletter_issues SET state = 'sent' WHERE state = 'sending' AND NOT EXISTS (
        SELECT 1 FROM mail_outbox WHERE issue_id = newsletter_issues.id AND kind = 'issue'
        AND state IN ('pending', 'sending'))`,
    )
    .run()
}

export function queueTestMail(db: Db | Tx, issueId: number, to: string): void {
  db.insert(mailOutbox)
    .values({
      kind: 'test',
      issueId,
      toAddress: to,
      messageId: newMessageId(`test-${issueId}`),
      nextAttemptAt: now(),
      createdAt: now(),
    })
    .run()
}

/** What was published since the last issue went out (or in the last 30 days), newest first. */
export function itemsSinceLastIssue(db: Db): IssueItemRef[] {
  const last = db
    .select({ at: newsletterIssues.queuedAt })
    .from(newsletterIssues)
    .where(isNotNull(newsletterIssues.queuedAt))
    .orderBy(desc(newsletterIssues.queuedAt))
    .limit(1)
    .get()?.at
  const since = last ?? new Date(now().getTime() - 30 * 24 * 60 * 60 * 1000)
  const newsIds = db
    .select({ id: news.id })
    .from(news)
    .where(and(eq(news.status, 'published'), gt(news.publishedAt, since)))
    .orderBy(desc(news.publishedAt))
    .all()
  const eventIds = db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.status, 'published'), gt(events.publishedAt, since)))
    .orderBy(events.startsAt)
    .all()
  return [
    ...newsIds.map((n) => ({ type: 'news' as const, id: n.id })),
    ...eventIds.map((e) => ({ type: 'event' as const, id: e.id })),
  ]
}
