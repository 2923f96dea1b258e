import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '../client'
import { SEARCH_KIND } from '@/lib/search-kind'
import { formatDateline, formatEventTime } from '@/lib/dates'
import { ftsMatchExpression, plainText, searchTerms } from '@/lib/search-text'
import { highlight, snippet, type SnippetPart } from '@/lib/snippet'
import type { Locale } from '@/lib/i18n/locales'
import { searchEnglish } from './search-en'
import { englishVersions, localizePartners, slugsOf, type Localized } from './localize'

/*
 * One search over partners, news and events (/suche): best matches first (bm25, the title
 * weighing most), grouped by kind, with highlighted snippets. Published content only.
 */

export const SEARCH_GROUP_LIMIT = 10

export type SearchHit = {
  href: string
  title: SnippetPart[]
  meta: string
  snippet: SnippetPart[]
} & Localized
export type SearchGroup = { total: number; hits: SearchHit[] }
export type SiteSearchResult = {
  terms: string[]
  partners: SearchGroup
  news: SearchGroup
  events: SearchGroup
}

const EMPTY: SearchGroup = { total: 0, hits: [] }

function matches(kind: number, match: string) {
  return sql`SELECT s.rowid / 4 AS id, bm25(search_index, 10.0, 4.0, 1.0) AS rank FROM search_index s
             WHERE search_index MATCH ${match} AND s.rowid % 4 = ${kind}`
}

/** The stored plain text of a row's body, and the Markdown only where none is stored yet. */
function plainColumns(alias: 'p' | 'n' | 'e', kind: number) {
  const table = sql.identifier(alias)
  return sql`(SELECT t.text FROM search_texts t WHERE t.doc_id = ${table}.id * 4 + ${kind}) AS plain,
    CASE WHEN NOT EXISTS (SELECT 1 FROM search_texts t WHERE t.doc_id = ${table}.id * 4 + ${kind}) THEN ${table}.body END AS body`
}

function snippetOf(text: string, terms: string[]): SnippetPart[] {
  const parts = snippet(text, terms, 30)
  if (parts.some((p) => p.hit)) return parts
  const short = text.length > 200 ? `${text.slice(0, 200).replace(/\s+\S*$/, '')} …` : text
  return short ? [{ text: short, hit: false }] : []
}

/**
 * With locale 'en': English texts first, then what only the German texts match (search-en.ts),
 * links under /en. With 'de' German texts only, as always.
 *
 * Not in the data cache, unlike the other readers: nearly every search term is asked once, so a
 * cached result would only cost its serialisation on every request and push the entries that are
 * asked again out of the size-bounded cache (the same reasoning as for the directory's searches,
 * partners.ts). A repeated search is answered from the finished-page cache of server.mjs.
 */
export async function searchSite(query: string, locale: Locale = 'de'): Promise<SiteSearchResult> {
  if (locale === 'en') return searchEnglish(getDb(), query)
  const terms = searchTerms(query)
  const match = ftsMatchExpression(terms)
  if (!match) return { terms, partners: EMPTY, news: EMPTY, events: EMPTY }
  const db = getDb()

  const partnerBase = sql`FROM (${matches(SEARCH_KIND.partner, match)}) m JOIN partners p ON p.id = m.id JOIN categories c ON c.id = p.category_id WHERE p.status = 'published'`
  const partnerRows = db.all<{
    id: number
    categoryId: number
    slug: string
    name: string
    category: string
    city: string | null
    plain: string | null
    body: string | null
  }>(
    sql`SELECT p.id, p.category_id AS categoryId, p.slug, p.name, c.name AS category, p.city, ${plainColumns('p', SEARCH_KIND.partner)} ${partnerBase} ORDER BY m.rank LIMIT ${SEARCH_GROUP_LIMIT}`,
  )
  const partnerTotal = db.get<{ n: number }>(sql`SELECT count(*) AS n ${partnerBase}`)?.n ?? 0

  const newsBase = sql`FROM (${matches(SEARCH_KIND.news, match)}) m JOIN news n ON n.id = m.id WHERE n.status = 'published'`
  const newsRows = db.all<{
    id: number
    slug: string
    title: string
    lead: string
    plain: string | null
    body: string | null
    date: string
    place: string | null
  }>(
    sql`SELECT n.id, n.slug, n.title, n.lead, ${plainColumns('n', SEARCH_KIND.news)}, n.date, n.place ${newsBase} ORDER BY m.rank LIMIT ${SEARCH_GROUP_LIMIT}`,
  )
  const newsTotal = db.get<{ n: number }>(sql`SELECT count(*) AS n ${newsBase}`)?.n ?? 0

  const eventBase = sql`FROM (${matches(SEARCH_KIND.event, match)}) m JOIN events e ON e.id = m.id WHERE e.status = 'published'`
  const eventRows = db.all<{
    id: number
    slug: string
    title: string
    summary: string
    plain: string | null
    body: string | null
    startsAt: number
    endsAt: number | null
    allDay: number
    venueName: string | null
  }>(
    sql`SELECT e.id, e.slug, e.title, e.summary, ${plainColumns('e', SEARCH_KIND.event)}, e.starts_at AS startsAt, e.ends_at AS endsAt, e.all_day AS allDay, e.venue_name AS venueName ${eventBase} ORDER BY m.rank LIMIT ${SEARCH_GROUP_LIMIT}`,
  )
  const eventTotal = db.get<{ n: number }>(sql`SELECT count(*) AS n ${eventBase}`)?.n ?? 0

  // The German hits name their English counterparts, for the language switch.
  const partnerSlugs = localizePartners(db, partnerRows, 'de')
  const newsEnglish = englishVersions(
    db,
    'news',
    newsRows.map((row) => row.id),
  )
  const eventEnglish = englishVersions(
    db,
    'event',
    eventRows.map((row) => row.id),
  )
  return {
    terms,
    partners: {
      total: partnerTotal,
      hits: partnerRows.map((row, index) => ({
        lang: 'de' as const,
        slugs: partnerSlugs[index]!.slugs,
        href: `/partner/${row.slug}`,
        title: highlight(row.name, terms),
        meta: [row.category, row.city].filter(Boolean).join(' · '),
        snippet: snippetOf(plainText(row.plain, row.body), terms),
      })),
    },
    news: {
      total: newsTotal,
      hits: newsRows.map((row) => ({
        lang: 'de' as const,
        slugs: slugsOf(row.slug, newsEnglish.get(row.id)),
        href: `/aktuelles/${row.slug}`,
        title: highlight(row.title, terms),
        meta: formatDateline(row.place, row.date),
        snippet: snippetOf(`${row.lead} ${plainText(row.plain, row.body)}`.trim(), terms),
      })),
    },
    events: {
      total: eventTotal,
      hits: eventRows.map((row) => ({
        lang: 'de' as const,
        slugs: slugsOf(row.slug, eventEnglish.get(row.id)),
        href: `/veranstaltungen/${row.slug}`,
        title: highlight(row.title, terms),
        meta: [
          formatEventTime(
            new Date(row.startsAt),
            row.endsAt ? new Date(row.endsAt) : null,
            !!row.allDay,
          ),
          row.venueName,
        ]
          .filter(Boolean)
          .join(' · '),
        snippet: snippetOf(`${row.summary} ${plainText(row.plain, row.body)}`.trim(), terms),
      })),
    },
  }
}
