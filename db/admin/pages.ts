import 'server-only'
import { and, asc, eq, ne } from 'drizzle-orm'
import { getDb } from '../client'
import * as cacheTags from '../cache/tags'
import { invalidate } from '../cache/invalidate'
import { insertPage, updatePage } from '../store/pages'
import { FieldError, requireRole, UserError } from '../auth/guard'
import { recordAudit } from '../store/journal'
import { pages } from '../schema'
import { writeTransaction } from '../tx'
import type { z } from 'zod'
import type { pageFormSchema } from '@/lib/validation/page'
import { isReservedSlug, RESERVED_SLUG_MESSAGE } from '@/lib/reserved-slugs'

/* Info pages (Impressum, Datenschutz, …): admins only. The legal pages cannot be deleted. */

export const PROTECTED_PAGES = ['impressum', 'datenschutz', 'barrierefreiheit']

export async function listPagesAdmin() {
  await requireRole('admin')
  return getDb()
    .select({ id: pages.id, title: pages.title, slug: pages.slug, updatedAt: pages.updatedAt })
    .from(pages)
    .orderBy(asc(pages.title))
    .all()
}

export async function getPageForEdit(id: number) {
  await requireRole('admin')
  return getDb().select().from(pages).where(eq(pages.id, id)).get() ?? null
}

export async function savePage(data: z.output<typeof pageFormSchema>): Promise<number> {
  const user = await requireRole('admin')
  const db = getDb()
  const existing = data.id ? db.select().from(pages).where(eq(pages.id, data.id)).get() : null
  if (data.id && !existing) throw new UserError('Diese Seite gibt es nicht (mehr).')
  if (isReservedSlug('page', 'de', data.slug)) throw new FieldError('slug', RESERVED_SLUG_MESSAGE)
  if (existing && PROTECTED_PAGES.includes(existing.slug) && data.slug !== existing.slug) {
    throw new FieldError('slug', 'Die Adresse der Pflichtseiten bleibt fest.')
  }
  if (
    db
      .select({ id: pages.id })
      .from(pages)
      .where(and(eq(pages.slug, data.slug), existing ? ne(pages.id, existing.id) : undefined))
      .get()
  ) {
    throw new FieldError('slug', 'Dieser Slug ist schon vergeben.')
  }
  const input = { title: data.title, slug: data.slug, body: data.body }
  return writeTransaction(db, (tx) => {
    const meta = { authorId: user.id, source: 'edit' as const }
    const id = existing
      ? (updatePage(tx, existing.id, input, meta), existing.id)
      : insertPage(tx, input, meta)
    recordAudit(tx, {
      action: existing ? 'page.update' : 'page.create',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'page',
      entityId: id,
      details: { title: input.title },
    })
    return id
  })
}

export async function deletePage(id: number): Promise<void> {
  const user = await requireRole('admin')
  const db = getDb()
  const page = db.select().from(pages).where(eq(pages.id, id)).get()
  if (!page) throw new UserError('Diese Seite gibt es nicht (mehr).')
  if (PROTECTED_PAGES.includes(page.slug))
    throw new UserError(
      'Impressum, Datenschutz und Barrierefreiheit sind Pflichtseiten und können nicht gelöscht werden.',
    )
  writeTransaction(db, (tx) => {
    invalidate(tx, cacheTags.page(page.slug))
    tx.delete(pages).where(eq(pages.id, id)).run()
    recordAudit(tx, {
      action: 'page.delete',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'page',
      entityId: id,
      details: { title: page.title, slug: page.slug },
    })
  })
}
