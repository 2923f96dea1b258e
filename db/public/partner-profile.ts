import 'server-only'
import { and, desc, eq } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { categories, events, images, news, newsPartners, partners } from '../schema'
import type { ImageRef } from './partners'
import { TAGS } from '@/lib/cache-tags'
import { renderMarkdown, type TocEntry } from '@/lib/markdown'
import { parseStoredSites, type Site } from '@/lib/validation/location'

/* One partner profile as visitors see it: published only, with its latest news and events. */

export type PartnerProfile = {
  id: number
  slug: string
  name: string
  category: { slug: string; name: string }
  logo: ImageRef | null
  website: string | null
  city: string | null
  region: string | null
  street: string | null
  postalCode: string | null
  state: string | null
  lat: number | null
  lon: number | null
  sites: Site[]
  quote: { text: string; author: string | null; authorFunction: string | null } | null
  bodyHtml: string
  toc: TocEntry[]
  updatedAt: Date
  news: { slug: string; title: string; date: string; place: string | null; lead: string }[]
  events: {
    slug: string
    title: string
    startsAt: Date
    endsAt: Date | null
    allDay: boolean
    venueName: string | null
    online: boolean
  }[]
}

export async function getPartnerProfile(slug: string): Promise<PartnerProfile | null> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.partners)
  const db = getDb()
  const row = db
    .select({
      id: partners.id,
      slug: partners.slug,
      name: partners.name,
      categorySlug: categories.slug,
      categoryName: categories.name,
      website: partners.website,
      city: partners.city,
      region: partners.region,
      street: partners.street,
      postalCode: partners.postalCode,
      state: partners.state,
      lat: partners.lat,
      lon: partners.lon,
      sites: partners.sites,
      quoteText: partners.quoteText,
      quoteAuthor: partners.quoteAuthor,
      quoteAuthorFunction: partners.quoteAuthorFunction,
      body: partners.body,
      updatedAt: partners.updatedAt,
      logoId: images.id,
      logoWidth: images.width,
      logoHeight: images.height,
      logoAlt: images.alt,
    })
    .from(partners)
    .innerJoin(categories, eq(categories.id, partners.categoryId))
    .leftJoin(images, eq(images.id, partners.logoImageId))
    .where(and(eq(partners.slug, slug), eq(partners.status, 'published')))
    .get()
  if (!row) return null
  cacheTag(TAGS.partner(row.id))

  const relatedNews = db
    .select({
      slug: news.slug,
      title: news.title,
      date: news.date,
      place: news.place,
      lead: news.lead,
    })
    .from(newsPartners)
    .innerJoin(news, eq(news.id, newsPartners.newsId))
    .where(and(eq(newsPartners.partnerId, row.id), eq(news.status, 'published')))
    .orderBy(desc(news.date), desc(news.id))
    .limit(10)
    .all()
  const relatedEvents = db
    .select({
      slug: events.slug,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      allDay: events.allDay,
      venueName: events.venueName,
      onlineUrl: events.onlineUrl,
    })
    .from(events)
    .where(and(eq(events.organizerPartnerId, row.id), eq(events.status, 'published')))
    .orderBy(desc(events.startsAt))
    .limit(10)
    .all()

  const { html, toc } = renderMarkdown(row.body, { baseLevel: 2 })
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    category: { slug: row.categorySlug, name: row.categoryName },
    logo: row.logoId
      ? { id: row.logoId, width: row.logoWidth!, height: row.logoHeight!, alt: row.logoAlt ?? '' }
      : null,
    website: row.website,
    city: row.city,
    region: row.region,
    street: row.street,
    postalCode: row.postalCode,
    state: row.state,
    lat: row.lat,
    lon: row.lon,
    sites: parseStoredSites(row.sites),
    quote: row.quoteText
      ? { text: row.quoteText, author: row.quoteAuthor, authorFunction: row.quoteAuthorFunction }
      : null,
    bodyHtml: html,
    toc,
    updatedAt: row.updatedAt,
    news: relatedNews,
    events: relatedEvents.map(({ onlineUrl, ...event }) => ({ ...event, online: !!onlineUrl })),
  }
}
