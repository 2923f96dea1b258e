import 'server-only'
import { and, asc, desc, eq, gt, lt, or } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { events, images, news, newsLinks, newsPartners, newsTags, partners, tags } from '../schema'
import type { ImageRef } from './partners'
import { TAGS } from '@/lib/cache-tags'
import type { Locale } from '@/lib/i18n/locales'
import { renderMarkdown } from '@/lib/markdown'

/* One news item as visitors see it: published only, with its partners, event and neighbours. */

const published = eq(news.status, 'published')

export type NewsArticle = {
  id: number
  slug: string
  title: string
  lead: string
  bodyHtml: string
  place: string | null
  date: string
  publishedAt: Date | null
  updatedAt: Date
  image: (ImageRef & { credit: string | null }) | null
  contact: {
    name: string | null
    role: string | null
    organisation: string | null
    phone: string | null
    email: string | null
  } | null
  links: { label: string; url: string }[]
  partners: { slug: string; name: string }[]
  tags: { slug: string; name: string }[]
  event: { slug: string; title: string } | null
  previous: { slug: string; title: string } | null
  next: { slug: string; title: string } | null
  lang: Locale
  slugs: { de: string; en: string | null }
}

export async function getNewsArticle(
  slug: string,
  _locale: Locale = 'de',
): Promise<NewsArticle | null> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.news)
  const db = getDb()
  const row = db
    .select({
      item: news,
      imageId: images.id,
      imageWidth: images.width,
      imageHeight: images.height,
      imageAlt: images.alt,
      imageCredit: images.credit,
    })
    .from(news)
    .leftJoin(images, eq(images.id, news.imageId))
    .where(and(eq(news.slug, slug), published))
    .get()
  if (!row) return null
  const item = row.item
  cacheTag(TAGS.newsItem(item.id))

  const related = db
    .select({ id: partners.id, slug: partners.slug, name: partners.name })
    .from(newsPartners)
    .innerJoin(partners, eq(partners.id, newsPartners.partnerId))
    .where(and(eq(newsPartners.newsId, item.id), eq(partners.status, 'published')))
    .orderBy(asc(partners.sortName))
    .all()
  for (const partner of related) cacheTag(TAGS.partner(partner.id))
  const event = db
    .select({ id: events.id, slug: events.slug, title: events.title })
    .from(events)
    .where(and(eq(events.reportNewsId, item.id), eq(events.status, 'published')))
    .get()
  if (event) cacheTag(TAGS.event(event.id))

  // Neighbours in the list order (date, then id), both directions.
  const newer = or(gt(news.date, item.date), and(eq(news.date, item.date), gt(news.id, item.id)))
  const older = or(lt(news.date, item.date), and(eq(news.date, item.date), lt(news.id, item.id)))
  const next = db
    .select({ slug: news.slug, title: news.title })
    .from(news)
    .where(and(published, newer))
    .orderBy(asc(news.date), asc(news.id))
    .limit(1)
    .get()
  const previous = db
    .select({ slug: news.slug, title: news.title })
    .from(news)
    .where(and(published, older))
    .orderBy(desc(news.date), desc(news.id))
    .limit(1)
    .get()

  const contact =
    item.contactName || item.contactEmail || item.contactPhone
      ? {
          name: item.contactName,
          role: item.contactRole,
          organisation: item.contactOrganisation,
          phone: item.contactPhone,
          email: item.contactEmail,
        }
      : null

  return {
    id: item.id,
    slug: item.slug,
    title: item.title,
    lead: item.lead,
    bodyHtml: renderMarkdown(item.body, { baseLevel: 2 }).html,
    place: item.place,
    date: item.date,
    publishedAt: item.publishedAt,
    updatedAt: item.updatedAt,
    image: row.imageId
      ? {
          id: row.imageId,
          width: row.imageWidth!,
          height: row.imageHeight!,
          alt: row.imageAlt ?? '',
          credit: row.imageCredit,
        }
      : null,
    contact,
    links: db
      .select({ label: newsLinks.label, url: newsLinks.url })
      .from(newsLinks)
      .where(eq(newsLinks.newsId, item.id))
      .orderBy(asc(newsLinks.position))
      .all(),
    partners: related.map(({ slug: s, name }) => ({ slug: s, name })),
    tags: db
      .select({ slug: tags.slug, name: tags.name })
      .from(newsTags)
      .innerJoin(tags, eq(tags.id, newsTags.tagId))
      .where(eq(newsTags.newsId, item.id))
      .orderBy(asc(tags.name))
      .all(),
    event: event ? { slug: event.slug, title: event.title } : null,
    previous: previous ?? null,
    next: next ?? null,
    lang: 'de',
    slugs: { de: item.slug, en: null },
  }
}
