import type { Db } from '@/db/client'
import { categories, partners, users } from '@/db/schema'
import type { CurrentUser } from '@/db/auth/session'
import { newsActionSchema, type NewsAction } from '@/lib/validation/news'
import { tempDatabase } from './db'

/*
 * The backend's data layer against a real SQLite file, signed in as whoever a test says. The test
 * file mocks `@/db/auth/session` with `signedIn` (vi.mock is hoisted there); the data layer's own
 * connection is pointed at the temporary database.
 */

export const signedIn: { user: CurrentUser | null } = { user: null }

export function backendDatabase() {
  const ctx = tempDatabase()
  ;(globalThis as { portalDb?: Db }).portalDb = ctx.db
  const at = new Date()
  const categoryId = ctx.db
    .insert(categories)
    .values({ name: 'Unternehmen', slug: 'unternehmen', createdAt: at, updatedAt: at })
    .returning({ id: categories.id })
    .get().id
  const partner = (slug: string, name: string) =>
    ctx.db
      .insert(partners)
      .values({
        slug: `unternehmen/${slug}`,
        name,
        sortName: name.toLowerCase(),
        categoryId,
        status: 'published',
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: partners.id })
      .get().id
  const partnerA = partner('a', 'Alpha GmbH')
  const partnerB = partner('b', 'Beta AG')
  const account = (email: string, role: CurrentUser['role'], partnerId: number | null) => {
    const id = ctx.db
      .insert(users)
      .values({
        email,
        name: email,
        role,
        state: 'active',
        partnerId,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: users.id })
      .get().id
    return { id, email, name: email, role, partnerId } satisfies CurrentUser
  }
  return {
    ...ctx,
    partnerA,
    partnerB,
    editor: account('redaktion@example.org', 'editor', null),
    admin: account('admin@example.org', 'admin', null),
    partnerUserA: account('a@example.org', 'partner', partnerA),
    partnerUserB: account('b@example.org', 'partner', partnerB),
    cleanup: () => {
      delete (globalThis as { portalDb?: Db }).portalDb
      signedIn.user = null
      ctx.cleanup()
    },
  }
}

/** A news form as the browser would send it, checked by the action's own schema. */
export function newsForm(values: Record<string, unknown>): NewsAction {
  return newsActionSchema.parse({
    title: 'Meldung',
    slug: 'meldung',
    lead: '',
    body: 'Text',
    date: '2026-11-20',
    links: [],
    partnerIds: [],
    tags: '',
    intent: 'save',
    ...values,
  })
}
