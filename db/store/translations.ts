import 'server-only'
import { and, eq } from 'drizzle-orm'
import type { Db } from '../client'
import * as cacheTags from '../cache/tags'
import { invalidate } from '../cache/invalidate'
import { recordRevision } from './journal'
import { publicationColumns, type PublicationInput, type RevisionSource } from './publication'
import { afterTranslationWrite } from './search-index-en'
import { translations, type Translation } from '../schema'
import type { Tx } from '../tx'
import { now } from '@/lib/clock'
import { parseLinkLabels } from '@/lib/translation-kinds'
import type { TranslatableType } from '@/lib/validation/translation'

export { parseLinkLabels }

/*
 * Writing English versions of items: texts, own status, a revision of every save, the English
 * search index and the cache tags of the item. Callers authorize first and wrap the call in
 * writeTransaction.
 */

export type TranslationInput = {
  slug: string | null
  title: string
  lead: string
  body: string
  quoteText: string | null
  quoteAuthorFunction: string | null
  imageAlt: string | null
  linkLabels: string[]
}

type Meta = { authorId: number | null; source: RevisionSource }

export function findTranslation(
  tx: Tx | Db,
  type: TranslatableType,
  entityId: number,
): Translation | null {
  return (
    tx
      .select()
      .from(translations)
      .where(
        and(
          eq(translations.entityType, type),
          eq(translations.entityId, entityId),
          eq(translations.locale, 'en'),
        ),
      )
      .get() ?? null
  )
}

/** What a revision of a translation holds. */
export function translationSnapshot(tx: Tx | Db, id: number) {
  const row = tx.select().from(translations).where(eq(translations.id, id)).get()
  if (!row) return null
  return { ...row, linkLabels: parseLinkLabels(row.linkLabels) }
}

function columns(input: TranslationInput) {
  return {
    slug: input.slug || null,
    title: input.title,
    lead: input.lead,
    body: input.body,
    quoteText: input.quoteText,
    quoteAuthorFunction: input.quoteAuthorFunction,
    imageAlt: input.imageAlt,
    linkLabels: JSON.stringify(input.linkLabels),
  }
}

function afterWrite(
  tx: Tx | Db,
  row: Pick<Translation, 'id' | 'entityType' | 'entityId'>,
  slugs: (string | null)[],
  meta: Meta,
): void {
  afterTranslationWrite(tx, row.entityType, row.entityId)
  invalidate(tx, cacheTags.translation(tx, row.entityType, row.entityId, slugs))
  recordRevision(tx, {
    entityType: 'translation',
    entityId: row.id,
    snapshot: translationSnapshot(tx, row.id),
    authorId: meta.authorId,
    source: meta.source,
  })
}

/**
 * Creates or replaces the English version of an item; with `publication` null the status stays
 * (a new version starts as a draft). Returns the translation's id.
 */
export function saveTranslation(
  tx: Tx | Db,
  type: TranslatableType,
  entityId: number,
  input: TranslationInput,
  publication: PublicationInput | null,
  meta: Meta,
): number {
  const at = now()
  const before = findTranslation(tx, type, entityId)
  if (!before) {
    const row = tx
      .insert(translations)
      .values({
        entityType: type,
        entityId,
        locale: 'en',
        ...columns(input),
        ...publicationColumns(publication ?? { status: 'draft' }, null, at),
        authorId: meta.authorId,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: translations.id })
      .get()
    afterWrite(tx, { id: row.id, entityType: type, entityId }, [input.slug], meta)
    return row.id
  }
  tx.update(translations)
    .set({
      ...columns(input),
      ...(publication ? publicationColumns(publication, before.publishedAt, at) : {}),
      updatedAt: at,
    })
    .where(eq(translations.id, before.id))
    .run()
  afterWrite(tx, before, [before.slug, input.slug], meta)
  return before.id
}

/** Only the status (withdraw, the scheduler, a review), with its revision and cache tags. */
export function setTranslationStatus(
  tx: Tx | Db,
  id: number,
  publication: PublicationInput,
  meta: Meta,
): void {
  const before = tx.select().from(translations).where(eq(translations.id, id)).get()
  if (!before) throw new Error(`translation ${id} not found`)
  const at = now()
  tx.update(translations)
    .set({ ...publicationColumns(publication, before.publishedAt, at), updatedAt: at })
    .where(eq(translations.id, id))
    .run()
  afterWrite(tx, before, [before.slug], meta)
}
