import 'server-only'
import { desc, eq, inArray, like } from 'drizzle-orm'
import { getDb } from '../client'
import * as cacheTags from '../cache/tags'
import { invalidate } from '../cache/invalidate'
import { requireRole, UserError } from '../auth/guard'
import { recordAudit } from '../store/journal'
import { images, news, partners, submissions, users } from '../schema'
import type { Tx } from '../tx'
import { writeTransaction } from '../tx'

/*
 * "Medien": every stored image with its alt text, credit, size and where it is shown, for the
 * editors. An image that a news item, a partner logo or a pending profile proposal uses cannot
 * be deleted; the picker in the news form offers these images for reuse.
 */

const LIST_LIMIT = 300

type Usage = { kind: 'news' | 'partner' | 'proposal'; id: number; title: string }

function usages(tx: Tx | ReturnType<typeof getDb>, ids: string[]): Map<string, Usage[]> {
  const map = new Map<string, Usage[]>()
  if (ids.length === 0) return map
  const add = (imageId: string | null, usage: Usage) => {
    if (!imageId) return
    map.set(imageId, [...(map.get(imageId) ?? []), usage])
  }
  for (const row of tx
    .select({ id: news.id, title: news.title, imageId: news.imageId })
    .from(news)
    .where(inArray(news.imageId, ids))
    .all())
    add(row.imageId, { kind: 'news', id: row.id, title: row.title })
  for (const row of tx
    .select({ id: partners.id, title: partners.name, imageId: partners.logoImageId })
    .from(partners)
    .where(inArray(partners.logoImageId, ids))
    .all())
    add(row.imageId, { kind: 'partner', id: row.id, title: row.title })
  return map
}

/** A pending proposal names its logo inside its JSON; the id is a UUID, so a text match is exact. */
function proposalUsing(tx: Tx | ReturnType<typeof getDb>, imageId: string): Usage | null {
  const row = tx
    .select({ id: submissions.id, partnerId: submissions.partnerId })
    .from(submissions)
    .where(like(submissions.data, `%"${imageId}"%`))
    .all()
    .find(Boolean)
  return row ? { kind: 'proposal', id: row.partnerId, title: 'Profilvorschlag' } : null
}

export async function listMedia(kind?: 'photo' | 'logo') {
  await requireRole('editor', 'admin')
  const db = getDb()
  const rows = db
    .select({
      id: images.id,
      kind: images.kind,
      width: images.width,
      height: images.height,
      byteSize: images.byteSize,
      alt: images.alt,
      credit: images.credit,
      createdAt: images.createdAt,
      uploadedBy: users.name,
    })
    .from(images)
    .leftJoin(users, eq(users.id, images.uploadedBy))
    .where(kind ? eq(images.kind, kind) : undefined)
    .orderBy(desc(images.createdAt))
    .limit(LIST_LIMIT)
    .all()
  const used = usages(
    db,
    rows.map((row) => row.id),
  )
  return rows.map((row) => ({ ...row, usedBy: used.get(row.id) ?? [] }))
}

/** Images an editor may pick in the news form instead of uploading again. */
export async function listPhotoOptions() {
  const media = (await listMedia('photo')).slice(0, 60)
  return media.map(({ id, alt, credit, width, height }) => ({ id, alt, credit, width, height }))
}

export async function deleteImage(imageId: string): Promise<void> {
  const user = await requireRole('editor', 'admin')
  const db = getDb()
  writeTransaction(db, (tx) => {
    const image = tx.select({ id: images.id }).from(images).where(eq(images.id, imageId)).get()
    if (!image) throw new UserError('Dieses Bild gibt es nicht (mehr).')
    const used = [...(usages(tx, [imageId]).get(imageId) ?? [])]
    const proposal = proposalUsing(tx, imageId)
    if (proposal) used.push(proposal)
    if (used.length > 0)
      throw new UserError(
        `Das Bild wird noch verwendet (${used.map((u) => u.title).join(', ')}) und kann nicht gelöscht werden.`,
      )
    tx.delete(images).where(eq(images.id, imageId)).run()
    invalidate(tx, cacheTags.image(imageId))
    recordAudit(tx, {
      action: 'image.delete',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'image',
      entityId: imageId,
    })
  })
}
