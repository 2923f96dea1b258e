import 'server-only'
import { asc, eq } from 'drizzle-orm'
import { getDb } from './client'
import { requireRole } from './guard'
import { listPendingSubmissions } from './partners-admin'
import { events, news, partners } from './schema'

/** Everything waiting for an editor: proposed news and events, and profile changes. */
export async function getReviewQueue() {
  await requireRole('editor', 'admin')
  const db = getDb()
  const waiting = (table: typeof news | typeof events) =>
    db
      .select({
        id: table.id,
        title: table.title,
        updatedAt: table.updatedAt,
        partnerName: partners.name,
      })
      .from(table)
      .leftJoin(partners, eq(partners.id, table.partnerId))
      .where(eq(table.status, 'in_review'))
      .orderBy(asc(table.updatedAt))
      .all()
  return { news: waiting(news), events: waiting(events), profiles: await listPendingSubmissions() }
}
