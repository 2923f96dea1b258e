import 'server-only'
import { and, eq } from 'drizzle-orm'
import type { Db } from '../client'
import type { recordRevision } from './journal'
import { slugRedirects, type ContentStatus } from '../schema'
import type { Tx } from '../tx'
import { now } from '@/lib/clock'

/*
 * What news, events and partners share when they change: the status columns of a publication
 * and the old addresses that keep answering after a slug changes.
 */

export type RevisionSource = Parameters<typeof recordRevision>[1]['source']

export type PublicationInput = {
  status: ContentStatus
  publishAt?: Date | null
}

export function publicationColumns(
  publication: PublicationInput,
  wasPublishedAt: Date | null,
  at: Date,
) {
  const goesPublic = publication.status === 'published'
  return {
    status: publication.status,
    publishAt: publication.status === 'scheduled' ? (publication.publishAt ?? null) : null,
    publishedAt: wasPublishedAt ?? (goesPublic ? at : null),
  }
}

/**
 * An item that was public under its old slug keeps answering there: the old slug redirects
 * (308) to the new one. Reusing an old slug for the same item removes its redirect; another
 * item's redirect is never removed here (an item under that slug shadows it while it is public).
 */
export function recordSlugChange(
  tx: Tx | Db,
  entityType: 'news' | 'event' | 'partner' | 'page',
  entityId: number,
  oldSlug: string,
  newSlug: string,
  status: ContentStatus,
): void {
  tx.delete(slugRedirects)
    .where(
      and(
        eq(slugRedirects.entityType, entityType),
        eq(slugRedirects.oldSlug, newSlug),
        eq(slugRedirects.entityId, entityId),
      ),
    )
    .run()
  if (status !== 'published' && status !== 'scheduled') return
  tx.insert(slugRedirects)
    .values({ entityType, oldSlug, entityId, createdAt: now() })
    .onConflictDoUpdate({
      target: [slugRedirects.entityType, slugRedirects.oldSlug],
      set: { entityId },
    })
    .run()
}
