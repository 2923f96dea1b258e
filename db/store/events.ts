import 'server-only'
import { and, eq, ne } from 'drizzle-orm'
import type { Db } from '../client'
import * as cacheTags from '../cache/tags'
import { invalidate } from '../cache/invalidate'
import { recordRevision } from './journal'
import {
  publicationColumns,
  recordSlugChange,
  type PublicationInput,
  type RevisionSource,
} from './publication'
import { events } from '../schema'
import { afterEventWrite } from './search-index'
import type { Tx } from '../tx'
import { now } from '@/lib/clock'

/*
 * Writing events with everything that belongs to a save: the search index, cache tags and a
 * revision. Callers authorize first and wrap the call in writeTransaction.
 */

export type EventInput = {
  slug: string
  title: string
  summary: string | null
  body: string
  startsAt: Date
  endsAt: Date | null
  allDay: boolean
  venueName: string | null
  venueAddress: string | null
  onlineUrl: string | null
  registrationUrl: string | null
  contactName: string | null
  contactRole: string | null
  contactPhone: string | null
  contactEmail: string | null
  organizerPartnerId: number | null
  reportNewsId: number | null
  partnerId?: number | null
}

export function eventSnapshot(tx: Tx | Db, id: number) {
  return tx.select().from(events).where(eq(events.id, id)).get() ?? null
}

export function insertEvent(
  tx: Tx | Db,
  input: EventInput,
  publication: PublicationInput,
  meta: { authorId: number | null; source: RevisionSource },
): number {
  const at = now()
  const id = tx
    .insert(events)
    .values({
      ...input,
      summary: input.summary ?? '',
      partnerId: input.partnerId ?? null,
      ...publicationColumns(publication, null, at),
      authorId: meta.authorId,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: events.id })
    .get().id
  afterEventWrite(tx, id)
  invalidate(tx, cacheTags.event(id, input))
  recordRevision(tx, {
    entityType: 'event',
    entityId: id,
    snapshot: eventSnapshot(tx, id),
    authorId: meta.authorId,
    source: meta.source,
  })
  return id
}

export function updateEvent(
  tx: Tx | Db,
  id: number,
  input: EventInput,
  publication: PublicationInput | null,
  meta: { authorId: number | null; source: RevisionSource },
): void {
  const before = tx.select().from(events).where(eq(events.id, id)).get()
  if (!before) throw new Error(`event ${id} not found`)
  // One report per event: a report already linked elsewhere is not taken over silently.
  const reportTaken =
    input.reportNewsId !== null &&
    !!tx
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.reportNewsId, input.reportNewsId), ne(events.id, id)))
      .get()
  const at = now()
  tx.update(events)
    .set({
      slug: input.slug,
      title: input.title,
      summary: input.summary ?? '',
      body: input.body,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      allDay: input.allDay,
      venueName: input.venueName,
      venueAddress: input.venueAddress,
      onlineUrl: input.onlineUrl,
      registrationUrl: input.registrationUrl,
      contactName: input.contactName,
      contactRole: input.contactRole,
      contactPhone: input.contactPhone,
      contactEmail: input.contactEmail,
      organizerPartnerId: input.organizerPartnerId,
      reportNewsId: reportTaken ? before.reportNewsId : input.reportNewsId,
      ...(input.partnerId !== undefined ? { partnerId: input.partnerId } : {}),
      ...(publication ? publicationColumns(publication, before.publishedAt, at) : {}),
      updatedAt: at,
    })
    .where(eq(events.id, id))
    .run()
  if (before.slug !== input.slug)
    recordSlugChange(tx, 'event', id, before.slug, input.slug, before.status)
  afterEventWrite(tx, id)
  invalidate(tx, cacheTags.event(id, input, before))
  recordRevision(tx, {
    entityType: 'event',
    entityId: id,
    snapshot: eventSnapshot(tx, id),
    authorId: meta.authorId,
    source: meta.source,
  })
}

export function setEventStatus(
  tx: Tx | Db,
  id: number,
  publication: PublicationInput,
  meta: { authorId: number | null; source: RevisionSource },
): void {
  const before = tx.select().from(events).where(eq(events.id, id)).get()
  if (!before) throw new Error(`event ${id} not found`)
  tx.update(events)
    .set({ ...publicationColumns(publication, before.publishedAt, now()), updatedAt: now() })
    .where(eq(events.id, id))
    .run()
  invalidate(tx, cacheTags.event(id, before))
  recordRevision(tx, {
    entityType: 'event',
    entityId: id,
    snapshot: eventSnapshot(tx, id),
    authorId: meta.authorId,
    source: meta.source,
  })
}
