import 'server-only'
import { asc, sql } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { categories } from '../schema'
import type { MapPartner } from '@/lib/geo/scene'
import { TAGS } from '@/lib/cache-tags'
import type { Locale } from '@/lib/i18n/locales'
import { ftsMatchExpression, searchTerms } from '@/lib/search-text'
import { parseStoredSites } from '@/lib/validation/location'
import { findPublishedBySlug } from './find-by-slug'
import { englishVersions, localizePartners } from './localize'

/*
 * The partners on the map: published ones with a position, filtered like the directory
 * (category, search) — the state filter and the grouping are the page's, on these DTOs. In
 * English, categories carry their English names and slugs and partners their English addresses.
 */

export type { MapPartner }

export type MapQuery = { q: string; category: string | null }

type CategoryRef = { slug: string; name: string; slugs: { de: string; en: string } }

export type MapData = {
  partners: MapPartner[]
  /** Published partners matching the filters that have no position yet. */
  unplaced: number
  categories: CategoryRef[]
  /** The chosen category, with its slug in both languages for the language switch. */
  category: CategoryRef | null
  unknownCategory: boolean
}

export async function getMapPartners(query: MapQuery, locale: Locale = 'de'): Promise<MapData> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.partners)
  const db = getDb()
  const rawCategories = db
    .select({ id: categories.id, slug: categories.slug, name: categories.name })
    .from(categories)
    .orderBy(asc(categories.sortOrder), asc(categories.name))
    .all()
  const english = englishVersions(
    db,
    'category',
    rawCategories.map((c) => c.id),
  )
  const allCategories = rawCategories.map((c) => {
    const tr = english.get(c.id)
    const en = tr?.slug || c.slug
    return {
      id: c.id,
      slug: locale === 'en' ? en : c.slug,
      name: (locale === 'en' && tr?.title) || c.name,
      slugs: { de: c.slug, en },
    }
  })
  const categoryId = query.category
    ? findPublishedBySlug(db, 'category', query.category, locale)
    : null
  const category = allCategories.find((c) => c.id === categoryId) ?? null
  const unknownCategory = !!query.category && !category
  const match = ftsMatchExpression(searchTerms(query.q))
  const noResults = (query.q.trim() !== '' && !match) || unknownCategory

  const matched = match
    ? sql`SELECT s.rowid / 4 AS id FROM search_index s WHERE search_index MATCH ${match} AND s.rowid % 4 = 0`
    : sql`SELECT id FROM partners`
  const where = sql`p.status = 'published' AND ${category ? sql`p.category_id = ${category.id}` : sql`1`}`
  const rows = noResults
    ? []
    : db.all<{
        id: number
        categoryId: number
        slug: string
        name: string
        categoryName: string
        city: string | null
        street: string | null
        postalCode: string | null
        state: string | null
        lat: number | null
        lon: number | null
        sites: string | null
        logoId: string | null
        logoWidth: number | null
        logoHeight: number | null
        logoAlt: string | null
      }>(
        sql`SELECT p.id AS id, p.category_id AS categoryId, p.slug AS slug, p.name AS name,
              c.name AS categoryName, p.city AS city,
              p.street AS street, p.postal_code AS postalCode, p.state AS state,
              p.lat AS lat, p.lon AS lon, p.sites AS sites,
              i.id AS logoId, i.width AS logoWidth, i.height AS logoHeight, i.alt AS logoAlt
            FROM (${matched}) m JOIN partners p ON p.id = m.id
            JOIN categories c ON c.id = p.category_id
            LEFT JOIN images i ON i.id = p.logo_image_id
            WHERE ${where}
            ORDER BY p.sort_name, p.id`,
      )
  // Positions first: only placed partners need their English address looked up.
  const placed = rows.filter((row) => row.lat !== null || parseStoredSites(row.sites).length > 0)
  const partners: MapPartner[] = localizePartners(db, placed, locale).map((row) => ({
    slug: row.slug,
    name: row.name,
    categoryName: (locale === 'en' && row.categoryEnglish?.title) || row.categoryName,
    city: row.city,
    street: row.street,
    postalCode: row.postalCode,
    state: row.state,
    lat: row.lat,
    lon: row.lon,
    sites: parseStoredSites(row.sites),
    logo: row.logoId
      ? {
          id: row.logoId,
          width: row.logoWidth!,
          height: row.logoHeight!,
          alt: ((locale === 'en' && row.english?.imageAlt) || row.logoAlt) ?? '',
        }
      : null,
  }))
  const strip = ({ slug, name, slugs }: CategoryRef) => ({ slug, name, slugs })
  return {
    partners,
    unplaced: rows.length - placed.length,
    categories: allCategories.map(strip),
    category: category ? strip(category) : null,
    unknownCategory,
  }
}
