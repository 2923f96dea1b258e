import 'server-only'
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../client'
import { categories, partners, translations } from '../schema'
import type { Tx } from '../tx'
import { searchRowId, type SearchKind } from '@/lib/search-kind'
import { markdownToSearchText } from '@/lib/search-text'
import type { TranslatableType } from '@/lib/validation/translation'

/*
 * The English full-text index `search_index_en`: the English versions of partners, news and
 * events, under the same rowids as the German index. Stored as written (the index stems English
 * words itself); queries keep only published translations of published items.
 */

function english(tx: Tx | Db, type: TranslatableType, entityId: number) {
  return tx
    .select()
    .from(translations)
    .where(
      and(
        eq(translations.entityType, type),
        eq(translations.entityId, entityId),
        eq(translations.locale, 'en'),
      ),
    )
    .get()
}

export function removeFromEnglishSearch(tx: Tx | Db, kind: SearchKind, id: number): void {
  tx.run(sql`DELETE FROM search_index_en WHERE rowid = ${searchRowId(kind, id)}`)
}

function write(
  tx: Tx | Db,
  kind: SearchKind,
  id: number,
  title: string,
  subtitle: string,
  body: string,
) {
  tx.run(sql`INSERT OR REPLACE INTO search_index_en (rowid, title, subtitle, body)
    VALUES (${searchRowId(kind, id)}, ${title}, ${subtitle}, ${markdownToSearchText(body)})`)
}

function writePartner(tx: Tx | Db, id: number): void {
  const row = english(tx, 'partner', id)
  const partner = tx
    .select({
      name: partners.name,
      categoryId: partners.categoryId,
      category: categories.name,
      city: partners.city,
    })
    .from(partners)
    .innerJoin(categories, eq(categories.id, partners.categoryId))
    .where(eq(partners.id, id))
    .get()
  if (!row || !partner) return removeFromEnglishSearch(tx, 'partner', id)
  const category = english(tx, 'category', partner.categoryId)?.title || partner.category
  const subtitle = [category, partner.city, row.quoteText].filter(Boolean).join(' ')
  write(tx, 'partner', id, partner.name, subtitle, row.body)
}

/** Brings the English index in step after a translation (or its item) changed. */
export function afterTranslationWrite(tx: Tx | Db, type: TranslatableType, entityId: number): void {
  if (type === 'partner') return writePartner(tx, entityId)
  if (type === 'category') {
    const ids = tx
      .select({ id: partners.id })
      .from(partners)
      .where(eq(partners.categoryId, entityId))
      .all()
    for (const { id } of ids) writePartner(tx, id)
    return
  }
  if (type !== 'news' && type !== 'event') return
  const row = english(tx, type, entityId)
  if (!row) return removeFromEnglishSearch(tx, type, entityId)
  write(tx, type, entityId, row.title, row.lead, row.body)
}
