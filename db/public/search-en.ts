import 'server-only'
import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../client'
import { events, news, partners } from '../schema'
import { SEARCH_KIND } from '@/lib/search-kind'
import { ftsMatchExpression, markdownToSearchText, searchTerms } from '@/lib/search-text'
import { englishSearchTerms } from '@/lib/search-text-en'
import { highlight, snippet, type SnippetPart } from '@/lib/snippet'
import type { Localized } from './localize'
import { partnerEnglishSlug } from './localize'

/*
 * The English site's search: English texts first (search_index_en, English stemming), then
 * items found only through their German texts (search_index, German folding), each shown in the
 * language it was found in. Published items only, and English texts only where published.
 */

export const ENGLISH_SEARCH_LIMIT = 10

export type EnglishSearchHit = {
  href: string
  title: SnippetPart[]
  meta: string
  snippet: SnippetPart[]
} & Localized
type Group = { total: number; hits: EnglishSearchHit[] }

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Berlin',
})

function snippetOf(text: string, terms: string[]): SnippetPart[] {
  const parts = snippet(text, terms, 30)
  if (parts.some((p) => p.hit)) return parts
  const short = text.length > 200 ? `${text.slice(0, 200).replace(/\s+\S*$/, '')} …` : text
  return short ? [{ text: short, hit: false }] : []
}

/** Ids of published items of one kind matching in one index, best first. */
function ranked(db: Db, index: 'en' | 'de', kind: number, match: string, visible: SQL): number[] {
  const table = index === 'en' ? sql`search_index_en` : sql`search_index`
  return db
    .all<{ id: number }>(
      sql`SELECT s.rowid / 4 AS id FROM ${table} s WHERE ${table} MATCH ${match} AND s.rowid % 4 = ${kind}
          AND (${visible}) ORDER BY bm25(${table}, 10.0, 4.0, 1.0)`,
    )
    .map((row) => row.id)
}

const TABLES = { partner: partners, news, event: events } as const

function published(type: keyof typeof TABLES, english: boolean): SQL {
  const item = sql`EXISTS (SELECT 1 FROM ${TABLES[type]} x WHERE x.id = s.rowid / 4 AND x.status = 'published')`
  if (!english) return item
  return sql`${item} AND EXISTS (SELECT 1 FROM translations t WHERE t.entity_type = ${type} AND t.locale = 'en' AND t.entity_id = s.rowid / 4 AND t.status = 'published')`
}

type Found = { id: number; english: boolean }

function find(db: Db, type: 'partner' | 'news' | 'event', query: string): Found[] {
  const en = ftsMatchExpression(englishSearchTerms(query))
  const de = ftsMatchExpression(searchTerms(query))
  const english = en ? ranked(db, 'en', SEARCH_KIND[type], en, published(type, true)) : []
  const seen = new Set(english)
  const german = de
    ? ranked(db, 'de', SEARCH_KIND[type], de, published(type, false)).filter((id) => !seen.has(id))
    : []
  return [
    ...english.map((id) => ({ id, english: true })),
    ...german.map((id) => ({ id, english: false })),
  ]
}

type Texts = {
  slug: string
  title: string
  lead: string
  body: string
  enSlug: string | null
  enTitle: string | null
  enLead: string | null
  enBody: string | null
}

function rowsById<T extends { id: number }>(rows: T[]): Map<number, T> {
  return new Map(rows.map((row) => [row.id, row]))
}

function texts(db: Db, type: 'news' | 'event', ids: number[]) {
  const table = type === 'news' ? news : events
  const lead = type === 'news' ? sql`x.lead` : sql`x.summary`
  const extra =
    type === 'news'
      ? sql`x.date AS date, x.place AS place, NULL AS startsAt`
      : sql`NULL AS date, x.venue_name AS place, x.starts_at AS startsAt`
  return rowsById(
    db.all<
      Texts & { id: number; date: string | null; place: string | null; startsAt: number | null }
    >(
      sql`SELECT x.id AS id, x.slug AS slug, x.title AS title, ${lead} AS lead, x.body AS body, ${extra},
            t.slug AS enSlug, t.title AS enTitle, t.lead AS enLead, t.body AS enBody
          FROM ${table} x LEFT JOIN translations t ON t.entity_type = ${type} AND t.entity_id = x.id
            AND t.locale = 'en' AND t.status = 'published'
          WHERE x.id IN (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})`,
    ),
  )
}

function contentGroup(db: Db, type: 'news' | 'event', query: string): Group {
  const found = find(db, type, query)
  const page = found.slice(0, ENGLISH_SEARCH_LIMIT)
  if (page.length === 0) return { total: found.length, hits: [] }
  const rows = texts(
    db,
    type,
    page.map((f) => f.id),
  )
  const enTerms = englishSearchTerms(query)
  const deTerms = searchTerms(query)
  const base = type === 'news' ? '/en/news/' : '/en/events/'
  return {
    total: found.length,
    hits: page.flatMap(({ id, english }) => {
      const row = rows.get(id)
      if (!row) return []
      const terms = english ? enTerms : deTerms
      const title = english ? row.enTitle || row.title : row.title
      const lead = english ? (row.enLead ?? '') : row.lead
      const body = english ? row.enBody || row.body : row.body
      const slug = english ? row.enSlug || row.slug : row.slug
      const meta =
        type === 'news'
          ? [row.place, row.date ? DATE.format(new Date(`${row.date}T12:00:00Z`)) : null]
              .filter(Boolean)
              .join(', ')
          : [row.startsAt ? DATE.format(new Date(row.startsAt)) : null, row.place]
              .filter(Boolean)
              .join(' · ')
      return [
        {
          href: `${base}${slug}`,
          title: highlight(title, terms),
          meta,
          snippet: snippetOf(`${lead} ${markdownToSearchText(body)}`.trim(), terms),
          lang: english ? ('en' as const) : ('de' as const),
          slugs: { de: row.slug, en: row.enSlug },
        },
      ]
    }),
  }
}

function partnerGroup(db: Db, query: string): Group {
  const found = find(db, 'partner', query)
  const page = found.slice(0, ENGLISH_SEARCH_LIMIT)
  if (page.length === 0) return { total: found.length, hits: [] }
  const rows = rowsById(
    db.all<{
      id: number
      slug: string
      name: string
      city: string | null
      body: string
      category: string
      enCategory: string | null
      enCategorySlug: string | null
      enBody: string | null
      hasEnglish: number
    }>(
      sql`SELECT p.id AS id, p.slug AS slug, p.name AS name, p.city AS city, p.body AS body, c.name AS category,
            ct.title AS enCategory, ct.slug AS enCategorySlug, t.body AS enBody, t.id IS NOT NULL AS hasEnglish
          FROM partners p JOIN categories c ON c.id = p.category_id
          LEFT JOIN translations t ON t.entity_type = 'partner' AND t.entity_id = p.id AND t.locale = 'en' AND t.status = 'published'
          LEFT JOIN translations ct ON ct.entity_type = 'category' AND ct.entity_id = c.id AND ct.locale = 'en' AND ct.status = 'published'
          WHERE p.id IN (${sql.join(
            page.map((f) => sql`${f.id}`),
            sql`, `,
          )})`,
    ),
  )
  const enTerms = englishSearchTerms(query)
  const deTerms = searchTerms(query)
  return {
    total: found.length,
    hits: page.flatMap(({ id, english }) => {
      const row = rows.get(id)
      if (!row) return []
      const terms = english ? enTerms : deTerms
      const enSlug = row.hasEnglish ? partnerEnglishSlug(row.slug, row.enCategorySlug) : null
      return [
        {
          href: `/en/partners/${enSlug ?? row.slug}`,
          title: highlight(row.name, terms),
          meta: [row.enCategory || row.category, row.city].filter(Boolean).join(' · '),
          snippet: snippetOf(
            markdownToSearchText(english ? row.enBody || row.body : row.body),
            terms,
          ),
          lang: english ? ('en' as const) : ('de' as const),
          slugs: { de: row.slug, en: enSlug },
        },
      ]
    }),
  }
}

export function searchEnglish(db: Db, query: string) {
  return {
    terms: englishSearchTerms(query),
    partners: partnerGroup(db, query),
    news: contentGroup(db, 'news', query),
    events: contentGroup(db, 'event', query),
  }
}
