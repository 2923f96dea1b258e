import 'server-only'
import { eq } from 'drizzle-orm'
import { getDb } from '../client'
import { requireUser, UserError } from '../auth/guard'
import { insertImage } from '../store/images'
import { recordAudit } from '../store/journal'
import { loginThrottle } from '../schema'
import { writeTransaction } from '../tx'
import { now } from '@/lib/clock'
import { ImageError, processImage, type ImageKind } from '@/lib/images'

/*
 * Image uploads from the backend. Any signed-in user may upload (partners for their own profile
 * and proposals); what an image may be attached to is checked where it is attached. At most 10
 * uploads per user and hour.
 */

export const UPLOADS_PER_HOUR = 10

export class RateLimited extends Error {}

function countUpload(userId: number): boolean {
  const db = getDb()
  const key = `upload:${userId}`
  const at = now()
  let allowed = true
  writeTransaction(db, (tx) => {
    const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get()
    const inWindow = row && at.getTime() - row.windowStart.getTime() < 60 * 60 * 1000
    const count = inWindow ? row.failures + 1 : 1
    allowed = count <= UPLOADS_PER_HOUR
    tx.insert(loginThrottle)
      .values({
        key,
        failures: count,
        windowStart: inWindow ? row.windowStart : at,
        lockCount: 0,
        updatedAt: at,
      })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: { failures: count, windowStart: inWindow ? row.windowStart : at, updatedAt: at },
      })
      .run()
  })
  return allowed
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
