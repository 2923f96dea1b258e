import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { saveAutosave } from '@/db/admin/autosave'
import { saveNews } from '@/db/admin/news'
import { cacheInvalidations, news } from '@/db/schema'
import { backendDatabase, newsForm, signedIn } from '../helpers/backend'

const expiredInAction = vi.hoisted(() => [] as string[])

vi.mock('@/db/auth/session', async () => {
  const { signedIn } = await import('../helpers/backend')
  return { getCurrentUser: async () => signedIn.user, clientAddress: async () => null }
})
vi.mock('next/cache', () => ({
  cacheLife: () => undefined,
  cacheTag: () => undefined,
  // As inside a server action: Next.js would render the sending page again afterwards.
  updateTag: (tag: string) => expiredInAction.push(tag),
  revalidateTag: (tag: string) => expiredInAction.push(tag),
}))

/*
 * The first autosave of a new item creates its draft. Expiring tags inside that action would make
 * Next.js render the sending page again — the new-item page, whose address the form has just
 * changed to the item's — and replace the form being typed in. Its tags go to the other
 * processes' poll instead; a save pressed by the editor still expires them at once.
 */

let ctx: ReturnType<typeof backendDatabase>
beforeEach(() => {
  ctx = backendDatabase()
  expiredInAction.length = 0
})
afterEach(() => ctx.cleanup())

describe('the first autosave of a new item', () => {
  it('creates the draft without expiring tags inside the action; they are recorded for the poll', async () => {
    signedIn.user = ctx.editor
    const before = ctx.db.select().from(cacheInvalidations).all().length
    const saved = await saveAutosave('news', null, [
      ['title', 'Noch nicht gespeichert'],
      ['lead', 'Getippt'],
    ])
    const draft = ctx.db
      .select()
      .from(news)
      .all()
      .find((row) => row.id === saved.id)
    expect(draft?.status).toBe('draft')
    expect(expiredInAction).toEqual([])
    expect(ctx.db.select().from(cacheInvalidations).all().length).toBeGreaterThan(before)
  })

  it('leaves the editor’s own save as it was: its tags expire in the action', async () => {
    signedIn.user = ctx.editor
    await saveNews(newsForm({ title: 'Gespeichert', slug: 'gespeichert' }))
    expect(expiredInAction.length).toBeGreaterThan(0)
  })
})
