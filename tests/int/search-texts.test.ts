import { eq, sql } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { categories, searchTexts } from '@/db/schema'
import { insertPartner } from '@/db/store/partners'
import { fillMissingSearchTexts, removeFromSearch } from '@/db/store/search-index'
import { searchRowId } from '@/lib/search-kind'
import { tempDatabase } from '../helpers/db'

/*
 * Lists cut their excerpts from the plain text stored when a body is written, instead of
 * rendering Markdown for every card of every request: the stored text must follow every write.
 */

let ctx: ReturnType<typeof tempDatabase>
beforeEach(() => {
  ctx = tempDatabase()
})
afterEach(() => ctx.cleanup())

function addPartner(body: string): number {
  const categoryId = ctx.db
    .insert(categories)
    .values({ name: 'Institute', slug: 'institute', createdAt: new Date(), updatedAt: new Date() })
    .returning({ id: categories.id })
    .get().id
  return insertPartner(
    ctx.db,
    {
      name: 'Institut Nord',
      slug: 'institut-nord',
      categoryId,
      website: null,
      city: null,
      region: null,
      street: null,
      postalCode: null,
      state: null,
      lat: null,
      lon: null,
      sites: null,
      quoteText: null,
      quoteAuthor: null,
      quoteAuthorFunction: null,
      body,
      logoImageId: null,
    },
    { status: 'published', publishAt: null },
    { authorId: null, source: 'edit' },
  )
}

const stored = (id: number) =>
  ctx.db
    .select({ text: searchTexts.text })
    .from(searchTexts)
    .where(eq(searchTexts.docId, searchRowId('partner', id)))
    .get()?.text

describe('search_texts', () => {
  it('holds the plain text of a body as soon as it is written, and forgets a removed one', () => {
    const id = addPartner('## Robotik\n\nWir bauen **Greifer** für die [Industrie](https://x.de).')
    expect(stored(id)).toBe('Robotik Wir bauen Greifer für die Industrie.')
    removeFromSearch(ctx.db, 'partner', id)
    expect(stored(id)).toBeUndefined()
  })

  it('is filled for rows written before the table existed', () => {
    const id = addPartner('Text *mit* Auszeichnung')
    ctx.db.run(sql`DELETE FROM search_texts`)
    expect(fillMissingSearchTexts(ctx.db)).toBe(1)
    expect(stored(id)).toBe('Text mit Auszeichnung')
    expect(fillMissingSearchTexts(ctx.db)).toBe(0)
  })
})
