import 'server-only'
import { eq } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import sharp from 'sharp'
import { getDb } from './client'
import { images } from './schema'

/*
 * Image bytes for the /bilder route. An id never changes its picture (a new upload gets a new id),
 * so a resized copy can be cached for good.
 */

export const IMAGE_WIDTHS = [160, 320, 640, 1024, 1600] as const

export async function getImageVariant(
  id: string,
  width: number | null,
): Promise<{ data: Uint8Array; sha256: string } | null> {
  'use cache'
  cacheLife('max')
  cacheTag(`image:${id}`)
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
