import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FieldError } from '@/db/auth/guard'
import { saveNews } from '@/db/admin/news'
import { getNewsList } from '@/db/public/news'
import { images, news, slugRedirects, tags } from '@/db/schema'
import { backendDatabase, newsForm, signedIn } from '../helpers/backend'

vi.mock('@/db/auth/session', async () => {
  const { signedIn } = await import('../helpers/backend')
  return { getCurrentUser: async () => signedIn.user, clientAddress: async () => null }
})
// The public readers run outside Next.js here: their cache directives have nothing to talk to.
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }))

/*
 * What a partner saves is a proposal: nothing of it may change what visitors see before an
 * editor publishes it — not the text of an image that published items show, not another item's
 * old address, not the list of topics.
 */

let ctx: ReturnType<typeof backendDatabase>
beforeEach(() => {
  ctx = backendDatabase()
})
afterEach(() => ctx.cleanup())

function image(uploadedBy: number, alt: string): string {
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
      alt,
      credit: 'Foto: Cluster',
      data: Buffer.from('webp'),
      uploadedBy,
      createdAt: new Date(),
    })
    .run()
  return id
}

async function refusal(promise: Promise<unknown>): Promise<FieldError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(FieldError)
  return error as FieldError
}

describe("a partner's draft", () => {
  it('cannot rewrite alt text or credit of an image a published item shows', async () => {
    const shared = image(ctx.partnerUserA.id, 'Hörsaal mit Publikum')
    signedIn.user = ctx.editor
    await saveNews(
      newsForm({
        slug: 'veroeffentlicht',
        imageId: shared,
        imageAlt: 'Hörsaal mit Publikum',
        imageCredit: 'Foto: Cluster',
        intent: 'publish',
      }),
    )
    signedIn.user = ctx.partnerUserA
    const error = await refusal(
      saveNews(
        newsForm({
          slug: 'entwurf',
          imageId: shared,
          imageAlt: 'Leerer Saal, niemand kam',
          imageCredit: 'Foto: Konkurrenz',
        }),
      ),
    )
    expect(error.field).toBe('imageAlt')
    expect(ctx.db.select().from(images).where(eq(images.id, shared)).get()).toMatchObject({
      alt: 'Hörsaal mit Publikum',
      credit: 'Foto: Cluster',
    })
    // Using the image with its text unchanged is fine, and an image only the draft uses is the
    // partner's to describe.
    await saveNews(
      newsForm({
        slug: 'entwurf',
        imageId: shared,
        imageAlt: 'Hörsaal mit Publikum',
        imageCredit: 'Foto: Cluster',
      }),
    )
    const own = image(ctx.partnerUserA.id, '')
    await saveNews(newsForm({ slug: 'entwurf-2', imageId: own, imageAlt: 'Unser Stand' }))
    expect(ctx.db.select().from(images).where(eq(images.id, own)).get()?.alt).toBe('Unser Stand')
  })

  it("cannot take another item's old address, nor end its redirect", async () => {
    signedIn.user = ctx.editor
    const published = await saveNews(newsForm({ slug: 'alte-adresse', intent: 'publish' }))
    await saveNews(newsForm({ id: published, slug: 'neue-adresse', intent: 'publish' }))
    const redirect = () =>
      ctx.db.select().from(slugRedirects).where(eq(slugRedirects.oldSlug, 'alte-adresse')).get()
    expect(redirect()?.entityId).toBe(published)

    signedIn.user = ctx.partnerUserA
    expect((await refusal(saveNews(newsForm({ slug: 'alte-adresse' })))).field).toBe('slug')
    const draft = await saveNews(newsForm({ slug: 'mein-entwurf' }))
    expect((await refusal(saveNews(newsForm({ id: draft, slug: 'alte-adresse' })))).field).toBe(
      'slug',
    )
    expect(redirect()?.entityId).toBe(published)
    expect(ctx.db.select().from(news).where(eq(news.id, draft)).get()?.slug).toBe('mein-entwurf')
  })

  it('does not put its new tags on the public news list', async () => {
    signedIn.user = ctx.editor
    await saveNews(newsForm({ slug: 'oeffentlich', tags: 'Wasserstoff', intent: 'publish' }))
    signedIn.user = ctx.partnerUserA
    await saveNews(newsForm({ slug: 'entwurf', tags: 'Wasserstoff, Skandal bei Beta AG' }))
    expect(
      ctx.db
        .select()
        .from(tags)
        .all()
        .map((t) => t.slug),
    ).toContain('skandal-bei-beta-ag')

    const list = (tag: string | null) => getNewsList({ page: 1, year: null, tag })
    const hidden = await list('skandal-bei-beta-ag')
    expect(hidden.tag).toBeNull()
    expect(hidden.unknownTag).toBe(true)
    expect(hidden.tags.map((t) => t.slug)).toEqual(['wasserstoff'])
    expect((await list('wasserstoff')).tag).toEqual({ slug: 'wasserstoff', name: 'Wasserstoff' })
  })
})
