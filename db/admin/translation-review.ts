import 'server-only'
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import { getDb } from '../client'
import { FieldError, requireRole, UserError } from '../auth/guard'
import { recordAudit } from '../store/journal'
import { setTranslationStatus } from '../store/translations'
import { events, news, partners, translations } from '../schema'
import { writeTransaction } from '../tx'
import { CHANGED_SINCE_REVIEW } from './workflow'
import { AUTOSAVE_SOURCE } from '@/lib/validation/autosave'

/*
 * A partner's English version of its own news item or event, submitted for review: an entry of
 * its own in the editors' queue, decided like the German proposal — published, or sent back to
 * a draft with a note the partner sees on the English tab. The decision holds only for the
 * version the editor saw (`revisionId`), checked inside the write transaction.
 */

const REVIEWABLE = ['news', 'event'] as const

// Spelled out: drizzle leaves the table off a column in a one-table select, and inside the
// subquery a bare "id" would be the revision's.
const latestRevision = sql<number>`coalesce((SELECT max(r.id) FROM revisions r WHERE r.entity_type = 'translation' AND r.entity_id = translations.id AND r.source != ${AUTOSAVE_SOURCE}), 0)`

export async function listTranslationsInReview() {
  await requireRole('editor', 'admin')
  const db = getDb()
  return REVIEWABLE.flatMap((type) => {
    const table = type === 'news' ? news : events
    return db
      .select({
        id: translations.id,
        entityType: translations.entityType,
        entityId: translations.entityId,
        title: translations.title,
        germanTitle: table.title,
        updatedAt: translations.updatedAt,
        partnerName: partners.name,
        revisionId: latestRevision,
      })
      .from(translations)
      .innerJoin(table, eq(table.id, translations.entityId))
      .leftJoin(partners, eq(partners.id, table.partnerId))
      .where(
        and(
          eq(translations.entityType, type),
          eq(translations.locale, 'en'),
          eq(translations.status, 'in_review'),
        ),
      )
      .orderBy(asc(translations.updatedAt))
      .all()
  }).sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime())
}

export async function reviewTranslation(
  id: number,
  revisionId: number,
  decision: 'approve' | 'reject',
  note: string | null,
): Promise<void> {
  const editor = await requireRole('editor', 'admin')
  if (decision === 'reject' && !note)
    throw new FieldError('note', 'Bitte begründen Sie die Ablehnung für den Partner.')
  writeTransaction(getDb(), (tx) => {
    const row = tx
      .select({
        id: translations.id,
        entityType: translations.entityType,
        entityId: translations.entityId,
        title: translations.title,
        status: translations.status,
        revisionId: latestRevision,
      })
      .from(translations)
      .where(and(eq(translations.id, id), inArray(translations.entityType, [...REVIEWABLE])))
      .get()
    if (!row) throw new UserError('Diese englische Fassung gibt es nicht (mehr).')
    if (row.status !== 'in_review')
      throw new UserError('Diese englische Fassung wartet nicht (mehr) auf Prüfung.')
    if (row.revisionId !== revisionId) throw new UserError(CHANGED_SINCE_REVIEW)
    tx.update(translations)
      .set({ reviewNote: decision === 'reject' ? note : null })
      .where(eq(translations.id, id))
      .run()
    setTranslationStatus(
      tx,
      id,
      { status: decision === 'approve' ? 'published' : 'draft', publishAt: null },
      { authorId: editor.id, source: 'review' },
    )
    recordAudit(tx, {
      action: `translation.review_${decision}`,
      actorId: editor.id,
      actorEmail: editor.email,
      entityType: row.entityType,
      entityId: row.entityId,
      details: { locale: 'en', title: row.title, revisionId, ...(note ? { note } : {}) },
    })
  })
}
