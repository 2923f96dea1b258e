import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from '../client'
import {
  mailOutbox,
  newsletterBlocklist,
  newsletterIssues,
  newsletterSubscribers,
  type NewsletterSubscriber,
} from '../schema'
import { writeTransaction, type Tx } from '../tx'
import { now } from '@/lib/clock'
import { newsletterText, type NewsletterTopic } from '@/lib/newsletter/texts'
import { SITE } from '@/lib/site'

/*
 * Newsletter subscriptions with double opt-in. A request writes (or refreshes) a pending row and
 * queues a confirmation mail in the outbox; the confirmation token is made when that mail is
 * sent (only its SHA-256 is stored, valid 48 hours, single use). Only confirmed rows receive
 * issues. Callers throttle and answer the same whatever happened here.
 */

export const CONFIRM_LIFETIME_MS = 48 * 60 * 60 * 1000

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')
export const emailHash = (email: string) => sha256(`newsletter:${email.trim().toLowerCase()}`)

export function newMessageId(label: string): string {
  const host = new URL(SITE.url).hostname || 'localhost'
  return `<${label}.${randomBytes(9).toString('base64url')}@${host}>`
}

export function parseTopics(value: string): NewsletterTopic[] {
  try {
    const list = JSON.parse(value)
    return Array.isArray(list) ? list.filter((t) => t === 'news' || t === 'events') : []
  } catch {
    return []
  }
}

export type SubscribeOutcome = 'queued' | 'already' | 'blocked'

export function requestSubscription(
  db: Db,
  input: { email: string; topics: NewsletterTopic[]; locale: 'de' | 'en' },
  clientAddress: string | null,
): SubscribeOutcome {
  const email = input.email.trim().toLowerCase()
  const at = now()
  return writeTransaction(db, (tx) => {
    const blocked = tx
      .select({ h: newsletterBlocklist.emailHash })
      .from(newsletterBlocklist)
      .where(eq(newsletterBlocklist.emailHash, emailHash(email)))
      .get()
    if (blocked) return 'blocked'
    const existing = tx
      .select()
      .from(newsletterSubscribers)
      .where(eq(newsletterSubscribers.email, email))
      .get()
    if (existing?.state === 'confirmed') return 'already'
    const proof = {
      topics: JSON.stringify([...new Set(input.topics)]),
      locale: input.locale,
      state: 'pending' as const,
      requestedAt: at,
      requestAddress: clientAddress,
      // The consent as it was shown: in the language of the form.
      consentText: newsletterText(input.locale).consent,
      confirmTokenHash: null,
      confirmExpiresAt: null,
      confirmedAt: null,
      confirmAddress: null,
      unsubscribedAt: null,
      failures: 0,
      updatedAt: at,
    }
    const id = existing
      ? (tx
          .update(newsletterSubscribers)
          .set(proof)
          .where(eq(newsletterSubscribers.id, existing.id))
          .run(),
        existing.id)
      : tx
          .insert(newsletterSubscribers)
          .values({ email, manageKey: randomBytes(24).toString('base64url'), ...proof })
          .returning({ id: newsletterSubscribers.id })
          .get().id
    queueConfirmation(tx, id, at)
    return 'queued'
  })
}

function queueConfirmation(tx: Tx, subscriberId: number, at: Date): void {
  const waiting = tx
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.kind, 'confirm'),
        eq(mailOutbox.subscriberId, subscriberId),
        inArray(mailOutbox.state, ['pending', 'sending']),
      ),
    )
    .get()
  if (waiting) return
  tx.insert(mailOutbox)
    .values({
      kind: 'confirm',
      subscriberId,
      messageId: newMessageId(`confirm-${subscriberId}`),
      nextAttemptAt: at,
      createdAt: at,
    })
    .run()
}

/** A fresh confirmation token for the mail being sent; replaces any earlier one. */
export function issueConfirmToken(tx: Tx | Db, subscriberId: number): string | null {
  const token = randomBytes(32).toString('base64url')
  const changed = tx
    .update(newsletterSubscribers)
    .set({
      confirmTokenHash: sha256(token),
      confirmExpiresAt: new Date(now().getTime() + CONFIRM_LIFETIME_MS),
    })
    .where(
      and(eq(newsletterSubscribers.id, subscriberId), eq(newsletterSubscribers.state, 'pending')),
    )
    .run().changes
  return changed === 1 ? token : null
}

export function confirmSubscription(db: Db, token: string, clientAddress: string | null): boolean {
  if (!token || token.length > 100) return false
  const at = now()
  return writeTransaction(db, (tx) => {
    const row = tx
      .select({ id: newsletterSubscribers.id, expires: newsletterSubscribers.confirmExpiresAt })
      .from(newsletterSubscribers)
      .where(
        and(
          eq(newsletterSubscribers.confirmTokenHash, sha256(token)),
          eq(newsletterSubscribers.state, 'pending'),
        ),
      )
      .get()
    if (!row || !row.expires || row.expires <= at) return false
    tx.update(newsletterSubscribers)
      .set({
        state: 'confirmed',
        confirmedAt: at,
        confirmAddress: clientAddress,
        confirmTokenHash: null,
        confirmExpiresAt: null,
        updatedAt: at,
      })
      .where(eq(newsletterSubscribers.id, row.id))
      .run()
    return true
  })
}

export function subscriberByKey(db: Db | Tx, key: string): NewsletterSubscriber | undefined {
  if (!key || key.length > 100) return undefined
  return db
    .select()
    .from(newsletterSubscribers)
    .where(eq(newsletterSubscribers.manageKey, key))
    .get()
}

/** One-click unsubscribe: the state changes and nothing still waiting is sent. */
export function unsubscribeByKey(db: Db, key: string): boolean {
  const at = now()
  return writeTransaction(db, (tx) => {
    const row = subscriberByKey(tx, key)
    if (!row) return false
    if (row.state !== 'unsubscribed')
      tx.update(newsletterSubscribers)
        .set({ state: 'unsubscribed', unsubscribedAt: at, confirmTokenHash: null, updatedAt: at })
        .where(eq(newsletterSubscribers.id, row.id))
        .run()
    tx.delete(mailOutbox)
      .where(and(eq(mailOutbox.subscriberId, row.id), eq(mailOutbox.state, 'pending')))
      .run()
    return true
  })
}

export function updateTopicsByKey(db: Db, key: string, topics: NewsletterTopic[]): boolean {
  const row = subscriberByKey(db, key)
  if (!row || row.state === 'unsubscribed') return false
  db.update(newsletterSubscribers)
    .set({ topics: JSON.stringify([...new Set(topics)]), updatedAt: now() })
    .where(eq(newsletterSubscribers.id, row.id))
    .run()
  return true
}

/** Deletes a subscriber for good; only a hash of the address stays, so it is not mailed again. */
export function eraseSubscriber(tx: Tx, id: number): string | null {
  const row = tx
    .select({ email: newsletterSubscribers.email })
    .from(newsletterSubscribers)
    .where(eq(newsletterSubscribers.id, id))
    .get()
  if (!row) return null
  tx.insert(newsletterBlocklist)
    .values({ emailHash: emailHash(row.email), createdAt: now() })
    .onConflictDoNothing()
    .run()
  tx.delete(mailOutbox).where(eq(mailOutbox.subscriberId, id)).run()
  tx.delete(newsletterSubscribers).where(eq(newsletterSubscribers.id, id)).run()
  return emailHash(row.email)
}

/**
 * Writes one outbox row per confirmed subscriber who gets something from the issue (an issue
 * without items goes to everyone). The state change draft|scheduled → sending is the guard: a
 * second call, from this or another process, writes nothing.
 */
export function queueIssue(tx: Tx, issueId: number, at: Date): number {
  const issue = tx
    .select({ items: newsletterIssues.items, state: newsletterIssues.state })
    .from(newsletterIssues)
    .where(eq(newsletterIssues.id, issueId))
    .get()
  if (!issue || (issue.state !== 'draft' && issue.state !== 'scheduled')) return -1
  tx.update(newsletterIssues)
    .set({ state: 'sending', queuedAt: at, updatedAt: at })
    .where(eq(newsletterIssues.id, issueId))
    .run()
  const kinds = new Set(
    (JSON.parse(issue.items) as { type: string }[]).map((i) =>
      i.type === 'event' ? 'events' : 'news',
    ),
  )
  const recipients = tx
    .select({ id: newsletterSubscribers.id, topics: newsletterSubscribers.topics })
    .from(newsletterSubscribers)
    .where(eq(newsletterSubscribers.state, 'confirmed'))
    .all()
    .filter((s) => kinds.size === 0 || parseTopics(s.topics).some((t) => kinds.has(t)))
  for (const s of recipients)
    tx.insert(mailOutbox)
      .values({
        kind: 'issue',
        issueId,
        subscriberId: s.id,
        messageId: newMessageId(`issue-${issueId}-${s.id}`),
        nextAttemptAt: at,
        createdAt: at,
      })
      .onConflictDoNothing()
      .run()
  return recipients.length
}
