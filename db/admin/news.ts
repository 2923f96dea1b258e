import 'server-only'
import { forbidden } from 'next/navigation'
import { and, count, eq, inArray, ne } from 'drizzle-orm'
import { getDb } from '../client'
import * as cacheTags from '../cache/tags'
import { invalidate } from '../cache/invalidate'
import { insertNews, updateNews, type NewsInput } from '../store/news'
import {
  assertSlugFree,
  listPage,
  loadEditable,
  NEWS_KIND,
  saveAuditAction,
  statusForSave,
} from './editorial'
import { FieldError, Forbidden, requireRole, requireUser, UserError } from '../auth/guard'
import { recordAudit } from '../store/journal'
import { images, news, partners, type ContentStatus } from '../schema'
import type { CurrentUser } from '../auth/session'
import { writeTransaction, type Tx } from '../tx'
import { splitTags, type NewsAction } from '@/lib/validation/news'
import { isEditorial } from '@/lib/workflow'

/*
 * News in the editorial backend. Editors and admins see and change everything; a partner sees
 * and proposes only news about its own organisation, and never publishes (db/admin/editorial.ts).
 */

export async function listNewsAdmin(query: {
  status: ContentStatus | null
  q: string
  page: number
}) {
  const user = await requireUser()
  return listPage(NEWS_KIND, user, query)
}

function withImage(item: ReturnType<typeof loadNews>) {
  const image = item.imageId
    ? (getDb()
        .select({ id: images.id, alt: images.alt, credit: images.credit })
        .from(images)
        .where(eq(images.id, item.imageId))
        .get() ?? null)
    : null
  return { ...item, image }
}

function loadNews(user: CurrentUser, id: number) {
  return loadEditable(NEWS_KIND, user, id) as NonNullable<
    ReturnType<typeof import('../store/news').newsSnapshot>
  >
}

export type NewsEdit = ReturnType<typeof withImage>

export async function getNewsForEdit(id: number): Promise<NewsEdit | null> {
  const user = await requireUser()
  try {
    return withImage(loadNews(user, id))
  } catch (error) {
    if (error instanceof UserError) return null
    // Another organisation's item: the page answers 403, without showing anything of it.
    if (error instanceof Forbidden) forbidden()
    throw error
  }
}

/** Images a form may attach: any for editors; for partners only their own uploads or the current one. */
export function assertImageUsable(
  user: CurrentUser,
  imageId: string | null | undefined,
  currentImageId: string | null,
): void {
  if (!imageId || imageId === currentImageId) return
  const image = getDb()
    .select({ id: images.id, uploadedBy: images.uploadedBy })
    .from(images)
    .where(eq(images.id, imageId))
    .get()
  if (!image)
    throw new FieldError('imageId', 'Das Bild gibt es nicht (mehr). Bitte erneut hochladen.')
  if (!isEditorial(user.role) && image.uploadedBy !== user.id)
    throw new FieldError('imageId', 'Dieses Bild können Sie nicht verwenden.')
}

/**
 * Alt text and credit belong to the image, and an image may be shown elsewhere too (another
 * item, a partner's logo). A partner changes them only on an image nothing else uses; on a shared
 * one that is the editors' decision. When editors change them, every page showing the image is
 * renewed.
 */
function writeImageText(
  tx: Tx,
  user: CurrentUser,
  imageId: string,
  newsId: number | null,
  text: { alt: string; credit: string | null },
): void {
  const current = tx
    .select({ alt: images.alt, credit: images.credit })
    .from(images)
    .where(eq(images.id, imageId))
    .get()
  if (!current || (current.alt === text.alt && (current.credit ?? null) === text.credit)) return
  const otherNews = tx
    .select({ id: news.id })
    .from(news)
    .where(and(eq(news.imageId, imageId), newsId ? ne(news.id, newsId) : undefined))
    .all()
    .map((row) => row.id)
  const logoOf = tx
    .select({ id: partners.id })
    .from(partners)
    .where(eq(partners.logoImageId, imageId))
    .all()
    .map((row) => row.id)
  if (!isEditorial(user.role) && otherNews.length + logoOf.length > 0)
    throw new FieldError(
      current.alt === text.alt ? 'imageCredit' : 'imageAlt',
      'Dieses Bild wird auch an anderer Stelle gezeigt; Alternativtext und Bildnachweis ändert dort die Redaktion.',
    )
  tx.update(images).set(text).where(eq(images.id, imageId)).run()
  invalidate(tx, cacheTags.imageText(tx, { newsIds: otherNews, partnerIds: logoOf }))
}

/** Creates or updates a news item from the form; returns its id. */
export async function saveNews(data: NewsAction): Promise<number> {
  const user = await requireUser()
  if (!isEditorial(user.role) && !user.partnerId)
    throw new UserError('Ihr Konto ist keiner Organisation zugeordnet.')
  const db = getDb()
  const existing = data.id ? loadNews(user, data.id) : null
  const change = statusForSave(user, existing, data.intent, data.publishAt)
  assertSlugFree(NEWS_KIND, data.slug, existing?.id ?? null, user)
  assertImageUsable(user, data.imageId, existing?.imageId ?? null)
  if (isEditorial(user.role) && data.partnerIds.length > 0) {
    const known =
      db.select({ n: count() }).from(partners).where(inArray(partners.id, data.partnerIds)).get()
        ?.n ?? 0
    if (known !== new Set(data.partnerIds).size)
      throw new FieldError('partnerIds', 'Ein ausgewählter Partner existiert nicht.')
  }
  const input: NewsInput = {
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
    // Partners write about their own organisation; which one is never taken from the form.
    partnerIds: isEditorial(user.role) ? data.partnerIds : [user.partnerId!],
    tagNames: splitTags(data.tags),
    partnerId: isEditorial(user.role) ? (existing?.partnerId ?? null) : user.partnerId,
  }
  return writeTransaction(db, (tx) => {
    if (data.imageId)
      writeImageText(tx, user, data.imageId, existing?.id ?? null, {
        alt: data.imageAlt?.trim() ?? '',
        credit: data.imageCredit ?? null,
      })
    const meta = { authorId: user.id, source: 'edit' as const }
    const id = existing
      ? (updateNews(tx, existing.id, input, change, meta), existing.id)
      : insertNews(tx, input, change, meta)
    recordAudit(tx, {
      action: saveAuditAction(NEWS_KIND, existing?.status ?? null, change.status),
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

/** Options for the "related partners" and "organiser" pickers. */
export async function listPartnerOptions(): Promise<{ id: number; name: string }[]> {
  await requireRole('editor', 'admin')
  return getDb()
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .orderBy(partners.sortName)
    .all()
}

/** Options for an event's report: recent news, newest first. */
export async function listNewsOptions(): Promise<{ id: number; name: string }[]> {
  await requireRole('editor', 'admin')
  return getDb()
    .select({ id: news.id, name: news.title })
    .from(news)
    .orderBy(news.date)
    .all()
    .reverse()
    .slice(0, 500)
}
