import 'server-only'
import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from '../client'
import { events, news, newsletterIssues, newsletterSubscribers, type OutboxRow } from '../schema'
import { issueConfirmToken, parseTopics } from './newsletter'
import { formatEventTime, formatLongDate } from '@/lib/dates'
import { renderConfirmMail, renderIssueMail, type MailItem } from '@/lib/newsletter/render'
import { newsletterPath } from '@/lib/i18n/paths'
import type { NewsletterLocale } from '@/lib/newsletter/topics'
import { absoluteUrl, SITE } from '@/lib/site'

/*
 * Turns an outbox row into the message to send, when it is sent: the issue's items as they are
 * published now, the subscriber's own links, and for a confirmation a fresh token.
 */

export type ComposedMail = {
  to: string
  subject: string
  text: string
  html: string
  headers: Record<string, string>
}

export type IssueItemRef = { type: 'news' | 'event'; id: number }

export function parseItems(value: string): IssueItemRef[] {
  try {
    const list = JSON.parse(value) as IssueItemRef[]
    return Array.isArray(list)
      ? list.filter((i) => (i.type === 'news' || i.type === 'event') && Number.isInteger(i.id))
      : []
  } catch {
    return []
  }
}

/** The published items of an issue, in its order, ready for the mail. */
export function mailItems(db: Db, refs: IssueItemRef[]): MailItem[] {
  const newsIds = refs.filter((r) => r.type === 'news').map((r) => r.id)
  const eventIds = refs.filter((r) => r.type === 'event').map((r) => r.id)
  const newsRows = newsIds.length
    ? db
        .select()
        .from(news)
        .where(and(inArray(news.id, newsIds), eq(news.status, 'published')))
        .all()
    : []
  const eventRows = eventIds.length
    ? db
        .select()
        .from(events)
        .where(and(inArray(events.id, eventIds), eq(events.status, 'published')))
        .all()
    : []
  const out: MailItem[] = []
  for (const ref of refs) {
    if (ref.type === 'news') {
      const row = newsRows.find((n) => n.id === ref.id)
      if (row)
        out.push({
          type: 'news',
          title: row.title,
          url: absoluteUrl(`/aktuelles/${row.slug}`),
          summary: row.lead,
          meta: formatLongDate(row.date),
          imageUrl: row.imageId ? absoluteUrl(`/bilder/${row.imageId}.webp`) : null,
        })
    } else {
      const row = eventRows.find((e) => e.id === ref.id)
      if (row)
        out.push({
          type: 'event',
          title: row.title,
          url: absoluteUrl(`/veranstaltungen/${row.slug}`),
          summary: row.summary,
          meta: formatEventTime(row.startsAt, row.endsAt, row.allDay),
          imageUrl: null,
        })
    }
  }
  return out
}

/** The subscriber's own links, to the pages in the subscriber's language. */
export function manageLinks(key: string, locale: NewsletterLocale = 'de') {
  const query = `?key=${encodeURIComponent(key)}`
  return {
    unsubscribe: absoluteUrl(newsletterPath('unsubscribe', locale) + query),
    oneClick: absoluteUrl(newsletterPath('oneClick', locale) + query),
    settings: absoluteUrl(newsletterPath('settings', locale) + query),
  }
}

/** Null when the row has nobody (left) to send to. */
export function composeMessage(db: Db, row: OutboxRow): ComposedMail | null {
  const site = { name: SITE.name, url: SITE.url }
  const subscriber = row.subscriberId
    ? db
        .select()
        .from(newsletterSubscribers)
        .where(eq(newsletterSubscribers.id, row.subscriberId))
        .get()
    : undefined
  if (row.kind === 'confirm') {
    if (!subscriber || subscriber.state !== 'pending') return null
    const token = issueConfirmToken(db, subscriber.id)
    if (!token) return null
    const mail = renderConfirmMail({
      link: absoluteUrl(`${newsletterPath('confirm', subscriber.locale)}?token=${token}`),
      site,
      locale: subscriber.locale,
    })
    return { to: subscriber.email, ...mail, headers: {} }
  }
  const issue = row.issueId
    ? db.select().from(newsletterIssues).where(eq(newsletterIssues.id, row.issueId)).get()
    : undefined
  if (!issue) return null
  let items = mailItems(db, parseItems(issue.items))
  if (row.kind === 'test') {
    if (!row.toAddress) return null
    const links = { unsubscribe: absoluteUrl('/newsletter'), settings: absoluteUrl('/newsletter') }
    const mail = renderIssueMail({ ...issue, items, site, links, test: true })
    return { to: row.toAddress, ...mail, headers: {} }
  }
  if (!subscriber || subscriber.state !== 'confirmed') return null
  const topics = new Set(parseTopics(subscriber.topics))
  items = items.filter((i) => topics.has(i.type === 'event' ? 'events' : 'news'))
  const links = manageLinks(subscriber.manageKey, subscriber.locale)
  const mail = renderIssueMail({ ...issue, items, site, links, locale: subscriber.locale })
  return {
    to: subscriber.email,
    ...mail,
    headers: {
      'List-Unsubscribe': `<${links.oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `${SITE.name} <newsletter.${new URL(SITE.url).hostname}>`,
    },
  }
}
