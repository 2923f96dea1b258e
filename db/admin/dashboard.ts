import 'server-only'
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import { recentActivity } from './activity'
import { getDb } from '../client'
import { requireUser } from '../auth/guard'
import { events, news, partners, submissions } from '../schema'
import { isEditorial } from '@/lib/workflow'

/* The first page after login: what is mine, what waits, what is planned, what happened. */

export type DashboardItem = {
  kind: 'news' | 'event'
  id: number
  title: string
  status: string
  updatedAt: Date
  publishAt: Date | null
}

export async function getDashboard() {
  const user = await requireUser()
  const db = getDb()
  const mine = (table: typeof news | typeof events, kind: 'news' | 'event') =>
    db
      .select({
        id: table.id,
        title: table.title,
        status: table.status,
        updatedAt: table.updatedAt,
        publishAt: table.publishAt,
      })
      .from(table)
      .where(
        and(
          inArray(table.status, ['draft', 'in_review']),
          isEditorial(user.role)
            ? eq(table.authorId, user.id)
            : user.partnerId
              ? eq(table.partnerId, user.partnerId)
              : sql`0`,
        ),
      )
      .orderBy(desc(table.updatedAt))
      .limit(10)
      .all()
      .map((row) => ({ ...row, kind }))
  const drafts = [...mine(news, 'news'), ...mine(events, 'event')].sort(
    (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime(),
  )

  if (!isEditorial(user.role)) {
    const ownProfile = user.partnerId
      ? (db
          .select({ name: partners.name, slug: partners.slug, status: partners.status })
          .from(partners)
          .where(eq(partners.id, user.partnerId))
          .get() ?? null)
      : null
    const lastSubmission = user.partnerId
      ? (db
          .select({
            status: submissions.status,
            reviewComment: submissions.reviewComment,
            createdAt: submissions.createdAt,
          })
          .from(submissions)
          .where(eq(submissions.partnerId, user.partnerId))
          .orderBy(desc(submissions.id))
          .limit(1)
          .get() ?? null)
      : null
    return {
      user,
      drafts,
      reviewQueue: [],
      scheduled: [],
      activity: [],
      ownProfile,
      lastSubmission,
    }
  }

  /** News or events waiting for review (longest waiting first) or scheduled (next first). */
  const inState = (
    table: typeof news | typeof events,
    kind: 'news' | 'event',
    status: 'in_review' | 'scheduled',
  ) =>
    db
      .select({
        id: table.id,
        title: table.title,
        status: table.status,
        updatedAt: table.updatedAt,
        publishAt: table.publishAt,
      })
      .from(table)
      .where(eq(table.status, status))
      .orderBy(asc(status === 'in_review' ? table.updatedAt : table.publishAt))
      .all()
      .map((row) => ({ ...row, kind }))
  const pendingProfiles = db
    .select({ id: submissions.id, partnerName: partners.name, createdAt: submissions.createdAt })
    .from(submissions)
    .innerJoin(partners, eq(partners.id, submissions.partnerId))
    .where(eq(submissions.status, 'pending'))
    .orderBy(asc(submissions.createdAt))
    .all()
  const activity = recentActivity(db, user.role)
  return {
    user,
    drafts,
    reviewQueue: [...inState(news, 'news', 'in_review'), ...inState(events, 'event', 'in_review')],
    pendingProfiles,
    scheduled: [
      ...inState(news, 'news', 'scheduled'),
      ...inState(events, 'event', 'scheduled'),
    ].sort((a, b) => (a.publishAt?.getTime() ?? 0) - (b.publishAt?.getTime() ?? 0)),
    activity,
    ownProfile: null,
    lastSubmission: null,
  }
}
