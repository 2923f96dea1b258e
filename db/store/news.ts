import 'server-only'
import { eq } from 'drizzle-orm'
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
import { news, newsLinks, newsPartners, newsTags, tags } from '../schema'
import { afterNewsWrite } from './search-index'
import type { Tx } from '../tx'
import { now } from '@/lib/clock'
import { slugify } from '@/lib/slug'

/*
 * Writing news items with everything that belongs to a save: link rows, partners, tags, the
 * search index, cache tags and a revision. Callers authorize first and wrap the call in
 * writeTransaction.
 */

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

/** The partners a news item names. */
function newsPartnerIds(tx: Tx | Db, id: number): number[] {
  return tx
    .select({ id: newsPartners.partnerId })
    .from(newsPartners)
    .where(eq(newsPartners.newsId, id))
    .all()
    .map((r) => r.id)
}

/** Everything that makes up a news item, as stored in a revision and restored from one. */
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
  invalidate(tx, cacheTags.news(tx, id))
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
  invalidate(tx, cacheTags.news(tx, id, oldPartnerIds))
  recordRevision(tx, {
    entityType: 'news',
    entityId: id,
    snapshot: newsSnapshot(tx, id),
    authorId: meta.authorId,
    source: meta.source,
  })
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
  invalidate(tx, cacheTags.news(tx, id))
  recordRevision(tx, {
    entityType: 'news',
    entityId: id,
    snapshot: newsSnapshot(tx, id),
    authorId: meta.authorId,
    source: meta.source,
  })
}
