import 'server-only'
import { desc, eq, inArray } from 'drizzle-orm'
import { getDb } from '../client'
import { clientAddress } from '../auth/session'
import { requireRole, UserError } from '../auth/guard'
import type { CurrentUser } from '../auth/session'
import { events, news, newsletterIssues, newsletterSubscribers } from '../schema'
import { recordAudit } from '../store/journal'
import { eraseSubscriber, parseTopics } from '../store/newsletter'
import {
  itemsSinceLastIssue,
  queueTestMail,
  saveIssue,
  scheduleIssue,
  sendIssueNow,
  type IssueInput,
} from '../store/newsletter-issues'
import { composePreview } from '../store/newsletter-preview'
import { outboxCounts } from '../store/outbox'
import { parseItems, type IssueItemRef } from '../store/outbox-message'
import { writeTransaction } from '../tx'
import { csvCell } from '@/lib/export-format'
import { now } from '@/lib/clock'
import { instantToBerlinLocal } from '@/lib/dates'
import { mailConfigured } from '@/lib/mail'

/*
 * The newsletter backend. Editors and admins compose and send issues; only admins see the
 * subscribers, export them and delete them. Every function checks the role itself.
 */

const EDITORS = ['editor', 'admin'] as const

export function newsletterMailStatus() {
  return {
    smtp: mailConfigured(),
    from: !!process.env.MAIL_FROM,
    https: (process.env.SITE_URL ?? '').startsWith('https://'),
  }
}

export async function listIssues() {
  await requireRole(...EDITORS)
  const db = getDb()
  return db
    .select()
    .from(newsletterIssues)
    .orderBy(desc(newsletterIssues.createdAt))
    .limit(100)
    .all()
    .map((issue) => ({ ...issue, counts: outboxCounts(db, issue.id) }))
}

/** A news item (with its date) or an event (with its start); the page words the line. */
export type CandidateItem =
  | { ref: string; type: 'news'; title: string; date: string }
  | { ref: string; type: 'event'; title: string; startsAt: Date }

/** Published news and events to choose from (the latest 60 of each). */
function candidates(): CandidateItem[] {
  const db = getDb()
  const newsRows = db
    .select({ id: news.id, title: news.title, date: news.date })
    .from(news)
    .where(eq(news.status, 'published'))
    .orderBy(desc(news.publishedAt))
    .limit(60)
    .all()
  const eventRows = db
    .select({ id: events.id, title: events.title, startsAt: events.startsAt })
    .from(events)
    .where(eq(events.status, 'published'))
    .orderBy(desc(events.startsAt))
    .limit(60)
    .all()
  return [
    ...newsRows.map((n) => ({
      ref: `news:${n.id}`,
      type: 'news' as const,
      title: n.title,
      date: n.date,
    })),
    ...eventRows.map((e) => ({
      ref: `event:${e.id}`,
      type: 'event' as const,
      title: e.title,
      startsAt: e.startsAt,
    })),
  ]
}

const refKey = (ref: IssueItemRef) => `${ref.type}:${ref.id}`

/** The editor's view of one issue (or of a new one): chosen items first, in order. */
export async function issueEditor(id: number | null) {
  await requireRole(...EDITORS)
  const db = getDb()
  const issue = id
    ? db.select().from(newsletterIssues).where(eq(newsletterIssues.id, id)).get()
    : undefined
  if (id && !issue) return null
  const chosen = issue ? parseItems(issue.items) : itemsSinceLastIssue(db)
  const all = candidates()
  const chosenKeys = chosen.map(refKey)
  const known = new Map(all.map((c) => [c.ref, c]))
  const items = [
    ...chosenKeys.map((k) => known.get(k)).filter((c): c is CandidateItem => !!c),
    ...all.filter((c) => !chosenKeys.includes(c.ref)),
  ].map((c) => ({ ...c, chosen: chosenKeys.includes(c.ref) }))
  return {
    issue: issue ?? null,
    items,
    counts: issue ? outboxCounts(db, issue.id) : null,
    preview: issue ? composePreview(db, issue) : null,
    /** An hour from now on Berlin's wall clock, for the "Planen" field. */
    suggestedPlanAt: instantToBerlinLocal(new Date(now().getTime() + 60 * 60 * 1000)),
  }
}

async function actor(user: CurrentUser) {
  return { id: user.id, email: user.email, clientAddress: await clientAddress() }
}

export async function saveNewsletterIssue(id: number | undefined, input: IssueInput) {
  const user = await requireRole(...EDITORS)
  const saved = saveIssue(getDb(), id, input, user.id)
  if (!saved) throw new UserError('Diese Ausgabe ist schon geplant oder verschickt und bleibt so.')
  return saved
}

export async function sendNewsletterTest(id: number) {
  const user = await requireRole(...EDITORS)
  const db = getDb()
  const issue = db.select().from(newsletterIssues).where(eq(newsletterIssues.id, id)).get()
  if (!issue) throw new UserError('Diese Ausgabe gibt es nicht.')
  writeTransaction(db, (tx) => {
    queueTestMail(tx, id, user.email)
    recordAudit(tx, {
      action: 'newsletter.test_sent',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'newsletter_issue',
      entityId: id,
    })
  })
}

export async function sendNewsletterIssue(id: number) {
  const user = await requireRole(...EDITORS)
  const count = sendIssueNow(getDb(), id, await actor(user))
  if (count < 0) throw new UserError('Diese Ausgabe ist schon verschickt.')
  return count
}

export async function planNewsletterIssue(id: number, at: Date | null) {
  const user = await requireRole(...EDITORS)
  if (at && at.getTime() <= now().getTime())
    throw new UserError('Der geplante Zeitpunkt muss in der Zukunft liegen.')
  if (!scheduleIssue(getDb(), id, at, await actor(user)))
    throw new UserError(
      at ? 'Nur ein Entwurf kann geplant werden.' : 'Diese Ausgabe ist nicht geplant.',
    )
}

export async function listSubscribers() {
  await requireRole('admin')
  return getDb()
    .select()
    .from(newsletterSubscribers)
    .orderBy(desc(newsletterSubscribers.requestedAt))
    .all()
    .map((s) => ({
      id: s.id,
      email: s.email,
      state: s.state,
      topics: parseTopics(s.topics),
      locale: s.locale,
      requestedAt: s.requestedAt,
      requestAddress: s.requestAddress,
      confirmedAt: s.confirmedAt,
      confirmAddress: s.confirmAddress,
      unsubscribedAt: s.unsubscribedAt,
      consentText: s.consentText,
      failures: s.failures,
    }))
}

/** CSV of every subscriber with the proof of consent, for a data-protection request. */
export async function exportSubscribers(ids?: number[]) {
  const user = await requireRole('admin')
  const db = getDb()
  const rows = db
    .select()
    .from(newsletterSubscribers)
    .where(ids?.length ? inArray(newsletterSubscribers.id, ids) : undefined)
    .orderBy(newsletterSubscribers.id)
    .all()
  recordAudit(db, {
    action: 'newsletter.subscribers_exported',
    actorId: user.id,
    actorEmail: user.email,
    details: { count: rows.length },
    clientAddress: await clientAddress(),
  })
  const iso = (d: Date | null) => (d ? d.toISOString() : '')
  const header = [
    'E-Mail',
    'Status',
    'Themen',
    'Sprache',
    'Angefordert',
    'Angefordert von (IP)',
    'Bestätigt',
    'Bestätigt von (IP)',
    'Abgemeldet',
    'Zustellfehler',
    'Einwilligungstext',
  ]
  const lines = rows.map((s) =>
    [
      s.email,
      s.state,
      parseTopics(s.topics).join(' '),
      s.locale,
      iso(s.requestedAt),
      s.requestAddress,
      iso(s.confirmedAt),
      s.confirmAddress,
      iso(s.unsubscribedAt),
      String(s.failures),
      s.consentText,
    ]
      .map(csvCell)
      .join(','),
  )
  return `\uFEFF${[header.map(csvCell).join(','), ...lines].join('\r\n')}\r\n`
}

export async function deleteSubscriber(id: number) {
  const user = await requireRole('admin')
  const address = await clientAddress()
  const hash = writeTransaction(getDb(), (tx) => {
    const erased = eraseSubscriber(tx, id)
    if (erased)
      recordAudit(tx, {
        action: 'newsletter.subscriber_deleted',
        actorId: user.id,
        actorEmail: user.email,
        entityType: 'newsletter_subscriber',
        entityId: id,
        // Only the hash: the audit log must not keep the address the person asked to erase.
        details: { emailHash: erased.slice(0, 16) },
        clientAddress: address,
      })
    return erased
  })
  if (!hash) throw new UserError('Dieses Abonnement gibt es nicht (mehr).')
}
