import 'server-only'
import { asc, eq, sql } from 'drizzle-orm'
import { cacheLife, cacheTag } from 'next/cache'
import { getDb } from '../client'
import { categories, partners } from '../schema'
import { TAGS } from '@/lib/cache-tags'
import { SEARCH_KIND } from '@/lib/search-kind'
import { ftsMatchExpression, plainText, searchTerms } from '@/lib/search-text'
import { snippet, type SnippetPart } from '@/lib/snippet'
import type { Locale } from '@/lib/i18n/locales'
import type { StateCode } from '@/lib/geo/states'
import { englishVersions, localizePartners, type Localized } from './localize'
import { findPublishedBySlug } from './find-by-slug'

/*
 * The partner directory as visitors see it: published partners only, as DTOs with the columns
 * the pages show. Every read is cached and tagged, except a search (see getDirectory). One
 * profile: partner-profile.ts.
 */

export const DIRECTORY_PAGE_SIZE = 24
export const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'] as const

export type ImageRef = { id: string; width: number; height: number; alt: string }

export type PartnerCard = {
  slug: string
  name: string
  categoryName: string
  city: string | null
  logo: ImageRef | null
  excerpt: SnippetPart[]
} & Localized

export type DirectoryQuery = {
  q: string
  category: string | null
  /** A federal state's code (`NW`): partners that gave it as theirs. */
  state?: StateCode | null
  letter: string | null
  page: number
}

export type DirectoryResult = {
  items: PartnerCard[]
  total: number
  page: number
  pageCount: number
  facets: { slug: string; name: string; count: number }[]
  letters: { letter: string; count: number }[]
  /** The chosen category, with its slug in both languages (English: the German one if none). */
  category: { slug: string; name: string; slugs: { de: string; en: string } } | null
  unknownCategory: boolean
}

const PUBLISHED = sql`p.status = 'published'`

/** Range condition on the folded sort name, so the (status, sort_name) index serves it. */
function letterCondition(letter: string | null) {
  if (!letter) return sql`1`
  if (letter === '#') return sql`(p.sort_name < 'a' OR p.sort_name >= '{')`
  const lower = letter.toLowerCase()
  const next = String.fromCharCode(lower.charCodeAt(0) + 1)
  return sql`(p.sort_name >= ${lower} AND p.sort_name < ${next})`
}

function excerptOf(text: string, terms: string[]): SnippetPart[] {
  if (terms.length > 0) {
    const parts = snippet(text, terms, 30)
    if (parts.some((part) => part.hit)) return parts
  }
  const short = text.length > 220 ? `${text.slice(0, 220).replace(/\s+\S*$/, '')} …` : text
  return short ? [{ text: short, hit: false }] : []
}

/**
 * One page of the directory. The pages without a search term (the directory, its categories,
 * letters and pages: a few hundred addresses in all) come from the data cache. A search does not:
 * nearly every search term is asked once, so keeping its result would only cost its
 * serialisation on every request (a tenth to a fifth of an uncached render) and push the entries that
 * are asked again out of the size-bounded cache. A repeated search is still answered without the
 * database, from the finished-page cache of server.mjs.
 */
export async function getDirectory(
  query: DirectoryQuery,
  locale: Locale = 'de',
): Promise<DirectoryResult> {
  return query.q.trim() !== '' ? readDirectory(query, locale) : getListedDirectory(query, locale)
}

async function getListedDirectory(query: DirectoryQuery, locale: Locale): Promise<DirectoryResult> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.partners)
  return readDirectory(query, locale)
}

function readDirectory(query: DirectoryQuery, locale: Locale): DirectoryResult {
  const db = getDb()
  const terms = searchTerms(query.q)
  const match = ftsMatchExpression(terms)
  const searching = query.q.trim() !== ''

  const category = query.category
    ? (db
        .select({ id: categories.id, slug: categories.slug, name: categories.name })
        .from(categories)
        .where(eq(categories.id, findPublishedBySlug(db, 'category', query.category, locale) ?? 0))
        .get() ?? null)
    : null
  const unknownCategory = !!query.category && !category

  // The set of published partners matching the search (all of them without a search).
  const matched = match
    ? sql`SELECT s.rowid / 4 AS id, bm25(search_index, 10.0, 4.0, 1.0) AS rank FROM search_index s
          WHERE search_index MATCH ${match} AND s.rowid % 4 = 0`
    : sql`SELECT id, 0 AS rank FROM partners`
  const joins = sql`FROM (${matched}) m JOIN partners p ON p.id = m.id JOIN categories c ON c.id = p.category_id`
  const inState = query.state ? sql`p.state = ${query.state}` : sql`1`
  const base = sql`${joins} WHERE ${PUBLISHED} AND ${inState}`
  const noResults = searching && !match

  // One pass over the matching partners, counted by category and initial, gives both the
  // category facets (under the chosen letter) and the letters (under the chosen category).
  const counts = noResults
    ? []
    : db.all<{ categoryId: number; slug: string; name: string; letter: string; count: number }>(
        sql`SELECT c.id AS categoryId, c.slug AS slug, c.name AS name,
              CASE WHEN substr(p.sort_name, 1, 1) BETWEEN 'a' AND 'z' THEN upper(substr(p.sort_name, 1, 1)) ELSE '#' END AS letter,
              count(*) AS count ${base}
            GROUP BY c.id, 4 ORDER BY c.sort_order, c.name, c.id`,
      )
  const facetRows: { id: number; slug: string; name: string; count: number }[] = []
  const letterCounts = new Map<string, number>()
  for (const row of counts) {
    if (!query.letter || row.letter === query.letter) {
      const last = facetRows[facetRows.length - 1]
      if (last?.id === row.categoryId) last.count += row.count
      else facetRows.push({ id: row.categoryId, slug: row.slug, name: row.name, count: row.count })
    }
    if (unknownCategory || (category && row.categoryId !== category.id)) continue
    letterCounts.set(row.letter, (letterCounts.get(row.letter) ?? 0) + row.count)
  }
  // The chosen category's English slug also for German pages: the language switch names it.
  const categoryEnglish = englishVersions(db, 'category', [
    ...(locale === 'en' ? facetRows.map((row) => row.id) : []),
    ...(category ? [category.id] : []),
  ])
  const categoryText = (row: { id: number; slug: string; name: string }) => {
    const tr = locale === 'en' ? categoryEnglish.get(row.id) : undefined
    return { slug: tr?.slug ?? row.slug, name: tr?.title || row.name }
  }
  const facets = facetRows.map((row) => ({ ...categoryText(row), count: row.count }))
  const categoryFilter = category ? sql`c.id = ${category.id}` : unknownCategory ? sql`0` : sql`1`
  const letters = LETTERS.map((letter) => ({ letter, count: letterCounts.get(letter) ?? 0 }))
  const total = query.letter
    ? (letterCounts.get(query.letter) ?? 0)
    : [...letterCounts.values()].reduce((sum, count) => sum + count, 0)

  const pageCount = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE))
  const page = Math.min(Math.max(1, query.page), pageCount)
  const order = match ? sql`m.rank, p.sort_name` : sql`p.sort_name, p.id`
  const rows =
    total === 0
      ? []
      : db.all<{
          id: number
          categoryId: number
          slug: string
          name: string
          categoryName: string
          city: string | null
          plain: string | null
          body: string | null
          logoId: string | null
          logoWidth: number | null
          logoHeight: number | null
          logoAlt: string | null
        }>(
          sql`SELECT p.id AS id, p.category_id AS categoryId, p.slug AS slug, p.name AS name, c.name AS categoryName, p.city AS city,
                t.text AS plain, CASE WHEN t.text IS NULL THEN p.body END AS body,
                i.id AS logoId, i.width AS logoWidth, i.height AS logoHeight, i.alt AS logoAlt
              ${joins} LEFT JOIN images i ON i.id = p.logo_image_id
              LEFT JOIN search_texts t ON t.doc_id = p.id * 4 + ${SEARCH_KIND.partner}
              WHERE ${PUBLISHED} AND ${inState} AND ${categoryFilter} AND ${letterCondition(query.letter)}
              ORDER BY ${order} LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${(page - 1) * DIRECTORY_PAGE_SIZE}`,
        )

  return {
    items: localizePartners(db, rows, locale).map((row) => {
      const english = locale === 'en' ? row.english : undefined
      return {
        slug: row.slug,
        name: row.name,
        categoryName: (locale === 'en' && row.categoryEnglish?.title) || row.categoryName,
        city: row.city,
        logo: row.logoId
          ? {
              id: row.logoId,
              width: row.logoWidth!,
              height: row.logoHeight!,
              alt: (english?.imageAlt || row.logoAlt) ?? '',
            }
          : null,
        excerpt: excerptOf(
          english?.body ? plainText(null, english.body) : plainText(row.plain, row.body),
          terms,
        ),
        lang: row.lang,
        slugs: row.slugs,
      }
    }),
    total,
    page,
    pageCount,
    facets,
    letters,
    category: category
      ? {
          ...categoryText(category),
          slugs: { de: category.slug, en: categoryEnglish.get(category.id)?.slug || category.slug },
        }
      : null,
    unknownCategory,
  }
}

/** Every published partner's slug and last change (sitemap). */
export async function getPartnerSitemap(
  locale: Locale = 'de',
): Promise<({ slug: string; updatedAt: Date } & Localized)[]> {
  'use cache'
  cacheLife('max')
  cacheTag(TAGS.content, TAGS.partners)
  const db = getDb()
  const rows = db
    .select({
      id: partners.id,
      categoryId: partners.categoryId,
      slug: partners.slug,
      updatedAt: partners.updatedAt,
    })
    .from(partners)
    .where(eq(partners.status, 'published'))
    .orderBy(asc(partners.sortName))
    .all()
  return localizePartners(db, rows, locale).map((row) => ({
    slug: row.slug,
    updatedAt:
      locale === 'en' && row.english && row.english.updatedAt > row.updatedAt
        ? row.english.updatedAt
        : row.updatedAt,
    lang: row.lang,
    slugs: row.slugs,
  }))
}
