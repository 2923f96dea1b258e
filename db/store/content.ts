import 'server-only'
import { and, eq, inArray, ne } from 'drizzle-orm'
import type { Db } from '../client'
import { recordRevision } from './journal'
import {
  events,
  news,
  newsLinks,
  newsPartners,
  newsTags,
  pages,
  partners,
  slugRedirects,
  tags,
  type ContentStatus,
} from '../schema'
import { invalidate } from '../cache/invalidate'
import { afterEventWrite, afterNewsWrite } from './search-index'
import type { Tx } from '../tx'
import { TAGS } from '@/lib/cache-tags'
import { now } from '@/lib/clock'
import { slugify } from '@/lib/slug'

/*
 * Writing news, events and pages with everything that belongs to a save: link rows, tags, the
 * search index and a revision. Callers authorize first and wrap the call in writeTransaction.
 */

type RevisionSource = Parameters<typeof recordRevision>[1]['source']

export type NewsInput = {
  slug: string
  title: string
  lead: string | null
  body: string
  place: string | null
  date: string
  imageId: string | null
  contactName: string | null
  contactRole: string | null
  contactOrganisation: string | null
  contactPhone: string | null
  contactEmail: string | null
  links: { label: string; url: string }[]
  partnerIds: number[]
  tagNames: string[]
  partnerId?: number | null
}

export type PublicationInput = {
  status: ContentStatus
  publishAt?: Date | null
}

function ensureTagIds(tx: Tx | Db, names: string[]): number[] {
  const ids: number[] = []
  for (const name of names) {
    const slug = slugify(name, 60)
    if (!slug) continue
    const existing = tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get()
    ids.push(
      existing
        ? existing.id
        : tx.insert(tags).values({ name, slug }).returning({ id: tags.id }).get().id,
    )
  }
  return [...new Set(ids)]
}

/** Everything that makes up a news item, as stored in a revision and restored from one. */
/** The partners a news item names (its cache tags depend on them). */
function newsPartnerIds(tx: Tx | Db, id: number): number[] {
  return tx
    .select({ id: newsPartners.partnerId })
    .from(newsPartners)
    .where(eq(newsPartners.newsId, id))
    .all()
    .map((r) => r.id)
}

export function newsSnapshot(tx: Tx | Db, id: number) {
  const row = tx.select().from(news).where(eq(news.id, id)).get()
  if (!row) return null
  const links = tx
    .select({ label: newsLinks.label, url: newsLinks.url })
    .from(newsLinks)
    .where(eq(newsLinks.newsId, id))
    .orderBy(newsLinks.position)
    .all()
  const partnerIds = newsPartnerIds(tx, id)
  const tagNames = tx
    .select({ name: tags.name })
    .from(newsTags)
    .innerJoin(tags, eq(tags.id, newsTags.tagId))
    .where(eq(newsTags.newsId, id))
    .all()
    .map((r) => r.name)
  return { ...row, links, partnerIds, tagNames }
}

/** The cached pages a news item appears on: lists, its page, search, the partners it names. */
export function newsCacheTags(id: number, partnerIds: number[]): string[] {
  return [TAGS.news, TAGS.newsItem(id), TAGS.search, ...partnerIds.map(TAGS.partner)]
}

function writeNewsRelations(tx: Tx | Db, id: number, input: NewsInput): void {
  tx.delete(newsLinks).where(eq(newsLinks.newsId, id)).run()
  input.links.forEach((link, position) => {
    tx.insert(newsLinks).values({ newsId: id, label: link.label, url: link.url, position }).run()
  })
  tx.delete(newsPartners).where(eq(newsPartners.newsId, id)).run()
  for (const partnerId of [...new Set(input.partnerIds)]) {
    tx.insert(newsPartners).values({ newsId: id, partnerId }).run()
  }
  tx.delete(newsTags).where(eq(newsTags.newsId, id)).run()
  for (const tagId of ensureTagIds(tx, input.tagNames)) {
    tx.insert(newsTags).values({ newsId: id, tagId }).run()
  }
}

function newsColumns(input: NewsInput) {
  return {
    slug: input.slug,
    title: input.title,
    lead: input.lead ?? '',
    body: input.body,
    place: input.place,
    date: input.date,
    imageId: input.imageId,
    contactName: input.contactName,
    contactRole: input.contactRole,
    contactOrganisation: input.contactOrganisation,
    contactPhone: input.contactPhone,
    contactEmail: input.contactEmail,
  }
}

function publicationColumns(publication: PublicationInput, wasPublishedAt: Date | null, at: Date) {
  const goesPublic = publication.status === 'published'
  return {
    status: publication.status,
    publishAt: publication.status === 'scheduled' ? (publication.publishAt ?? null) : null,
    publishedAt: wasPublishedAt ?? (goesPublic ? at : null),
  }
}

export function insertNews(
  tx: Tx | Db,
  input: NewsInput,
  publication: PublicationInput,
  meta: { authorId: number | null; source: RevisionSource },
): number {
  const at = now()
  const id = tx
    .insert(news)
    .values({
      ...newsColumns(input),
      ...publicationColumns(publication, null, at),
      partnerId: input.partnerId ?? null,
      authorId: meta.authorId,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: news.id })
    .get().id
  writeNewsRelations(tx, id, input)
  afterNewsWrite(tx, id)
  invalidate(tx, newsCacheTags(id, input.partnerIds))
  recordRevision(tx, {
    entityType: 'news',
    entityId: id,
    snapshot: newsSnapshot(tx, id),
    authorId: meta.authorId,
    source: meta.source,
  })
  return id
}

/** Replaces a news item's content (and, when given, its status) with everything a save entails. */
export function updateNews(
  tx: Tx | Db,
  id: number,
  input: NewsInput,
  publication: PublicationInput | null,
  meta: { authorId: number | null; source: RevisionSource },
): void {
  const before = tx
    .select({ slug: news.slug, status: news.status, publishedAt: news.publishedAt })
    .from(news)
    .where(eq(news.id, id))
    .get()
  if (!before) throw new Error(`news ${id} not found`)
  const oldPartnerIds = newsPartnerIds(tx, id)
  const at = now()
  tx.update(news)
    .set({
      ...newsColumns(input),
      ...(publication ? publicationColumns(publication, before.publishedAt, at) : {}),
      ...(input.partnerId !== undefined ? { partnerId: input.partnerId } : {}),
      updatedAt: at,
    })
    .where(eq(news.id, id))
    .run()
  writeNewsRelations(tx, id, input)
  if (before.slug !== input.slug)
    recordSlugChange(tx, 'news', id, before.slug, input.slug, before.status)
  afterNewsWrite(tx, id)
  invalidate(tx, newsCacheTags(id, [...oldPartnerIds, ...input.partnerIds]))
  recordRevision(tx, {
    entityType: 'news',
    entityId: id,
    snapshot: newsSnapshot(tx, id),
    authorId: meta.authorId,
    source: meta.source,
  })
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

/** Only the status (workflow buttons, the scheduler), with its revision and cache tags. */
export function setNewsStatus(
  tx: Tx | Db,
  id: number,
  publication: PublicationInput,
  meta: { authorId: number | null; source: RevisionSource },
): void {
  const before = tx
    .select({ publishedAt: news.publishedAt })
    .from(news)
    .where(eq(news.id, id))
    .get()
  if (!before) throw new Error(`news ${id} not found`)
  tx.update(news)
    .set({ ...publicationColumns(publication, before.publishedAt, now()), updatedAt: now() })
    .where(eq(news.id, id))
    .run()
  const partnerIds = newsPartnerIds(tx, id)
  invalidate(tx, newsCacheTags(id, partnerIds))
  recordRevision(tx, {
    entityType: 'news',
    entityId: id,
    snapshot: newsSnapshot(tx, id),
    authorId: meta.authorId,
    source: meta.source,
  })
}

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

/** The cached pages an event appears on, including its organiser's profile and its report. */
export function eventCacheTags(
  id: number,
  input: Pick<EventInput, 'organizerPartnerId' | 'reportNewsId'>,
): string[] {
  const tags = [TAGS.events, TAGS.event(id), TAGS.search]
  if (input.organizerPartnerId) tags.push(TAGS.partner(input.organizerPartnerId))
  if (input.reportNewsId) tags.push(TAGS.newsItem(input.reportNewsId))
  return tags
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
  invalidate(tx, eventCacheTags(id, input))
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
  invalidate(tx, [...eventCacheTags(id, input), ...eventCacheTags(id, before)])
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
  invalidate(tx, eventCacheTags(id, before))
  recordRevision(tx, {
    entityType: 'event',
    entityId: id,
    snapshot: eventSnapshot(tx, id),
    authorId: meta.authorId,
    source: meta.source,
  })
}

export type PageInput = { slug: string; title: string; body: string }

export function updatePage(
  tx: Tx | Db,
  id: number,
  input: PageInput,
  meta: { authorId: number | null; source: RevisionSource },
): void {
  const before = tx.select({ slug: pages.slug }).from(pages).where(eq(pages.id, id)).get()
  if (!before) throw new Error(`page ${id} not found`)
  tx.update(pages)
    .set({ ...input, updatedAt: now() })
    .where(eq(pages.id, id))
    .run()
  if (before.slug !== input.slug)
    recordSlugChange(tx, 'page', id, before.slug, input.slug, 'published')
  invalidate(tx, [TAGS.pages, TAGS.page(input.slug), TAGS.page(before.slug)])
  const snapshot = tx.select().from(pages).where(eq(pages.id, id)).get()
  recordRevision(tx, {
    entityType: 'page',
    entityId: id,
    snapshot,
    authorId: meta.authorId,
    source: meta.source,
  })
}

export function insertPage(
  tx: Tx | Db,
  input: PageInput,
  meta: { authorId: number | null; source: RevisionSource },
): number {
  const at = now()
  const id = tx
    .insert(pages)
    .values({ ...input, createdAt: at, updatedAt: at })
    .returning({ id: pages.id })
    .get().id
  const snapshot = tx.select().from(pages).where(eq(pages.id, id)).get()
  invalidate(tx, [TAGS.pages, TAGS.page(input.slug)])
  recordRevision(tx, {
    entityType: 'page',
    entityId: id,
    snapshot,
    authorId: meta.authorId,
    source: meta.source,
  })
  return id
}

/** Ids of the partners with the given slugs, in the given order; unknown slugs are reported. */
export function partnerIdsBySlug(
  tx: Tx | Db,
  slugs: string[],
): { ids: number[]; unknown: string[] } {
  if (slugs.length === 0) return { ids: [], unknown: [] }
  const rows = tx
    .select({ id: partners.id, slug: partners.slug })
    .from(partners)
    .where(inArray(partners.slug, slugs))
    .all()
  const bySlug = new Map(rows.map((row) => [row.slug, row.id]))
  return {
    ids: slugs.flatMap((slug) => (bySlug.has(slug) ? [bySlug.get(slug)!] : [])),
    unknown: slugs.filter((slug) => !bySlug.has(slug)),
  }
}
