import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { eq } from 'drizzle-orm'
import { getDirectory } from '@/db/public/partners'
import { partners } from '@/db/schema'
import { afterPartnerWrite } from '@/db/store/search-index'
import { backendDatabase } from '../helpers/backend'

vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }))

/*
 * The directory's state filter (`?land=`): only partners in that federal state, together with
 * the search (full-text path), the category, the facets and the letters.
 */

let ctx: ReturnType<typeof backendDatabase>
beforeEach(() => {
  ctx = backendDatabase()
  ctx.db
    .update(partners)
    .set({ state: 'NW', body: 'Maschinenbau in Ostwestfalen.' })
    .where(eq(partners.id, ctx.partnerA))
    .run()
  ctx.db
    .update(partners)
    .set({ state: 'BY', body: 'Maschinenbau in Franken.' })
    .where(eq(partners.id, ctx.partnerB))
    .run()
  afterPartnerWrite(ctx.db, ctx.partnerA)
  afterPartnerWrite(ctx.db, ctx.partnerB)
})
afterEach(() => ctx.cleanup())

const ALL = { q: '', category: null, letter: null, page: 1 }

describe('the directory filtered by federal state', () => {
  it('lists only the partners in the chosen state, and counts facets and letters within it', async () => {
    expect((await getDirectory(ALL)).total).toBe(2)
    const nrw = await getDirectory({ ...ALL, state: 'NW' })
    expect(nrw.items.map((item) => item.name)).toEqual(['Alpha GmbH'])
    expect(nrw.total).toBe(1)
    expect(nrw.facets).toEqual([{ slug: 'unternehmen', name: 'Unternehmen', count: 1 }])
    expect(nrw.letters.find((l) => l.letter === 'B')?.count).toBe(0)
    expect((await getDirectory({ ...ALL, state: 'HH' })).total).toBe(0)
  })

  it('works together with the full-text search and the category', async () => {
    expect((await getDirectory({ ...ALL, q: 'Maschinenbau' })).total).toBe(2)
    const found = await getDirectory({ ...ALL, q: 'Maschinenbau', state: 'BY' })
    expect(found.items.map((item) => item.name)).toEqual(['Beta AG'])
    expect(
      (await getDirectory({ ...ALL, q: 'Maschinenbau', state: 'BY', category: 'unternehmen' }))
        .total,
    ).toBe(1)
    expect((await getDirectory({ ...ALL, q: 'Ostwestfalen', state: 'BY' })).total).toBe(0)
  })
})
