import 'server-only'
import { and, asc, count, eq, like, ne, or } from 'drizzle-orm'
import { getDb } from '../client'
import * as cacheTags from '../cache/tags'
import { invalidate } from '../cache/invalidate'
import { statusForSave } from './editorial'
import { FieldError, requireRole, UserError } from '../auth/guard'
import { deleteImageIfUnused } from '../store/images'
import { recordAudit } from '../store/journal'
import { assertImageUsable } from './news'
import {
  insertPartner,
  partnerSnapshot,
  setPartnerStatus,
  updatePartner,
  type PartnerInput,
} from '../store/partners'
import { categories, images, partners, type ContentStatus } from '../schema'
import { removeFromSearch } from '../store/search-index'
import { writeTransaction } from '../tx'
import { storedSites } from '@/lib/validation/location'
import type { PartnerAction, ProfileProposal } from '@/lib/validation/partner'
import { statusAfterTransition, type Transition } from '@/lib/workflow'

/*
 * Partner profiles in the backend. Editors and admins edit profiles directly; a partner account
 * only proposes changes to its own (db/admin/submissions.ts).
 */

export const PARTNER_PAGE_SIZE = 25

export async function listPartnersAdmin(query: {
  status: ContentStatus | null
  q: string
  page: number
}) {
  await requireRole('editor', 'admin')
  const db = getDb()
  const text = query.q.trim().slice(0, 100)
  const where = and(
    query.status ? eq(partners.status, query.status) : undefined,
    text ? or(like(partners.name, `%${text}%`), like(partners.slug, `%${text}%`)) : undefined,
  )
  const total = db.select({ n: count() }).from(partners).where(where).get()?.n ?? 0
  const pageCount = Math.max(1, Math.ceil(total / PARTNER_PAGE_SIZE))
  const page = Math.min(Math.max(1, query.page), pageCount)
  const rows = db
    .select({
      id: partners.id,
      title: partners.name,
      status: partners.status,
      publishAt: partners.publishAt,
      updatedAt: partners.updatedAt,
      category: categories.name,
      postalCode: partners.postalCode,
      lat: partners.lat,
    })
    .from(partners)
    .innerJoin(categories, eq(categories.id, partners.categoryId))
    .where(where)
    .orderBy(asc(partners.sortName))
    .limit(PARTNER_PAGE_SIZE)
    .offset((page - 1) * PARTNER_PAGE_SIZE)
    .all()
  return {
    rows: rows.map(({ postalCode, lat, ...r }) => ({
      ...r,
      authorName: null,
      partnerName: r.category,
      // No geocoder may be called: an address without a position is left for an editor.
      note: postalCode && lat === null ? 'ohne Position' : null,
    })),
    total,
    page,
    pageCount,
  }
}

export async function listCategoryOptions() {
  await requireRole('editor', 'admin')
  return getDb()
    .select({ id: categories.id, name: categories.name, slug: categories.slug })
    .from(categories)
    .orderBy(asc(categories.sortOrder), asc(categories.name))
    .all()
}

/** A profile with its logo's id and alt text, as the backend forms show it. */
export function withLogo(snapshot: NonNullable<ReturnType<typeof partnerSnapshot>>) {
  const logo = snapshot.logoImageId
    ? (getDb()
        .select({ id: images.id, alt: images.alt })
        .from(images)
        .where(eq(images.id, snapshot.logoImageId))
        .get() ?? null)
    : null
  return { ...snapshot, logo }
}

export async function getPartnerForEdit(id: number) {
  await requireRole('editor', 'admin')
  const snapshot = partnerSnapshot(getDb(), id)
  return snapshot ? withLogo(snapshot) : null
}

/** The stored fields of a profile from the backend form or an approved proposal. */
export function partnerInput(
  data:
    | PartnerAction
    | (ProfileProposal & { name: string; slug: string; categoryId: number; region: string | null }),
  logoImageId: string | null,
): PartnerInput {
  return {
    name: data.name,
    slug: data.slug,
    categoryId: data.categoryId,
    website: data.website,
    city: data.city,
    region: data.region,
    street: data.street,
    postalCode: data.postalCode,
    state: data.state,
    lat: data.lat,
    lon: data.lon,
    sites: storedSites(data.sites),
    quoteText: data.quoteText,
    quoteAuthor: data.quoteText ? data.quoteAuthor : null,
    quoteAuthorFunction: data.quoteText ? data.quoteAuthorFunction : null,
    body: data.body,
    logoImageId,
  }
}

export async function savePartner(data: PartnerAction): Promise<number> {
  const user = await requireRole('editor', 'admin')
  const db = getDb()
  const existing = data.id ? db.select().from(partners).where(eq(partners.id, data.id)).get() : null
  if (data.id && !existing) throw new UserError('Diesen Partner gibt es nicht (mehr).')
  if (data.intent === 'submit')
    throw new UserError('Profile der Redaktion werden direkt gespeichert oder veröffentlicht.')
  const change = statusForSave(user, existing ?? null, data.intent, data.publishAt)
  if (
    !db
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.id, data.categoryId))
      .get()
  )
    throw new FieldError('categoryId', 'Diese Kategorie gibt es nicht.')
  if (
    db
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.slug, data.slug), existing ? ne(partners.id, existing.id) : undefined))
      .get()
  ) {
    throw new FieldError('slug', 'Dieser Slug ist schon vergeben.')
  }
  assertImageUsable(user, data.imageId, existing?.logoImageId ?? null)
  const input = partnerInput(data, data.imageId || null)
  return writeTransaction(db, (tx) => {
    if (data.imageId)
      tx.update(images)
        .set({ alt: data.imageAlt?.trim() ?? '' })
        .where(eq(images.id, data.imageId))
        .run()
    const meta = { authorId: user.id, source: 'edit' as const }
    const id = existing
      ? (updatePartner(tx, existing.id, input, change, meta), existing.id)
      : insertPartner(tx, input, change, meta)
    recordAudit(tx, {
      action:
        change.status !== existing?.status && change.status === 'published'
          ? 'partner.publish'
          : existing
            ? 'partner.update'
            : 'partner.create',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'partner',
      entityId: id,
      details: { name: input.name, status: change.status },
    })
    return id
  })
}

export async function transitionPartner(id: number, transition: Transition): Promise<void> {
  const user = await requireRole('editor', 'admin')
  const db = getDb()
  const item = db
    .select({ status: partners.status, name: partners.name })
    .from(partners)
    .where(eq(partners.id, id))
    .get()
  if (!item) throw new UserError('Diesen Partner gibt es nicht (mehr).')
  const change = statusAfterTransition(user.role, item.status, transition)
  if ('error' in change) throw new UserError(change.error)
  writeTransaction(db, (tx) => {
    setPartnerStatus(tx, id, change, { authorId: user.id, source: 'workflow' })
    recordAudit(tx, {
      action: `partner.${transition}`,
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'partner',
      entityId: id,
      details: { name: item.name, from: item.status },
    })
  })
}

export async function deletePartner(id: number): Promise<void> {
  const user = await requireRole('admin')
  const db = getDb()
  const item = db.select().from(partners).where(eq(partners.id, id)).get()
  if (!item) throw new UserError('Diesen Partner gibt es nicht (mehr).')
  writeTransaction(db, (tx) => {
    invalidate(tx, cacheTags.partner(tx, id))
    removeFromSearch(tx, 'partner', id)
    tx.delete(partners).where(eq(partners.id, id)).run()
    deleteImageIfUnused(tx, item.logoImageId)
    recordAudit(tx, {
      action: 'partner.delete',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'partner',
      entityId: id,
      details: { name: item.name, slug: item.slug },
    })
  })
}
