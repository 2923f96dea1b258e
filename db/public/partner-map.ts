import 'server-only'
import { asc, sql } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { categories } from '../schema'
import type { MapPartner } from '@/lib/geo/scene'
import { TAGS } from '@/lib/cache-tags'
import { ftsMatchExpression, searchTerms } from '@/lib/search-text'
import { parseStoredSites } from '@/lib/validation/location'

/*
 * The partners on the map: published ones with a position, filtered like the directory
 * (category, search) — the state filter and the grouping are the page's, on these DTOs.
 */

export type { MapPartner }

export type MapQuery = { q: string; category: string | null }

export type MapData = {
  partners: MapPartner[]
  /** Published partners matching the filters that have no position yet. */
  unplaced: number
  categories: { slug: string; name: string }[]
  unknownCategory: boolean
}

export async function getMapPartners(query: MapQuery): Promise<MapData> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.partners)
  const db = getDb()
  const allCategories = db
    .select({ id: categories.id, slug: categories.slug, name: categories.name })
    .from(categories)
    .orderBy(asc(categories.sortOrder), asc(categories.name))
    .all()
  const category = query.category
    ? (allCategories.find((c) => c.slug === query.category) ?? null)
    : null
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
        sql`SELECT p.slug AS slug, p.name AS name, c.name AS categoryName, p.city AS city,
              p.street AS street, p.postal_code AS postalCode, p.state AS state,
              p.lat AS lat, p.lon AS lon, p.sites AS sites,
              i.id AS logoId, i.width AS logoWidth, i.height AS logoHeight, i.alt AS logoAlt
            FROM (${matched}) m JOIN partners p ON p.id = m.id
            JOIN categories c ON c.id = p.category_id
            LEFT JOIN images i ON i.id = p.logo_image_id
            WHERE ${where}
            ORDER BY p.sort_name, p.id`,
      )
  const partners: MapPartner[] = []
  let unplaced = 0
  for (const row of rows) {
    const sites = parseStoredSites(row.sites)
    if (row.lat === null && sites.length === 0) {
      unplaced++
      continue
    }
    partners.push({
      slug: row.slug,
      name: row.name,
      categoryName: row.categoryName,
      city: row.city,
      street: row.street,
      postalCode: row.postalCode,
      state: row.state,
      lat: row.lat,
      lon: row.lon,
      sites,
      logo: row.logoId
        ? { id: row.logoId, width: row.logoWidth!, height: row.logoHeight!, alt: row.logoAlt ?? '' }
        : null,
    })
  }
  return {
    partners,
    unplaced,
    categories: allCategories.map(({ slug, name }) => ({ slug, name })),
    unknownCategory,
  }
}
