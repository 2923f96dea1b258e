import 'server-only'
import { and, desc, eq } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { categories, events, images, news, newsPartners, partners } from '../schema'
import type { ImageRef } from './partners'
import { TAGS } from '@/lib/cache-tags'
import { renderMarkdown, type TocEntry } from '@/lib/markdown'
import type { Locale } from '@/lib/i18n/locales'
import {
  englishVersions,
  germanPartnerSlug,
  localizePartners,
  localizeRefs,
  pick,
  type Localized,
} from './localize'
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
  news: ({
    slug: string
    title: string
    date: string
    place: string | null
    lead: string
  } & Localized)[]
  events: ({
    slug: string
    title: string
    startsAt: Date
    endsAt: Date | null
    allDay: boolean
    venueName: string | null
    online: boolean
  } & Localized)[]
} & Localized

const profileColumns = {
  id: partners.id,
  slug: partners.slug,
  name: partners.name,
  categoryId: partners.categoryId,
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
}

/** A profile with its category and logo, as the page's data is made from it. */
export type PartnerProfileRow = Pick<
  typeof partners.$inferSelect,
  | 'id'
  | 'slug'
  | 'name'
  | 'categoryId'
  | 'website'
  | 'city'
  | 'region'
  | 'street'
  | 'postalCode'
  | 'state'
  | 'lat'
  | 'lon'
  | 'sites'
  | 'quoteText'
  | 'quoteAuthor'
  | 'quoteAuthorFunction'
  | 'body'
  | 'updatedAt'
> & {
  categorySlug: string
  categoryName: string
  logoId: string | null
  logoWidth: number | null
  logoHeight: number | null
  logoAlt: string | null
}

/**
 * One published profile. Under /en the address may carry the English category slug; the texts
 * are English where the profile's English version is published (the name stays as it is).
 */
export async function getPartnerProfile(
  slug: string,
  locale: Locale = 'de',
): Promise<PartnerProfile | null> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.partners)
  const db = getDb()
  const row = db
    .select(profileColumns)
    .from(partners)
    .innerJoin(categories, eq(categories.id, partners.categoryId))
    .leftJoin(images, eq(images.id, partners.logoImageId))
    .where(
      and(
        eq(partners.slug, locale === 'en' ? germanPartnerSlug(db, slug) : slug),
        eq(partners.status, 'published'),
      ),
    )
    .get()
  if (!row) return null
  cacheTag(TAGS.partner(row.id))
  return partnerProfileOf(db, row, locale)
}

/**
 * The page's data for a profile: the published one above, or a preview of the profile with
 * changes not yet public (db/admin/preview-partner.ts), with the partner's published news and
 * events as the public page lists them.
 */
export function partnerProfileOf(
  db: ReturnType<typeof getDb>,
  row: PartnerProfileRow,
  locale: Locale,
): PartnerProfile {
  const localized = localizePartners(db, [row], locale)[0]!
  const english = locale === 'en' ? localized.english : undefined
  const category = locale === 'en' ? localized.categoryEnglish : undefined

  const relatedNews = db
    .select({
      id: news.id,
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
      id: events.id,
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

  const { html, toc } = renderMarkdown(pick(locale, english, row.body, english?.body), {
    baseLevel: 2,
  })
  const quoteText = pick(locale, english, row.quoteText ?? '', english?.quoteText)
  return {
    id: row.id,
    slug: localized.slug,
    name: row.name,
    lang: localized.lang,
    slugs: localized.slugs,
    category: {
      slug: category?.slug ?? row.categorySlug,
      name: category?.title || row.categoryName,
    },
    logo: row.logoId
      ? {
          id: row.logoId,
          width: row.logoWidth!,
          height: row.logoHeight!,
          alt: pick(locale, english, row.logoAlt ?? '', english?.imageAlt),
        }
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
    quote: quoteText
      ? {
          text: quoteText,
          author: row.quoteAuthor,
          authorFunction:
            locale === 'en' && english?.quoteText
              ? english.quoteAuthorFunction
              : row.quoteAuthorFunction,
        }
      : null,
    bodyHtml: html,
    toc,
    updatedAt: row.updatedAt,
    news: localizeNewsRefs(db, relatedNews, locale),
    events: localizeRefs(db, 'event', relatedEvents, locale).map(({ onlineUrl, ...event }) => ({
      ...event,
      online: !!onlineUrl,
    })),
  }
}

function localizeNewsRefs<T extends { id: number; slug: string; title: string; lead: string }>(
  db: ReturnType<typeof getDb>,
  rows: T[],
  locale: Locale,
) {
  const leads = new Map(rows.map((row) => [row.id, row.lead]))
  const english =
    locale === 'en'
      ? englishLeads(
          db,
          rows.map((row) => row.id),
        )
      : new Map()
  return localizeRefs(db, 'news', rows, locale).map((ref, index) => {
    const id = rows[index]!.id
    return { ...ref, lead: ref.lang === 'en' ? (english.get(id) ?? '') : (leads.get(id) ?? '') }
  })
}

function englishLeads(db: ReturnType<typeof getDb>, ids: number[]): Map<number, string> {
  return new Map([...englishVersions(db, 'news', ids)].map(([id, tr]) => [id, tr.lead]))
}
