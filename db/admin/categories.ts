import 'server-only'
import { and, asc, count, eq, ne } from 'drizzle-orm'
import { getDb } from '../client'
import * as cacheTags from '../cache/tags'
import { invalidate } from '../cache/invalidate'
import { FieldError, requireRole, UserError } from '../auth/guard'
import { recordAudit } from '../store/journal'
import { categories, partners } from '../schema'
import { afterPartnerWrite } from '../store/search-index'
import { writeTransaction } from '../tx'
import { now } from '@/lib/clock'
import { isReservedSlug, RESERVED_SLUG_MESSAGE } from '@/lib/reserved-slugs'

/* Partner categories: admins only. A category with partners cannot be deleted. */

export async function listCategoriesAdmin() {
  await requireRole('admin')
  return getDb()
    .select({
      id: categories.id,
      name: categories.name,
      slug: categories.slug,
      sortOrder: categories.sortOrder,
      partners: count(partners.id),
    })
    .from(categories)
    .leftJoin(partners, eq(partners.categoryId, categories.id))
    .groupBy(categories.id)
    .orderBy(asc(categories.sortOrder), asc(categories.name))
    .all()
}

export async function saveCategory(data: {
  id?: number
  name: string
  slug: string
  sortOrder: number
}): Promise<void> {
  const user = await requireRole('admin')
  const db = getDb()
  const existing = data.id
    ? db.select().from(categories).where(eq(categories.id, data.id)).get()
    : null
  if (data.id && !existing) throw new UserError('Diese Kategorie gibt es nicht (mehr).')
  const clash = (column: typeof categories.name | typeof categories.slug, value: string) =>
    db
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(column, value), existing ? ne(categories.id, existing.id) : undefined))
      .get()
  if (clash(categories.name, data.name))
    throw new FieldError('name', 'Eine Kategorie mit diesem Namen gibt es schon.')
  if (isReservedSlug('category', 'de', data.slug))
    throw new FieldError('slug', RESERVED_SLUG_MESSAGE)
  if (clash(categories.slug, data.slug))
    throw new FieldError('slug', 'Dieser Slug ist schon vergeben.')
  const at = now()
  writeTransaction(db, (tx) => {
    if (existing) {
      tx.update(categories)
        .set({ name: data.name, slug: data.slug, sortOrder: data.sortOrder, updatedAt: at })
        .where(eq(categories.id, existing.id))
        .run()
      // The category name is part of every member's search text.
      if (existing.name !== data.name) {
        for (const { id } of tx
          .select({ id: partners.id })
          .from(partners)
          .where(eq(partners.categoryId, existing.id))
          .all())
          afterPartnerWrite(tx, id)
      }
    } else {
      tx.insert(categories)
        .values({
          name: data.name,
          slug: data.slug,
          sortOrder: data.sortOrder,
          createdAt: at,
          updatedAt: at,
        })
        .run()
    }
    invalidate(tx, cacheTags.category())
    recordAudit(tx, {
      action: existing ? 'category.update' : 'category.create',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'category',
      entityId: existing?.id ?? null,
      details: { name: data.name, slug: data.slug },
    })
  })
}

export async function deleteCategory(id: number): Promise<void> {
  const user = await requireRole('admin')
  const db = getDb()
  const category = db.select().from(categories).where(eq(categories.id, id)).get()
  if (!category) throw new UserError('Diese Kategorie gibt es nicht (mehr).')
  const members =
    db.select({ n: count() }).from(partners).where(eq(partners.categoryId, id)).get()?.n ?? 0
  if (members > 0)
    throw new UserError(
      `„${category.name}“ hat noch ${members} Partner und kann nicht gelöscht werden.`,
    )
  writeTransaction(db, (tx) => {
    tx.delete(categories).where(eq(categories.id, id)).run()
    invalidate(tx, cacheTags.category())
    recordAudit(tx, {
      action: 'category.delete',
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'category',
      entityId: id,
      details: { name: category.name },
    })
  })
}
