import 'server-only'
import { and, asc, count, desc, eq, like, ne, or } from 'drizzle-orm'
import { getDb } from '../client'
import { invalidate } from '../cache/invalidate'
import { statusForSave } from './editorial'
import { FieldError, Forbidden, requireRole, UserError } from '../auth/guard'
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
import { categories, images, partners, submissions, users, type ContentStatus } from '../schema'
import { removeFromSearch } from '../store/search-index'
import type { CurrentUser } from '../auth/session'
import { writeTransaction } from '../tx'
import { TAGS } from '@/lib/cache-tags'
import { now } from '@/lib/clock'
import type { PartnerAction, ProfileProposal } from '@/lib/validation/partner'
import { statusAfterTransition, type Transition } from '@/lib/workflow'

/*
 * Partner profiles in the backend. Editors and admins edit profiles directly. A partner account
 * edits only its own organisation's profile, and only as a proposal: it is stored as a pending
 * submission and the published profile stays as it is until an editor approves.
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
    })
    .from(partners)
    .innerJoin(categories, eq(categories.id, partners.categoryId))
    .where(where)
    .orderBy(asc(partners.sortName))
    .limit(PARTNER_PAGE_SIZE)
    .offset((page - 1) * PARTNER_PAGE_SIZE)
    .all()
  return {
    rows: rows.map((r) => ({ ...r, authorName: null, partnerName: r.category })),
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

function withLogo(snapshot: NonNullable<ReturnType<typeof partnerSnapshot>>) {
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

function toInput(
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
  const input = toInput(data, data.imageId || null)
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
    invalidate(tx, [TAGS.partners, TAGS.partner(id), TAGS.search, TAGS.news, TAGS.events])
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

// ---------------------------------------------------------------------------------------------
// A partner's own profile
// ---------------------------------------------------------------------------------------------

function ownPartnerId(user: CurrentUser): number {
  if (user.role !== 'partner') throw new Forbidden()
  if (!user.partnerId)
    throw new UserError(
      'Ihr Konto ist keiner Organisation zugeordnet. Bitte wenden Sie sich an die Verwaltung.',
    )
  return user.partnerId
}

export async function getOwnProfile() {
  const user = await requireRole('partner')
  const partnerId = ownPartnerId(user)
  const db = getDb()
  const snapshot = partnerSnapshot(db, partnerId)
  if (!snapshot) throw new UserError('Ihre Organisation gibt es nicht (mehr).')
  const pending = db
    .select()
    .from(submissions)
    .where(and(eq(submissions.partnerId, partnerId), eq(submissions.status, 'pending')))
    .orderBy(desc(submissions.id))
    .get()
  const lastDecision = db
    .select({
      status: submissions.status,
      reviewComment: submissions.reviewComment,
      reviewedAt: submissions.reviewedAt,
    })
    .from(submissions)
    .where(and(eq(submissions.partnerId, partnerId), ne(submissions.status, 'pending')))
    .orderBy(desc(submissions.id))
    .get()
  return {
    profile: withLogo(snapshot),
    pending: pending ? { ...pending, data: JSON.parse(pending.data) as ProfileProposal } : null,
    lastDecision: lastDecision ?? null,
  }
}

/** Stores a partner's proposal for review; a newer proposal replaces a pending older one. */
export async function submitProfileChange(data: ProfileProposal): Promise<void> {
  const user = await requireRole('partner')
  const partnerId = ownPartnerId(user)
  const db = getDb()
  const current = db
    .select({ logoImageId: partners.logoImageId, name: partners.name })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .get()
  if (!current) throw new UserError('Ihre Organisation gibt es nicht (mehr).')
  const pendingLogo = db
    .select({ data: submissions.data })
    .from(submissions)
    .where(and(eq(submissions.partnerId, partnerId), eq(submissions.status, 'pending')))
    .get()
  const pendingImage = pendingLogo
    ? (JSON.parse(pendingLogo.data) as ProfileProposal).imageId
    : null
  if (data.imageId && data.imageId !== pendingImage)
    assertImageUsable(user, data.imageId, current.logoImageId)
  const at = now()
  writeTransaction(db, (tx) => {
    tx.update(submissions)
      .set({
        status: 'rejected',
        reviewComment: 'Durch eine neuere Einreichung ersetzt.',
        reviewedAt: at,
        updatedAt: at,
      })
      .where(and(eq(submissions.partnerId, partnerId), eq(submissions.status, 'pending')))
      .run()
    const id = tx
      .insert(submissions)
      .values({
        partnerId,
        data: JSON.stringify(data),
        status: 'pending',
        submittedBy: user.id,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: submissions.id })
      .get().id
    recordAudit(tx, {
      action: 'partner.profile_submit',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'partner',
      entityId: partnerId,
      details: { submission: id, name: current.name },
    })
  })
}

// ---------------------------------------------------------------------------------------------
// Review of profile proposals
// ---------------------------------------------------------------------------------------------

export async function listPendingSubmissions() {
  await requireRole('editor', 'admin')
  return getDb()
    .select({
      id: submissions.id,
      partnerId: submissions.partnerId,
      partnerName: partners.name,
      createdAt: submissions.createdAt,
      submittedBy: users.name,
    })
    .from(submissions)
    .innerJoin(partners, eq(partners.id, submissions.partnerId))
    .leftJoin(users, eq(users.id, submissions.submittedBy))
    .where(eq(submissions.status, 'pending'))
    .orderBy(asc(submissions.createdAt))
    .all()
}

export async function getSubmission(id: number) {
  await requireRole('editor', 'admin')
  const db = getDb()
  const row = db.select().from(submissions).where(eq(submissions.id, id)).get()
  if (!row) return null
  const current = partnerSnapshot(db, row.partnerId)
  if (!current) return null
  const proposal = JSON.parse(row.data) as ProfileProposal
  return { submission: row, current: withLogo(current), proposal }
}

export async function reviewSubmission(
  id: number,
  decision: 'approve' | 'reject',
  comment: string | null,
): Promise<void> {
  const user = await requireRole('editor', 'admin')
  const db = getDb()
  const row = db.select().from(submissions).where(eq(submissions.id, id)).get()
  if (!row || row.status !== 'pending')
    throw new UserError('Diese Einreichung wartet nicht (mehr) auf Prüfung.')
  if (decision === 'reject' && !comment)
    throw new FieldError('note', 'Bitte begründen Sie die Ablehnung für den Partner.')
  const current = db.select().from(partners).where(eq(partners.id, row.partnerId)).get()
  if (!current) throw new UserError('Diesen Partner gibt es nicht (mehr).')
  const proposal = JSON.parse(row.data) as ProfileProposal
  const at = now()
  writeTransaction(db, (tx) => {
    // Checked again under the write lock: of two decisions at once, only the first counts.
    const still = tx
      .select({ status: submissions.status })
      .from(submissions)
      .where(eq(submissions.id, id))
      .get()
    if (still?.status !== 'pending')
      throw new UserError('Diese Einreichung wartet nicht (mehr) auf Prüfung.')
    if (decision === 'approve') {
      if (
        proposal.imageId &&
        !tx.select({ id: images.id }).from(images).where(eq(images.id, proposal.imageId)).get()
      ) {
        throw new UserError(
          'Das eingereichte Logo gibt es nicht mehr. Bitte den Partner um ein neues.',
        )
      }
      if (proposal.imageId)
        tx.update(images)
          .set({ alt: proposal.imageAlt?.trim() ?? '' })
          .where(eq(images.id, proposal.imageId))
          .run()
      updatePartner(
        tx,
        current.id,
        toInput(
          {
            ...proposal,
            name: current.name,
            slug: current.slug,
            categoryId: current.categoryId,
            region: current.region,
          },
          proposal.imageId === '' ? null : (proposal.imageId ?? current.logoImageId),
        ),
        null,
        { authorId: user.id, source: 'review' },
      )
    }
    tx.update(submissions)
      .set({
        status: decision === 'approve' ? 'approved' : 'rejected',
        reviewedBy: user.id,
        reviewComment: comment,
        reviewedAt: at,
        updatedAt: at,
      })
      .where(eq(submissions.id, id))
      .run()
    recordAudit(tx, {
      action: decision === 'approve' ? 'partner.profile_approve' : 'partner.profile_reject',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'partner',
      entityId: current.id,
      details: { submission: id, name: current.name, ...(comment ? { comment } : {}) },
    })
  })
}
