import { desc } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '@/db/client'
import { cacheInvalidations, categories } from '@/db/schema'
import { insertNews, type NewsInput } from '@/db/store/news'
import { insertPartner, setPartnerStatus, type PartnerInput } from '@/db/store/partners'
import { TAGS } from '@/lib/cache-tags'
import { tempDatabase } from '../helpers/db'

/*
 * A write must expire every cached page that shows what it changed, including pages of other
 * entities: what the cache_invalidations rows name is what every server expires.
 */

let ctx: ReturnType<typeof tempDatabase>
beforeEach(() => {
  ctx = tempDatabase()
})
afterEach(() => ctx.cleanup())

const meta = { authorId: null, source: 'edit' as const }

function lastTags(db: Db): string[] {
  const row = db
    .select({ tags: cacheInvalidations.tags })
    .from(cacheInvalidations)
    .orderBy(desc(cacheInvalidations.id))
    .get()
  return row ? row.tags.split(',') : []
}

function partner(db: Db, status: 'draft' | 'published'): number {
  const categoryId = db
    .insert(categories)
    .values({ name: 'Forschung', slug: 'forschung', createdAt: new Date(), updatedAt: new Date() })
    .returning({ id: categories.id })
    .get().id
  const input: PartnerInput = {
    name: 'Institut Nord',
    slug: 'institut-nord',
    categoryId,
    website: null,
    city: null,
    region: null,
    quoteText: null,
    quoteAuthor: null,
    quoteAuthorFunction: null,
    body: '',
    logoImageId: null,
  }
  return insertPartner(db, input, { status, publishAt: null }, meta)
}

function newsNaming(db: Db, partnerIds: number[]): number {
  const input: NewsInput = {
    slug: 'neue-anlage',
    title: 'Neue Anlage',
    lead: null,
    body: 'Text',
    place: null,
    date: '2026-03-01',
    imageId: null,
    contactName: null,
    contactRole: null,
    contactOrganisation: null,
    contactPhone: null,
    contactEmail: null,
    links: [],
    partnerIds,
    tagNames: [],
  }
  return insertNews(db, input, { status: 'published' }, meta)
}

describe('cache invalidation of related pages', () => {
  it('expires the news that name a partner when the partner goes public', () => {
    // The article lists (and tags itself with) published partners only, so it learns of a
    // partner going public only through the partner's write.
    const partnerId = partner(ctx.db, 'draft')
    const newsId = newsNaming(ctx.db, [partnerId])
    setPartnerStatus(ctx.db, partnerId, { status: 'published', publishAt: null }, meta)
    expect(lastTags(ctx.db)).toEqual(
      expect.arrayContaining([TAGS.partner(partnerId), TAGS.partners, TAGS.newsItem(newsId)]),
    )
  })

  it("expires a news item's partners' profiles when the news item is written", () => {
    const partnerId = partner(ctx.db, 'published')
    const newsId = newsNaming(ctx.db, [partnerId])
    expect(lastTags(ctx.db)).toEqual(
      expect.arrayContaining([TAGS.newsItem(newsId), TAGS.news, TAGS.partner(partnerId)]),
    )
  })
})
