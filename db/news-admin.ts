import 'server-only'
import { and, count, desc, eq, inArray, like, ne, or, sql, type SQL } from 'drizzle-orm'
import { getDb } from './client'
import {
  newsSnapshot,
  insertNews,
  setNewsStatus,
  updateNews,
  type NewsInput,
  newsCacheTags,
} from './content-write'
import { invalidate } from './cache-invalidation'
import { FieldError, Forbidden, requireRole, requireUser, UserError } from './guard'
import { recordAudit } from './journal'
import { images, news, partners, users, type ContentStatus } from './schema'
import { removeFromSearch } from './search-index'
import type { CurrentUser } from './session'
import { writeTransaction } from './tx'
import { now } from '@/lib/clock'
import { berlinLocalToInstant } from '@/lib/dates'
import { splitTags, type NewsAction } from '@/lib/validation/news'
import {
  isEditorial,
  statusAfterSave,
  statusAfterTransition,
  type Transition,
} from '@/lib/workflow'

/*
 * News in the editorial backend. Editors and admins see and change everything; a partner sees
 * and proposes only news about its own organisation, and never publishes. Every function checks
 * the caller itself, whatever page or action calls it.
 */

export const ADMIN_PAGE_SIZE = 25

export type AdminNewsRow = {
  id: number
  title: string
  slug: string
  status: ContentStatus
  date: string
  publishAt: Date | null
  updatedAt: Date
  authorName: string | null
  partnerName: string | null
}

function scopeFor(user: CurrentUser): SQL | undefined {
  if (isEditorial(user.role)) return undefined
  if (!user.partnerId) return sql`0`
  return eq(news.partnerId, user.partnerId)
}

export async function listNewsAdmin(query: {
  status: ContentStatus | null
  q: string
  page: number
}) {
  const user = await requireUser()
  const db = getDb()
  const text = query.q.trim().slice(0, 100)
  const where = and(
    scopeFor(user),
    query.status ? eq(news.status, query.status) : undefined,
    text ? or(like(news.title, `%${text}%`), like(news.slug, `%${text}%`)) : undefined,
  )
  const total = db.select({ n: count() }).from(news).where(where).get()?.n ?? 0
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE))
  const page = Math.min(Math.max(1, query.page), pageCount)
  const rows: AdminNewsRow[] = db
    .select({
      id: news.id,
      title: news.title,
      slug: news.slug,
      status: news.status,
      date: news.date,
      publishAt: news.publishAt,
      updatedAt: news.updatedAt,
      authorName: users.name,
      partnerName: partners.name,
    })
    .from(news)
    .leftJoin(users, eq(users.id, news.authorId))
    .leftJoin(partners, eq(partners.id, news.partnerId))
    .where(where)
    .orderBy(desc(news.updatedAt), desc(news.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((page - 1) * ADMIN_PAGE_SIZE)
    .all()
  return { rows, total, page, pageCount }
}

export type NewsEdit = NonNullable<ReturnType<typeof newsSnapshot>> & {
  image: { id: string; alt: string; credit: string | null } | null
}

function loadForEdit(user: CurrentUser, id: number): NewsEdit {
  const db = getDb()
  const snapshot = newsSnapshot(db, id)
  if (!snapshot) throw new UserError('Diese Meldung gibt es nicht (mehr).')
  if (!isEditorial(user.role) && (!user.partnerId || snapshot.partnerId !== user.partnerId))
    throw new Forbidden()
  const image = snapshot.imageId
    ? (db
        .select({ id: images.id, alt: images.alt, credit: images.credit })
        .from(images)
        .where(eq(images.id, snapshot.imageId))
        .get() ?? null)
    : null
  return { ...snapshot, image }
}

export async function getNewsForEdit(id: number): Promise<NewsEdit | null> {
  const user = await requireUser()
  try {
    return loadForEdit(user, id)
  } catch (error) {
    if (error instanceof UserError) return null
    throw error
  }
}

function toInput(data: NewsAction, user: CurrentUser, existingPartnerId: number | null): NewsInput {
  const ownOrganisation = isEditorial(user.role) ? existingPartnerId : user.partnerId
  // Partners write about their own organisation; which one is never taken from the form.
  const partnerIds = isEditorial(user.role) ? data.partnerIds : [user.partnerId!]
  return {
    slug: data.slug,
    title: data.title,
    lead: data.lead,
    body: data.body,
    place: data.place,
    date: data.date,
    imageId: data.imageId || null,
    contactName: data.contactName,
    contactRole: data.contactRole,
    contactOrganisation: data.contactOrganisation,
    contactPhone: data.contactPhone,
    contactEmail: data.contactEmail,
    links: data.links,
    partnerIds,
    tagNames: splitTags(data.tags),
    partnerId: ownOrganisation,
  }
}

const AUDIT_FOR_STATUS: Partial<Record<ContentStatus, string>> = {
  published: 'news.publish',
  scheduled: 'news.schedule',
  in_review: 'news.submit',
}

/** Creates or updates a news item from the form; returns its id. */
export async function saveNews(data: NewsAction): Promise<number> {
  const user = await requireUser()
  if (!isEditorial(user.role) && !user.partnerId)
    throw new UserError('Ihr Konto ist keiner Organisation zugeordnet.')
  const db = getDb()
  const existing = data.id ? loadForEdit(user, data.id) : null
  const at = now()
  let publishAt: Date | null = null
  if (data.intent === 'schedule') {
    if (!data.publishAt)
      throw new FieldError('publishAt', 'Bitte Datum und Uhrzeit für die Veröffentlichung angeben.')
    publishAt = berlinLocalToInstant(data.publishAt)
  }
  const change = statusAfterSave(
    user.role,
    existing?.status ?? null,
    data.intent,
    publishAt ?? existing?.publishAt ?? null,
    at,
  )
  if ('error' in change) throw new UserError(change.error)

  const slugTaken = db
    .select({ id: news.id })
    .from(news)
    .where(and(eq(news.slug, data.slug), existing ? ne(news.id, existing.id) : undefined))
    .get()
  if (slugTaken)
    throw new FieldError('slug', 'Dieser Slug ist schon vergeben. Bitte einen anderen wählen.')
  if (
    data.imageId &&
    !db.select({ id: images.id }).from(images).where(eq(images.id, data.imageId)).get()
  ) {
    throw new FieldError('imageId', 'Das Bild gibt es nicht (mehr). Bitte erneut hochladen.')
  }
  if (data.partnerIds.length > 0 && isEditorial(user.role)) {
    const known =
      db.select({ n: count() }).from(partners).where(inArray(partners.id, data.partnerIds)).get()
        ?.n ?? 0
    if (known !== new Set(data.partnerIds).size)
      throw new FieldError('partnerIds', 'Ein ausgewählter Partner existiert nicht.')
  }

  const input = toInput(data, user, existing?.partnerId ?? null)
  return writeTransaction(db, (tx) => {
    if (data.imageId) {
      tx.update(images)
        .set({ alt: data.imageAlt?.trim() ?? '', credit: data.imageCredit })
        .where(eq(images.id, data.imageId))
        .run()
    }
    let id: number
    if (existing) {
      updateNews(tx, existing.id, input, change, { authorId: user.id, source: 'edit' })
      id = existing.id
    } else {
      id = insertNews(tx, input, change, { authorId: user.id, source: 'edit' })
    }
    const action =
      change.status !== existing?.status && AUDIT_FOR_STATUS[change.status]
        ? AUDIT_FOR_STATUS[change.status]!
        : existing
          ? 'news.update'
          : 'news.create'
    recordAudit(tx, {
      action,
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'news',
      entityId: id,
      details: {
        title: input.title,
        status: change.status,
        ...(change.publishAt ? { publishAt: change.publishAt.toISOString() } : {}),
      },
    })
    return id
  })
}

export async function transitionNews(id: number, transition: Transition): Promise<void> {
  const user = await requireRole('editor', 'admin')
  const db = getDb()
  const item = loadForEdit(user, id)
  const change = statusAfterTransition(user.role, item.status, transition)
  if ('error' in change) throw new UserError(change.error)
  writeTransaction(db, (tx) => {
    setNewsStatus(tx, id, change, { authorId: user.id, source: 'workflow' })
    recordAudit(tx, {
      action: `news.${transition}`,
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'news',
      entityId: id,
      details: { title: item.title, from: item.status },
    })
  })
}

/** Editors decide on a partner's proposal: publish it, or send it back with a note. */
export async function reviewNews(
  id: number,
  decision: 'approve' | 'reject',
  note: string | null,
): Promise<void> {
  const user = await requireRole('editor', 'admin')
  const db = getDb()
  const item = loadForEdit(user, id)
  if (item.status !== 'in_review') throw new UserError('Diese Meldung wartet nicht auf Prüfung.')
  if (decision === 'reject' && !note)
    throw new FieldError('note', 'Bitte begründen Sie die Ablehnung für den Partner.')
  writeTransaction(db, (tx) => {
    tx.update(news)
      .set({ reviewNote: decision === 'reject' ? note : null })
      .where(eq(news.id, id))
      .run()
    setNewsStatus(
      tx,
      id,
      { status: decision === 'approve' ? 'published' : 'draft' },
      { authorId: user.id, source: 'review' },
    )
    recordAudit(tx, {
      action: decision === 'approve' ? 'news.review_approve' : 'news.review_reject',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'news',
      entityId: id,
      details: { title: item.title, ...(note ? { note } : {}) },
    })
  })
}

export async function deleteNews(id: number): Promise<void> {
  const user = await requireRole('admin')
  const db = getDb()
  const item = loadForEdit(user, id)
  writeTransaction(db, (tx) => {
    invalidate(tx, newsCacheTags(id, item.partnerIds))
    removeFromSearch(tx, 'news', id)
    tx.run(sql`UPDATE events SET report_news_id = NULL WHERE report_news_id = ${id}`)
    tx.delete(news).where(eq(news.id, id)).run()
    recordAudit(tx, {
      action: 'news.delete',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'news',
      entityId: id,
      details: { title: item.title, slug: item.slug },
    })
  })
}

/** Options for the "related partners" picker. */
export async function listPartnerOptions(): Promise<{ id: number; name: string }[]> {
  await requireRole('editor', 'admin')
  return getDb()
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .orderBy(partners.sortName)
    .all()
}
