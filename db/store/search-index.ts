import 'server-only'
import { eq, sql } from 'drizzle-orm'
import type { Db } from '../client'
import { categories, events, news, partners } from '../schema'
import type { Tx } from '../tx'
import { searchRowId, type SearchKind } from '@/lib/search-kind'
import { foldForSearch, markdownToSearchText } from '@/lib/search-text'

/*
 * Keeps the FTS5 table `search_index` in step with the content. Every row is indexed whatever
 * its status; queries join back to the content table and keep only what visitors may see, so a
 * scheduled item becomes findable at its time without reindexing.
 */

function write(tx: Tx | Db, rowid: number, title: string, subtitle: string, body: string): void {
  tx.run(sql`INSERT OR REPLACE INTO search_index (rowid, title, subtitle, body)
    VALUES (${rowid}, ${foldForSearch(title)}, ${foldForSearch(subtitle)}, ${foldForSearch(markdownToSearchText(body))})`)
}

export function removeFromSearch(tx: Tx | Db, kind: SearchKind, id: number): void {
  tx.run(sql`DELETE FROM search_index WHERE rowid = ${searchRowId(kind, id)}`)
}

export function afterPartnerWrite(tx: Tx | Db, id: number): void {
  const row = tx
    .select({
      name: partners.name,
      category: categories.name,
      quoteText: partners.quoteText,
      quoteAuthor: partners.quoteAuthor,
      city: partners.city,
      body: partners.body,
    })
    .from(partners)
    .innerJoin(categories, eq(categories.id, partners.categoryId))
    .where(eq(partners.id, id))
    .get()
  if (!row) return removeFromSearch(tx, 'partner', id)
  const subtitle = [row.category, row.city, row.quoteText, row.quoteAuthor]
    .filter(Boolean)
    .join(' ')
  write(tx, searchRowId('partner', id), row.name, subtitle, row.body)
}

export function afterNewsWrite(tx: Tx | Db, id: number): void {
  const row = tx
    .select({ title: news.title, lead: news.lead, place: news.place, body: news.body })
    .from(news)
    .where(eq(news.id, id))
    .get()
  if (!row) return removeFromSearch(tx, 'news', id)
  write(
    tx,
    searchRowId('news', id),
    row.title,
    [row.lead, row.place].filter(Boolean).join(' '),
    row.body,
  )
}

export function afterEventWrite(tx: Tx | Db, id: number): void {
  const row = tx
    .select({
      title: events.title,
      summary: events.summary,
      venueName: events.venueName,
      venueAddress: events.venueAddress,
      body: events.body,
    })
    .from(events)
    .where(eq(events.id, id))
    .get()
  if (!row) return removeFromSearch(tx, 'event', id)
  const subtitle = [row.summary, row.venueName, row.venueAddress].filter(Boolean).join(' ')
  write(tx, searchRowId('event', id), row.title, subtitle, row.body)
}
