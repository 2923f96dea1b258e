import 'server-only'
import { eq } from 'drizzle-orm'
import type { Db } from '../client'
import * as cacheTags from '../cache/tags'
import { invalidate } from '../cache/invalidate'
import { recordRevision } from './journal'
import { recordSlugChange, type RevisionSource } from './publication'
import { pages } from '../schema'
import type { Tx } from '../tx'
import { now } from '@/lib/clock'

/* Writing the site's pages (imprint, privacy, …) with cache tags and a revision. */

export type PageInput = { slug: string; title: string; body: string }

export function updatePage(
  tx: Tx | Db,
  id: number,
  input: PageInput,
  meta: { authorId: number | null; source: RevisionSource },
): void {
  const before = tx.select({ slug: pages.slug }).from(pages).where(eq(pages.id, id)).get()
  if (!before) throw new Error(`page ${id} not found`)
  tx.update(pages)
    .set({ ...input, updatedAt: now() })
    .where(eq(pages.id, id))
    .run()
  if (before.slug !== input.slug)
    recordSlugChange(tx, 'page', id, before.slug, input.slug, 'published')
  invalidate(tx, cacheTags.page(input.slug, before.slug))
  const snapshot = tx.select().from(pages).where(eq(pages.id, id)).get()
  recordRevision(tx, {
    entityType: 'page',
    entityId: id,
    snapshot,
    authorId: meta.authorId,
    source: meta.source,
  })
}

export function insertPage(
  tx: Tx | Db,
  input: PageInput,
  meta: { authorId: number | null; source: RevisionSource },
): number {
  const at = now()
  const id = tx
    .insert(pages)
    .values({ ...input, createdAt: at, updatedAt: at })
    .returning({ id: pages.id })
    .get().id
  const snapshot = tx.select().from(pages).where(eq(pages.id, id)).get()
  invalidate(tx, cacheTags.page(input.slug))
  recordRevision(tx, {
    entityType: 'page',
    entityId: id,
    snapshot,
    authorId: meta.authorId,
    source: meta.source,
  })
  return id
}
