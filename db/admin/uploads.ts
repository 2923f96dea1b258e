import 'server-only'
import { getDb } from '../client'
import { requireUser, UserError } from '../auth/guard'
import { allowHit } from '../auth/rate-limit'
import { insertImage } from '../store/images'
import { recordAudit } from '../store/journal'
import { writeTransaction } from '../tx'
import { ImageError, processImage, type ImageKind } from '@/lib/images'

/*
 * Image uploads from the backend. Any signed-in user may upload (partners for their own profile
 * and proposals); what an image may be attached to is checked where it is attached. At most 10
 * uploads per user and hour.
 */

export const UPLOADS_PER_HOUR = 10

export class RateLimited extends Error {}

const UPLOAD_WINDOW = { limit: UPLOADS_PER_HOUR, windowMs: 60 * 60 * 1000 }

function countUpload(userId: number): boolean {
  return allowHit(getDb(), `upload:${userId}`, UPLOAD_WINDOW)
}

export async function storeUpload(
  bytes: Uint8Array,
  kind: ImageKind,
  clientAddress: string | null,
) {
  const user = await requireUser()
  if (!countUpload(user.id)) throw new RateLimited()
  let image
  try {
    image = await processImage(bytes, kind)
  } catch (error) {
    if (error instanceof ImageError) throw new UserError(error.message)
    throw error
  }
  const db = getDb()
  return writeTransaction(db, (tx) => {
    const id = insertImage(tx, image, { kind, alt: '', uploadedBy: user.id })
    recordAudit(tx, {
      action: 'image.upload',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'image',
      entityId: id,
      details: { kind, bytes: bytes.byteLength },
      clientAddress,
    })
    return { id, width: image.width, height: image.height }
  })
}
