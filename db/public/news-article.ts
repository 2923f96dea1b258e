import 'server-only'
import { and, asc, desc, eq, gt, lt, or } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { events, images, news, newsLinks, newsPartners, newsTags, partners, tags } from '../schema'
import type { ImageRef } from './partners'
import { TAGS } from '@/lib/cache-tags'
import { renderMarkdown } from '@/lib/markdown'
import type { Locale } from '@/lib/i18n/locales'
import { findPublishedBySlug } from './find-by-slug'
import {
  englishVersions,
  langOf,
  linkLabelsOf,
  localizeRefs,
  pick,
  slugsOf,
  type Localized,
} from './localize'

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
  partners: ({ slug: string; name: string } & Localized)[]
  tags: { slug: string; name: string }[]
  event: ({ slug: string; title: string } & Localized) | null
  previous: ({ slug: string; title: string } & Localized) | null
  next: ({ slug: string; title: string } & Localized) | null
} & Localized

/**
 * One published news item by its slug. With locale 'en' the English slug is looked up first,
 * then the German one; the texts are English whenever a published English version exists.
 */
export async function getNewsArticle(
  slug: string,
  locale: Locale = 'de',
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
    .where(and(eq(news.id, findPublishedBySlug(db, 'news', slug, locale) ?? 0), published))
    .get()
  if (!row) return null
  const item = row.item
  cacheTag(TAGS.newsItem(item.id))
  const tr = englishVersions(db, 'news', [item.id]).get(item.id)
  const english = locale === 'en' ? tr : undefined

  const related = db
    .select({ id: partners.id, slug: partners.slug, name: partners.name })
    .from(newsPartners)
    .innerJoin(partners, eq(partners.id, newsPartners.partnerId))
    .where(and(eq(newsPartners.newsId, item.id), eq(partners.status, 'published')))
    .orderBy(asc(partners.sortName))
    .all()
  for (const partner of related) cacheTag(TAGS.partner(partner.id))
  const eventRow = db
    .select({ id: events.id, slug: events.slug, title: events.title })
    .from(events)
    .where(and(eq(events.reportNewsId, item.id), eq(events.status, 'published')))
    .get()
  const event = eventRow
    ? { id: eventRow.id, ...localizeRefs(db, 'event', [eventRow], locale)[0]! }
    : null
  if (event) cacheTag(TAGS.event(event.id))

  // Neighbours in the list order (date, then id), both directions.
  const newer = or(gt(news.date, item.date), and(eq(news.date, item.date), gt(news.id, item.id)))
  const older = or(lt(news.date, item.date), and(eq(news.date, item.date), lt(news.id, item.id)))
  const nextRow = db
    .select({ id: news.id, slug: news.slug, title: news.title })
    .from(news)
    .where(and(published, newer))
    .orderBy(asc(news.date), asc(news.id))
    .limit(1)
    .get()
  const previousRow = db
    .select({ id: news.id, slug: news.slug, title: news.title })
    .from(news)
    .where(and(published, older))
    .orderBy(desc(news.date), desc(news.id))
    .limit(1)
    .get()

  const [previous, next] = [previousRow, nextRow].map((ref) =>
    ref ? localizeRefs(db, 'news', [ref], locale)[0]! : null,
  )
  const englishLabels = linkLabelsOf(english)
  const partnerEnglish = englishVersions(
    db,
    'partner',
    related.map((partner) => partner.id),
  )

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
    slug: english?.slug ?? item.slug,
    title: pick(locale, english, item.title, english?.title),
    lead: english ? english.lead : item.lead,
    bodyHtml: renderMarkdown(pick(locale, english, item.body, english?.body), { baseLevel: 2 })
      .html,
    lang: langOf(locale, tr),
    slugs: slugsOf(item.slug, tr),
    place: item.place,
    date: item.date,
    publishedAt: item.publishedAt,
    updatedAt: item.updatedAt,
    image: row.imageId
      ? {
          id: row.imageId,
          width: row.imageWidth!,
          height: row.imageHeight!,
          alt: pick(locale, english, row.imageAlt ?? '', english?.imageAlt),
          credit: row.imageCredit,
        }
      : null,
    contact,
    links: db
      .select({ label: newsLinks.label, url: newsLinks.url })
      .from(newsLinks)
      .where(eq(newsLinks.newsId, item.id))
      .orderBy(asc(newsLinks.position))
      .all()
      .map((link, index) => ({ ...link, label: englishLabels[index] || link.label })),
    partners: related.map(({ id, slug: s, name }) => {
      const partnerTr = partnerEnglish.get(id)
      return { slug: s, name, lang: langOf(locale, partnerTr), slugs: slugsOf(s, partnerTr, true) }
    }),
    tags: db
      .select({ slug: tags.slug, name: tags.name })
      .from(newsTags)
      .innerJoin(tags, eq(tags.id, newsTags.tagId))
      .where(eq(newsTags.newsId, item.id))
      .orderBy(asc(tags.name))
      .all(),
    event: event
      ? { slug: event.slug, title: event.title, lang: event.lang, slugs: event.slugs }
      : null,
    previous: previous ?? null,
    next: next ?? null,
  }
}
