import 'server-only'
import { eq, sql } from 'drizzle-orm'
import type { Db } from '../client'
import { categories, events, news, partners, searchTexts } from '../schema'
import type { Tx } from '../tx'
import { searchRowId, type SearchKind } from '@/lib/search-kind'
import { foldForSearch, markdownToSearchText } from '@/lib/search-text'

/*
 * Keeps the FTS5 table `search_index` in step with the content. Every row is indexed whatever
 * its status; queries join back to the content table and keep only what visitors may see, so a
 * scheduled item becomes findable at its time without reindexing. `search_texts` keeps the plain
 * text of each body beside it.
 */

function write(tx: Tx | Db, rowid: number, title: string, subtitle: string, body: string): void {
  const plain = markdownToSearchText(body)
  tx.run(sql`INSERT OR REPLACE INTO search_index (rowid, title, subtitle, body)
    VALUES (${rowid}, ${foldForSearch(title)}, ${foldForSearch(subtitle)}, ${foldForSearch(plain)})`)
  // The unfolded text, for excerpts: rendering Markdown per card and request cost more than
  // the rest of a list's render.
  tx.insert(searchTexts)
    .values({ docId: rowid, text: plain })
    .onConflictDoUpdate({ target: searchTexts.docId, set: { text: plain } })
    .run()
}

export function removeFromSearch(tx: Tx | Db, kind: SearchKind, id: number): void {
  const rowid = searchRowId(kind, id)
  tx.run(sql`DELETE FROM search_index WHERE rowid = ${rowid}`)
  tx.delete(searchTexts).where(eq(searchTexts.docId, rowid)).run()
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

/**
 * Writes the plain text of every row indexed before `search_texts` existed (run after the
 * migrations; a no-op once all rows have it). Until then the readers render the Markdown.
 */
export function fillMissingSearchTexts(db: Db): number {
  let filled = 0
  const missing = (table: 'partners' | 'news' | 'events', kind: SearchKind) =>
    db
      .all<{ id: number }>(
        sql`SELECT id FROM ${sql.identifier(table)} x WHERE NOT EXISTS
              (SELECT 1 FROM search_texts t WHERE t.doc_id = x.id * 4 + ${searchRowId(kind, 0)})`,
      )
      .map((row) => row.id)
  for (const [table, kind, refresh] of [
    ['partners', 'partner', afterPartnerWrite],
    ['news', 'news', afterNewsWrite],
    ['events', 'event', afterEventWrite],
  ] as const) {
    const ids = missing(table, kind)
    for (let i = 0; i < ids.length; i += 500)
      db.transaction(
        (tx) => {
          for (const id of ids.slice(i, i + 500)) refresh(tx, id)
        },
        { behavior: 'immediate' },
      )
    filled += ids.length
  }
  return filled
}
