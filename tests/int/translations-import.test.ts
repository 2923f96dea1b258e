import { parseStoredSites } from '@/lib/validation/location'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importProfiles, type ImportSource } from '@/db/store/profile-import'
import { categories, partners, translations } from '@/db/schema'
import { eq } from 'drizzle-orm'
import { profileMarkdown } from '@/lib/export-format'
import { tempDatabase } from '../helpers/db'

/*
 * The English version of a profile travels in an optional `en:` block of the front matter: it is
 * imported as the profile's English version, exported again, and that export imports unchanged.
 */

let ctx: ReturnType<typeof tempDatabase>
beforeEach(() => {
  ctx = tempDatabase()
})
afterEach(() => ctx.cleanup())

function source(name: string, text: string): ImportSource {
  return { name, bytes: new TextEncoder().encode(text), readRelative: async () => null }
}

const PROFILE = `---
name: "Beispiel GmbH"
slug: "unternehmen-und-stiftungen/beispiel-gmbh"
logo: ""
category: "Unternehmen und Stiftungen"
citeAuthor: "Anna Beispiel"
citeAuthorFunction: "Geschäftsführerin"
citeQuote: "Gemeinsam stark."
en:
  citeQuote: "Stronger together."
  citeAuthorFunction: "Managing director"
  body: |
    We build **machines**.

    A second paragraph.
---

Wir bauen **Maschinen**.
`

function exported(): string {
  const row = ctx.db
    .select()
    .from(partners)
    .innerJoin(categories, eq(categories.id, partners.categoryId))
    .get()!
  const english = ctx.db.select().from(translations).get()
  return profileMarkdown({
    ...row.partners,
    sites: parseStoredSites(row.partners.sites),
    category: row.categories.name,
    logoFile: null,
    english: english
      ? {
          body: english.body,
          quoteText: english.quoteText,
          quoteAuthorFunction: english.quoteAuthorFunction,
        }
      : null,
  })
}

describe('profile import and export with an English version', () => {
  it('imports the en: block as the published English version; the export imports unchanged', async () => {
    const first = await importProfiles(ctx.db, [source('beispiel.md', PROFILE)])
    expect(first.summary).toMatchObject({ created: 1, failed: 0 })
    const english = ctx.db.select().from(translations).get()!
    expect(english).toMatchObject({
      entityType: 'partner',
      status: 'published',
      body: 'We build **machines**.\n\nA second paragraph.',
      quoteText: 'Stronger together.',
      quoteAuthorFunction: 'Managing director',
    })
    expect(ctx.db.select().from(partners).get()?.body).toBe('Wir bauen **Maschinen**.')

    const again = exported()
    expect(again).toContain('en:')
    const second = await importProfiles(ctx.db, [source('beispiel.md', again)])
    expect(second.summary).toEqual({ created: 0, updated: 0, unchanged: 1, failed: 0 })
  })

  it('a changed English text alone updates the English version; a file without en: keeps it', async () => {
    await importProfiles(ctx.db, [source('beispiel.md', PROFILE)])
    const germanUpdatedAt = ctx.db.select().from(partners).get()!.updatedAt
    const changed = PROFILE.replace('We build', 'We design')
    const result = await importProfiles(ctx.db, [source('beispiel.md', changed)])
    expect(result.summary).toMatchObject({ updated: 1 })
    expect(ctx.db.select().from(translations).get()?.body).toMatch(/^We design/)
    expect(ctx.db.select().from(partners).get()!.updatedAt).toEqual(germanUpdatedAt)

    const withoutEnglish = PROFILE.replace(/en:\n(?: {2}.*\n|\n)*/, '')
    expect(withoutEnglish).not.toContain('en:')
    const kept = await importProfiles(ctx.db, [source('beispiel.md', withoutEnglish)])
    expect(kept.summary).toMatchObject({ unchanged: 1 })
    expect(ctx.db.select().from(translations).all()).toHaveLength(1)
  })

  it('a dry run reports an English change without writing it', async () => {
    await importProfiles(ctx.db, [source('beispiel.md', PROFILE)])
    const dry = await importProfiles(
      ctx.db,
      [source('beispiel.md', PROFILE.replace('We build', 'We plan'))],
      { dryRun: true },
    )
    expect(dry.summary).toMatchObject({ updated: 1 })
    expect(ctx.db.select().from(translations).get()?.body).toMatch(/^We build/)
  })
})
