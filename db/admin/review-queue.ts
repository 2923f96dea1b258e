import 'server-only'
import { asc, eq, sql } from 'drizzle-orm'
import { getDb } from '../client'
import { requireRole } from '../auth/guard'
import { listPendingSubmissions } from './submissions'
import { listTranslationsInReview } from './translation-review'
import { events, news, partners } from '../schema'
import { AUTOSAVE_SOURCE } from '@/lib/validation/autosave'

/**
 * Everything waiting for an editor: proposed news and events, profile changes (German or
 * English) and partners' English versions of their news and events.
 */
export async function getReviewQueue() {
  await requireRole('editor', 'admin')
  const db = getDb()
  const waiting = (table: typeof news | typeof events, type: 'news' | 'event') =>
    db
      .select({
        id: table.id,
        title: table.title,
        updatedAt: table.updatedAt,
        partnerName: partners.name,
        // The version the editor decides on; the decision is refused if a newer one appears.
        revisionId: sql<number>`coalesce((SELECT max(r.id) FROM revisions r WHERE r.entity_type = ${type} AND r.entity_id = ${table.id} AND r.source != ${AUTOSAVE_SOURCE}), 0)`,
      })
      .from(table)
      .leftJoin(partners, eq(partners.id, table.partnerId))
      .where(eq(table.status, 'in_review'))
      .orderBy(asc(table.updatedAt))
      .all()
  return {
    news: waiting(news, 'news'),
    events: waiting(events, 'event'),
    profiles: await listPendingSubmissions(),
    translations: await listTranslationsInReview(),
  }
}
