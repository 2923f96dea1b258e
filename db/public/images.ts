import 'server-only'
import { eq, sql } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import sharp from 'sharp'
import { getDb } from '../client'
import { images } from '../schema'
import type { CurrentUser } from '../auth/session'
import { TAGS } from '@/lib/cache-tags'
import { isEditorial } from '@/lib/workflow'

/*
 * Image bytes for the /bilder route, and who may see them. An id never changes its picture (a new
 * upload gets a new id), so a resized copy can be cached until the image is deleted. Whether it
 * may be shown is decided separately: visitors only see images a published item shows, and that
 * answer is renewed whenever news or partners change.
 */

export const IMAGE_WIDTHS = [160, 320, 640, 1024, 1600] as const

export async function getImageVariant(
  id: string,
  width: number | null,
): Promise<{ data: Uint8Array; sha256: string } | null> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.image(id))
  const row = getDb()
    .select({ data: images.data, width: images.width, sha256: images.sha256 })
    .from(images)
    .where(eq(images.id, id))
    .get()
  if (!row) return null
  if (!width || width >= row.width) return { data: new Uint8Array(row.data), sha256: row.sha256 }
  const data = await sharp(row.data).resize({ width }).webp({ quality: 82 }).toBuffer()
  return { data: new Uint8Array(data), sha256: `${row.sha256}-${width}` }
}

/** Whether something published shows the image: as picture or logo, or inside its text. */
export async function isImagePublic(id: string): Promise<boolean> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.news, TAGS.partners, TAGS.events, TAGS.pages, TAGS.image(id))
  const path = `/bilder/${id}.webp`
  const row = getDb().get<{ shown: number }>(sql`SELECT
      EXISTS (SELECT 1 FROM news WHERE status = 'published' AND (image_id = ${id} OR instr(body, ${path}) > 0))
      OR EXISTS (SELECT 1 FROM partners WHERE status = 'published' AND (logo_image_id = ${id} OR instr(body, ${path}) > 0))
      OR EXISTS (SELECT 1 FROM events WHERE status = 'published' AND instr(body, ${path}) > 0)
      OR EXISTS (SELECT 1 FROM pages WHERE instr(body, ${path}) > 0)
      AS shown`)
  return row?.shown === 1
}

/**
 * Whether a signed-in user may see an image that is not public: editors and admins see every
 * image; a partner sees what its organisation's accounts uploaded and what its items and profile use.
 */
export function mayUserSeeImage(user: CurrentUser, id: string): boolean {
  const db = getDb()
  if (isEditorial(user.role))
    return !!db.select({ id: images.id }).from(images).where(eq(images.id, id)).get()
  const partnerId = user.partnerId ?? -1
  const row = db.get<{ allowed: number }>(sql`SELECT
      EXISTS (SELECT 1 FROM images i JOIN users u ON u.id = i.uploaded_by
        WHERE i.id = ${id} AND (u.id = ${user.id} OR u.partner_id = ${partnerId}))
      OR EXISTS (SELECT 1 FROM news WHERE image_id = ${id} AND partner_id = ${partnerId})
      OR EXISTS (SELECT 1 FROM partners WHERE logo_image_id = ${id} AND id = ${partnerId})
      AS allowed`)
  return row?.allowed === 1
}
