import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { NEWS_KIND } from '@/db/admin/editorial'
import { transitionItem } from '@/db/admin/workflow'
import { saveNews } from '@/db/admin/news'
import { isImagePublic, mayUserSeeImage } from '@/db/public/images'
import { images } from '@/db/schema'
import { backendDatabase, newsForm, signedIn } from '../helpers/backend'

vi.mock('@/db/auth/session', async () => {
  const { signedIn } = await import('../helpers/backend')
  return { getCurrentUser: async () => signedIn.user, clientAddress: async () => null }
})
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }))

/* Who may fetch a stored image by its id: /bilder serves it only while something visible uses it. */

let ctx: ReturnType<typeof backendDatabase>
beforeEach(() => {
  ctx = backendDatabase()
})
afterEach(() => ctx.cleanup())

function upload(uploadedBy: number): string {
  const id = randomUUID()
  ctx.db
    .insert(images)
    .values({
      id,
      kind: 'photo',
      mimeType: 'image/webp',
      width: 10,
      height: 10,
      byteSize: 4,
      sha256: id,
      sourceSha256: id,
      data: Buffer.from('webp'),
      uploadedBy,
      createdAt: new Date(),
    })
    .run()
  return id
}

describe('image visibility', () => {
  it("follows the item's publication: hidden as a draft, public once published, hidden again when withdrawn", async () => {
    const id = upload(ctx.partnerUserA.id)
    signedIn.user = ctx.partnerUserA
    const newsId = await saveNews(newsForm({ imageId: id, imageAlt: 'Stand', intent: 'submit' }))
    expect(await isImagePublic(id)).toBe(false)

    expect(mayUserSeeImage(ctx.partnerUserA, id)).toBe(true)
    expect(mayUserSeeImage(ctx.editor, id)).toBe(true)
    expect(mayUserSeeImage(ctx.partnerUserB, id)).toBe(false)

    signedIn.user = ctx.editor
    await saveNews(newsForm({ id: newsId, imageId: id, imageAlt: 'Stand', intent: 'publish' }))
    expect(await isImagePublic(id)).toBe(true)
    await transitionItem(NEWS_KIND, newsId, 'withdraw')
    expect(await isImagePublic(id)).toBe(false)
  })

  it("shows another organisation's draft image to nobody but editors and its uploader", () => {
    const id = upload(ctx.partnerUserB.id)
    expect(mayUserSeeImage(ctx.partnerUserA, id)).toBe(false)
    expect(mayUserSeeImage(ctx.partnerUserB, id)).toBe(true)
    expect(mayUserSeeImage(ctx.admin, id)).toBe(true)
    expect(mayUserSeeImage(ctx.admin, randomUUID())).toBe(false)
    // A colleague's upload for the same organisation (a pending profile change, say) is visible.
    const colleague = { ...ctx.partnerUserB, id: ctx.partnerUserA.id + 1000 }
    expect(mayUserSeeImage(colleague, id)).toBe(true)
  })
})
