import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Forbidden } from '@/db/auth/guard'
import { getOwnProfileTranslation, submitProfileTranslation } from '@/db/admin/profile-translation'
import { reviewSubmission } from '@/db/admin/submissions'
import { getTranslationForEdit, saveTranslationAdmin } from '@/db/admin/translations'
import { getPartnerProfile } from '@/db/public/partner-profile'
import { getDirectory } from '@/db/public/partners'
import { auditLog, categories, partners, submissions } from '@/db/schema'
import { translationActionSchema } from '@/lib/validation/translation'
import { backendDatabase, signedIn } from '../helpers/backend'
import { eq } from 'drizzle-orm'

vi.mock('@/db/auth/session', async () => {
  const { signedIn } = await import('../helpers/backend')
  return { getCurrentUser: async () => signedIn.user, clientAddress: async () => null }
})
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }))

/*
 * English partner profiles: editors translate directly; a partner's English text is a proposal
 * that changes nothing public until an editor approves it. Categories carry English names and
 * slugs, which also make up the English profile address.
 */

let ctx: ReturnType<typeof backendDatabase>
beforeEach(() => {
  ctx = backendDatabase()
  ctx.db
    .update(partners)
    .set({ body: 'Deutscher Profiltext.', quoteText: 'Gemeinsam stark.' })
    .run()
})
afterEach(() => ctx.cleanup())

const DIRECTORY = { q: '', category: null, letter: null, page: 1 }

function form(values: Record<string, unknown>) {
  return translationActionSchema.parse({ intent: 'publish', ...values })
}

describe('English partner profiles', () => {
  it("a partner's English text is not public before an editor approves it", async () => {
    signedIn.user = ctx.partnerUserA
    await submitProfileTranslation({
      body: 'English profile text.',
      quoteText: 'Stronger together.',
      quoteAuthorFunction: 'Managing director',
      imageAlt: null,
    })
    expect((await getOwnProfileTranslation()).pending?.data.body).toBe('English profile text.')
    const before = await getPartnerProfile('unternehmen/a', 'en')
    expect(before).toMatchObject({
      lang: 'de',
      slugs: { en: null },
      quote: { text: 'Gemeinsam stark.' },
    })
    expect(before?.bodyHtml).toContain('Deutscher Profiltext.')

    signedIn.user = ctx.editor
    const pending = ctx.db.select().from(submissions).get()!
    expect(pending.locale).toBe('en')
    await reviewSubmission(pending.id, 'approve', null)
    const after = await getPartnerProfile('unternehmen/a', 'en')
    expect(after).toMatchObject({
      lang: 'en',
      name: 'Alpha GmbH',
      slugs: { de: 'unternehmen/a', en: 'unternehmen/a' },
      quote: { text: 'Stronger together.', authorFunction: 'Managing director' },
    })
    expect(after?.bodyHtml).toContain('English profile text.')
    // German visitors still read the German profile; the German profile was not touched.
    const german = await getPartnerProfile('unternehmen/a')
    expect(german?.bodyHtml).toContain('Deutscher Profiltext.')
    expect(german?.lang).toBe('de')
    expect(
      ctx.db
        .select({ a: auditLog.action })
        .from(auditLog)
        .all()
        .map((r) => r.a),
    ).toEqual(expect.arrayContaining(['partner.profile_en_submit', 'partner.profile_en_approve']))
  })

  it('a rejected English text changes nothing; German and English proposals do not replace each other', async () => {
    signedIn.user = ctx.partnerUserA
    await submitProfileTranslation({
      body: 'Draft.',
      quoteText: null,
      quoteAuthorFunction: null,
      imageAlt: null,
    })
    signedIn.user = ctx.editor
    const id = ctx.db.select().from(submissions).get()!.id
    await reviewSubmission(id, 'reject', 'Bitte überarbeiten.')
    expect((await getPartnerProfile('unternehmen/a', 'en'))?.lang).toBe('de')
    signedIn.user = ctx.partnerUserA
    expect((await getOwnProfileTranslation()).lastDecision?.reviewComment).toBe(
      'Bitte überarbeiten.',
    )
  })

  it('editors and admins translate profiles directly; partners may not', async () => {
    signedIn.user = ctx.partnerUserA
    await expect(
      saveTranslationAdmin(form({ entityType: 'partner', entityId: ctx.partnerA, body: 'X' })),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(getTranslationForEdit('partner', ctx.partnerA)).rejects.toBeInstanceOf(Forbidden)
    signedIn.user = ctx.editor
    await saveTranslationAdmin(
      form({ entityType: 'partner', entityId: ctx.partnerA, body: 'By the editors.' }),
    )
    expect((await getPartnerProfile('unternehmen/a', 'en'))?.bodyHtml).toContain('By the editors.')
  })

  it('English category names and slugs: the directory and the English profile address', async () => {
    const categoryId = ctx.db.select({ id: categories.id }).from(categories).get()!.id
    signedIn.user = ctx.editor
    await saveTranslationAdmin(
      form({ entityType: 'partner', entityId: ctx.partnerA, body: 'Hello.' }),
    )
    signedIn.user = ctx.admin
    await saveTranslationAdmin(
      form({ entityType: 'category', entityId: categoryId, title: 'Companies', slug: '' }),
    )
    const directory = await getDirectory(DIRECTORY, 'en')
    expect(directory.facets).toEqual([{ slug: 'companies', name: 'Companies', count: 2 }])
    expect(directory.items.map((item) => [item.slug, item.lang, item.categoryName])).toEqual([
      ['companies/a', 'en', 'Companies'],
      ['unternehmen/b', 'de', 'Companies'],
    ])
    expect((await getDirectory({ ...DIRECTORY, category: 'companies' }, 'en')).total).toBe(2)
    // The language switch of a filtered directory names the category by its slug there.
    const slugs = { de: 'unternehmen', en: 'companies' }
    expect(
      (await getDirectory({ ...DIRECTORY, category: 'companies' }, 'en')).category?.slugs,
    ).toEqual(slugs)
    expect(
      (await getDirectory({ ...DIRECTORY, category: 'unternehmen' }, 'de')).category?.slugs,
    ).toEqual(slugs)
    expect((await getPartnerProfile('companies/a', 'en'))?.lang).toBe('en')
    expect((await getPartnerProfile('unternehmen/a', 'en'))?.slugs.en).toBe('companies/a')
    expect((await getPartnerProfile('companies/b', 'en'))?.lang).toBe('de')
    // The German directory is as it was.
    const germanDirectory = await getDirectory(DIRECTORY)
    expect(germanDirectory.facets).toEqual([{ slug: 'unternehmen', name: 'Unternehmen', count: 2 }])
    expect(await getPartnerProfile('companies/a')).toBeNull()
    // Categories are the admins' to translate.
    signedIn.user = ctx.editor
    await expect(
      saveTranslationAdmin(form({ entityType: 'category', entityId: categoryId, title: 'Firms' })),
    ).rejects.toBeInstanceOf(Forbidden)
    expect(ctx.db.select().from(partners).where(eq(partners.id, ctx.partnerA)).get()?.body).toBe(
      'Deutscher Profiltext.',
    )
  })
})
