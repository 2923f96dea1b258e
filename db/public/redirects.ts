import 'server-only'
import { and, eq } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { events, news, pages, partners, slugRedirects } from '../schema'
import { TAGS } from '@/lib/cache-tags'

/* Where an old slug points now: the current public address, if the item is still public. */

type RedirectType = 'news' | 'event' | 'partner' | 'page'

export async function findRedirect(type: RedirectType, oldSlug: string): Promise<string | null> {
  'use cache'
  cacheLife('max')
  cacheTag(
    TAGS.content,
    { news: TAGS.news, event: TAGS.events, partner: TAGS.partners, page: TAGS.pages }[type],
  )
  const db = getDb()
  const row = db
    .select({ entityId: slugRedirects.entityId })
    .from(slugRedirects)
    .where(and(eq(slugRedirects.entityType, type), eq(slugRedirects.oldSlug, oldSlug)))
    .get()
  if (!row) return null
  switch (type) {
    case 'news': {
      const item = db
        .select({ slug: news.slug })
        .from(news)
        .where(and(eq(news.id, row.entityId), eq(news.status, 'published')))
        .get()
      return item ? `/aktuelles/${item.slug}` : null
    }
    case 'event': {
      const item = db
        .select({ slug: events.slug })
        .from(events)
        .where(and(eq(events.id, row.entityId), eq(events.status, 'published')))
        .get()
      return item ? `/veranstaltungen/${item.slug}` : null
    }
    case 'partner': {
      const item = db
        .select({ slug: partners.slug })
        .from(partners)
        .where(and(eq(partners.id, row.entityId), eq(partners.status, 'published')))
        .get()
      return item ? `/partner/${item.slug}` : null
    }
    case 'page': {
      const item = db
        .select({ slug: pages.slug })
        .from(pages)
        .where(eq(pages.id, row.entityId))
        .get()
      return item ? `/${item.slug}` : null
    }
  }
}
