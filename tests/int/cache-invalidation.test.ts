import { desc } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as cacheTags from '@/db/cache/tags'
import type { Db } from '@/db/client'
import { cacheInvalidations, categories } from '@/db/schema'
import { insertEvent, type EventInput } from '@/db/store/events'
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

function partner(db: Db, status: 'draft' | 'published', slug = 'institut-nord'): number {
  const categoryId = db
    .insert(categories)
    .values({ name: slug, slug, createdAt: new Date(), updatedAt: new Date() })
    .returning({ id: categories.id })
    .get().id
  const input: PartnerInput = {
    name: slug,
    slug,
    categoryId,
    website: null,
    city: null,
    region: null,
    street: null,
    postalCode: null,
    state: null,
    lat: null,
    lon: null,
    sites: null,
    quoteText: null,
    quoteAuthor: null,
    quoteAuthorFunction: null,
    body: '',
    logoImageId: null,
  }
  return insertPartner(db, input, { status, publishAt: null }, meta)
}

function newsNaming(db: Db, partnerIds: number[], slug = 'neue-anlage'): number {
  const input: NewsInput = {
    slug,
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

function event(db: Db, links: Pick<EventInput, 'organizerPartnerId' | 'reportNewsId'>): number {
  const input: EventInput = {
    slug: 'tag-der-offenen-tuer',
    title: 'Tag der offenen Tür',
    summary: null,
    body: '',
    startsAt: new Date('2026-05-01T08:00:00Z'),
    endsAt: null,
    allDay: false,
    venueName: null,
    venueAddress: null,
    onlineUrl: null,
    registrationUrl: null,
    contactName: null,
    contactRole: null,
    contactPhone: null,
    contactEmail: null,
    ...links,
  }
  return insertEvent(db, input, { status: 'published' }, meta)
}

describe('the cache tags of each entity', () => {
  it("a partner's: its profile, the directory, search, the news and events that name it", () => {
    const partnerId = partner(ctx.db, 'published')
    const newsId = newsNaming(ctx.db, [partnerId])
    const eventId = event(ctx.db, { organizerPartnerId: partnerId, reportNewsId: null })
    const tags = cacheTags.partner(ctx.db, partnerId)
    expect(tags).toEqual(
      expect.arrayContaining([
        TAGS.partner(partnerId),
        TAGS.partners,
        TAGS.search,
        TAGS.newsItem(newsId),
        TAGS.event(eventId),
      ]),
    )
    expect(tags).not.toContain(TAGS.news)
  })

  it("a news item's: its article, the list, search, each partner's profile (also former), its event", () => {
    const first = partner(ctx.db, 'published', 'erster')
    const second = partner(ctx.db, 'published', 'zweiter')
    const former = partner(ctx.db, 'published', 'frueher')
    const unrelated = partner(ctx.db, 'published', 'fremd')
    const newsId = newsNaming(ctx.db, [first, second])
    const eventId = event(ctx.db, { organizerPartnerId: null, reportNewsId: newsId })
    const tags = cacheTags.news(ctx.db, newsId, [former])
    expect(tags).toEqual(
      expect.arrayContaining([
        TAGS.newsItem(newsId),
        TAGS.news,
        TAGS.search,
        TAGS.partner(first),
        TAGS.partner(second),
        TAGS.partner(former),
        TAGS.event(eventId),
      ]),
    )
    expect(tags).not.toContain(TAGS.partner(unrelated))
  })

  it("an event's: its page, the list, search, organiser and report before and after", () => {
    expect(
      cacheTags.event(
        7,
        { organizerPartnerId: 1, reportNewsId: null },
        { organizerPartnerId: 2, reportNewsId: 3 },
      ),
    ).toEqual(
      expect.arrayContaining([
        TAGS.event(7),
        TAGS.events,
        TAGS.search,
        TAGS.partner(1),
        TAGS.partner(2),
        TAGS.newsItem(3),
      ]),
    )
  })

  it("a page's: the page under its old and new slug and the page list", () => {
    expect(cacheTags.page('impressum', 'kontakt')).toEqual(
      expect.arrayContaining([TAGS.pages, TAGS.page('impressum'), TAGS.page('kontakt')]),
    )
  })

  it("an image's text: the news items and profiles that show it", () => {
    const partnerId = partner(ctx.db, 'published')
    const newsId = newsNaming(ctx.db, [])
    expect(cacheTags.imageText(ctx.db, { newsIds: [newsId], partnerIds: [partnerId] })).toEqual(
      expect.arrayContaining([TAGS.newsItem(newsId), TAGS.partner(partnerId), TAGS.partners]),
    )
    expect(cacheTags.image('abc')).toEqual([TAGS.image('abc')])
  })
})
