import 'server-only'
import { eq } from 'drizzle-orm'
import type { Db } from '../client'
import { events, newsPartners, pages } from '../schema'
import type { Tx } from '../tx'
import { TAGS } from '@/lib/cache-tags'

/*
 * Which cached reads a write to an entity touches, in one place. Each list holds every tag the
 * readers in db/public attach to what the entity shows up in: its own page, the lists (the home
 * page, sitemaps and feeds read the list tags too), search, and the pages of other entities
 * that name it. Functions that look up links take the transaction and must run while the links
 * still exist, i.e. before a delete. Import as a namespace: `cacheTags.partner(tx, id)`.
 */

type EventLinks = { organizerPartnerId: number | null; reportNewsId: number | null }

/** A partner: its profile, the directory and home page, search, the news and events naming it. */
export function partner(tx: Tx | Db, id: number): string[] {
  // A news article tags itself only with the partners that are public when it renders, so a
  // partner going public reaches the articles naming it from here.
  const newsIds = tx
    .select({ id: newsPartners.newsId })
    .from(newsPartners)
    .where(eq(newsPartners.partnerId, id))
    .all()
    .map((row) => row.id)
  const eventIds = tx
    .select({ id: events.id })
    .from(events)
    .where(eq(events.organizerPartnerId, id))
    .all()
    .map((row) => row.id)
  return [
    TAGS.partners,
    TAGS.partner(id),
    TAGS.search,
    ...newsIds.map(TAGS.newsItem),
    ...eventIds.map(TAGS.event),
  ]
}

/**
 * A news item: its article, the lists and home page, search, the profiles of the partners it
 * names (now, and `formerPartnerIds` it named before this write) and the event it reports on.
 */
export function news(tx: Tx | Db, id: number, formerPartnerIds: number[] = []): string[] {
  const partnerIds = tx
    .select({ id: newsPartners.partnerId })
    .from(newsPartners)
    .where(eq(newsPartners.newsId, id))
    .all()
    .map((row) => row.id)
  const eventIds = tx
    .select({ id: events.id })
    .from(events)
    .where(eq(events.reportNewsId, id))
    .all()
    .map((row) => row.id)
  return unique([
    TAGS.news,
    TAGS.newsItem(id),
    TAGS.search,
    ...[...partnerIds, ...formerPartnerIds].map(TAGS.partner),
    ...eventIds.map(TAGS.event),
  ])
}

/**
 * An event: its page, the lists and home page, search, its organiser's profile and the report
 * on it. Pass every version of its links the write saw (before and after), so both sides learn.
 */
export function event(id: number, ...versions: EventLinks[]): string[] {
  return unique([
    TAGS.events,
    TAGS.event(id),
    TAGS.search,
    ...versions.flatMap((links) => [
      ...(links.organizerPartnerId ? [TAGS.partner(links.organizerPartnerId)] : []),
      ...(links.reportNewsId ? [TAGS.newsItem(links.reportNewsId)] : []),
    ]),
  ])
}

/** A page under each of the given slugs (old and new on a rename), and the page list. */
export function page(...slugs: string[]): string[] {
  return unique([TAGS.pages, ...slugs.map(TAGS.page)])
}

/** A category: the directory, the profiles and home page that name it, and search (its name). */
export function category(): string[] {
  return [TAGS.partners, TAGS.search]
}

/** An image's bytes: the resized copies served for it. */
export function image(id: string): string[] {
  return [TAGS.image(id)]
}

/** An image's alt text and credit: shown by the news items and partner profiles that use it. */
export function imageText(
  tx: Tx | Db,
  uses: { newsIds: number[]; partnerIds: number[] },
): string[] {
  return unique([
    ...uses.newsIds.flatMap((id) => news(tx, id)),
    ...uses.partnerIds.flatMap((id) => partner(tx, id)),
  ])
}

function unique(tags: string[]): string[] {
  return [...new Set(tags)]
}

/**
 * The English version of an item: every read that shows the item (in either language, since the
 * German pages name their English counterpart), plus the English page slugs before and after.
 */
export function translation(
  tx: Tx | Db,
  type: 'news' | 'event' | 'partner' | 'category' | 'page',
  entityId: number,
  slugs: (string | null)[] = [],
): string[] {
  switch (type) {
    case 'news':
      return news(tx, entityId)
    case 'event': {
      const links = tx
        .select({
          organizerPartnerId: events.organizerPartnerId,
          reportNewsId: events.reportNewsId,
        })
        .from(events)
        .where(eq(events.id, entityId))
        .get()
      return event(entityId, ...(links ? [links] : []))
    }
    case 'partner':
      return partner(tx, entityId)
    case 'category':
      return category()
    case 'page': {
      const row = tx.select({ slug: pages.slug }).from(pages).where(eq(pages.id, entityId)).get()
      return page(...[row?.slug ?? null, ...slugs].filter((s): s is string => !!s))
    }
  }
}
