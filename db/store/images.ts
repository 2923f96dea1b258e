import 'server-only'
import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../client'
import { images } from '../schema'
import type { Tx } from '../tx'
import * as cacheTags from '../cache/tags'
import { invalidate } from '../cache/invalidate'
import { now } from '@/lib/clock'
import type { ImageKind, ProcessedImage } from '@/lib/images'

/** Stores a processed image under a new random id and returns the id. */
export function insertImage(
  tx: Tx | Db,
  image: ProcessedImage,
  meta: { kind: ImageKind; alt: string; credit?: string | null; uploadedBy?: number | null },
): string {
  const id = randomUUID()
  tx.insert(images)
    .values({
      id,
      kind: meta.kind,
      mimeType: image.mimeType,
      width: image.width,
      height: image.height,
      byteSize: image.byteSize,
      sha256: image.sha256,
      sourceSha256: image.sourceSha256,
      alt: meta.alt,
      credit: meta.credit ?? null,
      data: image.data,
      uploadedBy: meta.uploadedBy ?? null,
      createdAt: now(),
    })
    .run()
  return id
}

/** Deletes an image that nothing shows any more (one active logo per partner). */
export function deleteImageIfUnused(tx: Tx | Db, id: string | null | undefined): void {
  if (!id) return
  const deleted = tx.run(sql`DELETE FROM images WHERE id = ${id}
    AND NOT EXISTS (SELECT 1 FROM partners WHERE logo_image_id = ${id})
    AND NOT EXISTS (SELECT 1 FROM news WHERE image_id = ${id})`)
  // The resized copies cached for /bilder go with it.
  if (deleted.changes > 0) invalidate(tx, cacheTags.image(id))
}
