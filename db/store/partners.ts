import 'server-only'
import { eq, inArray } from 'drizzle-orm'
import type { Db } from '../client'
import * as cacheTags from '../cache/tags'
import { invalidate } from '../cache/invalidate'
import { recordSlugChange } from './publication'
import { deleteImageIfUnused } from './images'
import { recordRevision } from './journal'
import { categories, partners, type ContentStatus } from '../schema'
import { afterPartnerWrite } from './search-index'
import type { Tx } from '../tx'
import { now } from '@/lib/clock'
import { germanSortKey } from '@/lib/slug'

/* Writing partner profiles from the backend, with revision, search index and cache tags. */

export type PartnerInput = {
  name: string
  slug: string
  categoryId: number
  website: string | null
  city: string | null
  region: string | null
  street: string | null
  postalCode: string | null
  state: string | null
  lat: number | null
  lon: number | null
  /** JSON of the further sites, or null for none. */
  sites: string | null
  quoteText: string | null
  quoteAuthor: string | null
  quoteAuthorFunction: string | null
  body: string
  logoImageId: string | null
}

type Meta = {
  authorId: number | null
  source: 'edit' | 'restore' | 'review' | 'workflow' | 'import'
}

export function partnerSnapshot(tx: Tx | Db, id: number) {
  const row = tx.select().from(partners).where(eq(partners.id, id)).get()
  if (!row) return null
  const category = tx
    .select({ name: categories.name })
    .from(categories)
    .where(eq(categories.id, row.categoryId))
    .get()
  return { ...row, categoryName: category?.name ?? null }
}

function finish(tx: Tx | Db, id: number, meta: Meta) {
  afterPartnerWrite(tx, id)
  invalidate(tx, cacheTags.partner(tx, id))
  recordRevision(tx, {
    entityType: 'partner',
    entityId: id,
    snapshot: partnerSnapshot(tx, id),
    authorId: meta.authorId,
    source: meta.source,
  })
}

function publication(
  status: ContentStatus,
  publishAt: Date | null,
  publishedAt: Date | null,
  at: Date,
) {
  return {
    status,
    publishAt: status === 'scheduled' ? publishAt : null,
    publishedAt: publishedAt ?? (status === 'published' ? at : null),
  }
}

export function insertPartner(
  tx: Tx | Db,
  input: PartnerInput,
  status: { status: ContentStatus; publishAt: Date | null },
  meta: Meta,
): number {
  const at = now()
  const id = tx
    .insert(partners)
    .values({
      ...input,
      sortName: germanSortKey(input.name),
      ...publication(status.status, status.publishAt, null, at),
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: partners.id })
    .get().id
  finish(tx, id, meta)
  return id
}

export function updatePartner(
  tx: Tx | Db,
  id: number,
  input: PartnerInput,
  status: { status: ContentStatus; publishAt: Date | null } | null,
  meta: Meta,
): void {
  const before = tx.select().from(partners).where(eq(partners.id, id)).get()
  if (!before) throw new Error(`partner ${id} not found`)
  const at = now()
  tx.update(partners)
    .set({
      ...input,
      sortName: germanSortKey(input.name),
      ...(status ? publication(status.status, status.publishAt, before.publishedAt, at) : {}),
      updatedAt: at,
    })
    .where(eq(partners.id, id))
    .run()
  if (before.slug !== input.slug)
    recordSlugChange(tx, 'partner', id, before.slug, input.slug, before.status)
  if (before.logoImageId !== input.logoImageId) deleteImageIfUnused(tx, before.logoImageId)
  finish(tx, id, meta)
}

/** Restores the profile fields of a snapshot (status and slug stay as they are now). */
export function applyPartnerSnapshot(
  tx: Tx | Db,
  id: number,
  snapshot: Record<string, unknown>,
  meta: Meta,
): void {
  const current = tx.select().from(partners).where(eq(partners.id, id)).get()
  if (!current) throw new Error(`partner ${id} not found`)
  const str = (key: string) =>
    typeof snapshot[key] === 'string' ? (snapshot[key] as string) : null
  const num = (key: string) =>
    typeof snapshot[key] === 'number' ? (snapshot[key] as number) : null
  const categoryId =
    typeof snapshot.categoryId === 'number' &&
    tx
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.id, snapshot.categoryId))
      .get()
      ? snapshot.categoryId
      : current.categoryId
  updatePartner(
    tx,
    id,
    {
      name: str('name') ?? current.name,
      slug: current.slug,
      categoryId,
      website: str('website'),
      city: str('city'),
      region: str('region'),
      street: str('street'),
      postalCode: str('postalCode'),
      state: str('state'),
      lat: num('lat'),
      lon: num('lon'),
      sites: str('sites'),
      quoteText: str('quoteText'),
      quoteAuthor: str('quoteAuthor'),
      quoteAuthorFunction: str('quoteAuthorFunction'),
      body: str('body') ?? '',
      logoImageId: current.logoImageId,
    },
    null,
    meta,
  )
}

export function setPartnerStatus(
  tx: Tx | Db,
  id: number,
  status: { status: ContentStatus; publishAt: Date | null },
  meta: Meta,
): void {
  const before = tx
    .select({ publishedAt: partners.publishedAt })
    .from(partners)
    .where(eq(partners.id, id))
    .get()
  if (!before) throw new Error(`partner ${id} not found`)
  const at = now()
  tx.update(partners)
    .set({ ...publication(status.status, status.publishAt, before.publishedAt, at), updatedAt: at })
    .where(eq(partners.id, id))
    .run()
  finish(tx, id, meta)
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
