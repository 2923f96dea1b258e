import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Forbidden, UserError } from '@/db/auth/guard'
import { saveNews } from '@/db/admin/news'
import {
  getTranslationForEdit,
  saveTranslationAdmin,
  withdrawTranslation,
} from '@/db/admin/translations'
import { getNewsArticle } from '@/db/public/news-article'
import { getNewsFeed, getNewsList, getNewsSitemap } from '@/db/public/news'
import { auditLog, revisions, translations } from '@/db/schema'
import { publishDue } from '@/db/store/scheduler'
import { translationActionSchema } from '@/lib/validation/translation'
import { backendDatabase, newsForm, signedIn } from '../helpers/backend'

vi.mock('@/db/auth/session', async () => {
  const { signedIn } = await import('../helpers/backend')
  return { getCurrentUser: async () => signedIn.user, clientAddress: async () => null }
})
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }))

/*
 * The English version of a news item has its own status: visitors of the English site get it only
 * once it is published, German visitors see exactly what they saw before.
 */

let ctx: ReturnType<typeof backendDatabase>
beforeEach(() => {
  ctx = backendDatabase()
})
afterEach(() => ctx.cleanup())

const LIST = { page: 1, year: null, tag: null }

function english(values: Record<string, unknown>) {
  return translationActionSchema.parse({
    entityType: 'news',
    title: 'Delegations from Catalonia visit OWL',
    slug: '',
    lead: 'Guests from Barcelona.',
    body: 'English **text**.',
    linkLabels: ['Programme'],
    intent: 'save',
    ...values,
  })
}

async function publishedGermanNews(): Promise<number> {
  signedIn.user = ctx.editor
  return saveNews(
    newsForm({
      title: 'Delegationen aus Katalonien zu Gast in OWL',
      slug: 'delegationen-aus-katalonien',
      lead: 'Gäste aus Barcelona.',
      body: 'Deutscher **Text**.',
      links: [{ label: 'Programm', url: 'https://example.org/programm' }],
      intent: 'publish',
    }),
  )
}

describe('news in English', () => {
  it('without an English version, the English reader gives the German texts marked as German', async () => {
    await publishedGermanNews()
    const item = (await getNewsList(LIST, 'en')).items[0]!
    expect(item).toMatchObject({
      title: 'Delegationen aus Katalonien zu Gast in OWL',
      lang: 'de',
      slugs: { de: 'delegationen-aus-katalonien', en: null },
    })
    const article = await getNewsArticle('delegationen-aus-katalonien', 'en')
    expect(article).toMatchObject({ lang: 'de', lead: 'Gäste aus Barcelona.' })
  })

  it('a draft English version stays invisible; once published it is what English visitors read', async () => {
    const id = await publishedGermanNews()
    const germanBefore = await getNewsArticle('delegationen-aus-katalonien')
    await saveTranslationAdmin(english({ entityId: id }))
    expect((await getNewsArticle('delegationen-aus-katalonien', 'en'))?.lang).toBe('de')
    expect(await getNewsArticle('delegations-from-catalonia-visit-owl', 'en')).toBeNull()
    expect((await getNewsFeed(30, 'en'))[0]?.title).toBe(
      'Delegationen aus Katalonien zu Gast in OWL',
    )

    await saveTranslationAdmin(english({ entityId: id, intent: 'publish' }))
    const article = await getNewsArticle('delegations-from-catalonia-visit-owl', 'en')
    expect(article).toMatchObject({
      lang: 'en',
      title: 'Delegations from Catalonia visit OWL',
      lead: 'Guests from Barcelona.',
      slug: 'delegations-from-catalonia-visit-owl',
      slugs: { de: 'delegationen-aus-katalonien', en: 'delegations-from-catalonia-visit-owl' },
      links: [{ label: 'Programme', url: 'https://example.org/programm' }],
    })
    expect(article?.bodyHtml).toContain('English <strong>text</strong>')
    // The German slug under /en finds the item too, in English.
    expect((await getNewsArticle('delegationen-aus-katalonien', 'en'))?.lang).toBe('en')
    expect((await getNewsList(LIST, 'en')).items[0]).toMatchObject({
      title: 'Delegations from Catalonia visit OWL',
      lang: 'en',
    })
    expect((await getNewsFeed(30, 'en'))[0]?.bodyHtml).toContain('English')
    expect((await getNewsSitemap('en'))[0]?.slug).toBe('delegations-from-catalonia-visit-owl')

    // German visitors: the same texts as before, now naming the English counterpart.
    const germanAfter = await getNewsArticle('delegationen-aus-katalonien')
    expect({ ...germanAfter, slugs: undefined, updatedAt: undefined }).toEqual({
      ...germanBefore,
      slugs: undefined,
      updatedAt: undefined,
    })
    expect(germanAfter).toMatchObject({
      lang: 'de',
      slugs: { en: 'delegations-from-catalonia-visit-owl' },
    })
    expect(await getNewsArticle('delegations-from-catalonia-visit-owl')).toBeNull()
  })

  it('keeps its own status and revisions beside the German item', async () => {
    const id = await publishedGermanNews()
    await saveTranslationAdmin(english({ entityId: id }))
    await saveTranslationAdmin(english({ entityId: id, intent: 'publish' }))
    const row = ctx.db.select().from(translations).get()!
    expect(row.status).toBe('published')
    expect(
      ctx.db.select().from(revisions).where(eq(revisions.entityType, 'translation')).all(),
    ).toHaveLength(2)
    expect(
      ctx.db
        .select({ a: auditLog.action })
        .from(auditLog)
        .all()
        .map((r) => r.a),
    ).toEqual(expect.arrayContaining(['translation.create', 'translation.publish']))
    await withdrawTranslation('news', id)
    expect((await getNewsArticle('delegationen-aus-katalonien', 'en'))?.lang).toBe('de')
    expect((await getNewsArticle('delegationen-aus-katalonien'))?.title).toBe(
      'Delegationen aus Katalonien zu Gast in OWL',
    )
  })

  it('a scheduled English version goes public at its own time', async () => {
    const id = await publishedGermanNews()
    await saveTranslationAdmin(
      english({ entityId: id, intent: 'schedule', publishAt: '2099-01-01T10:00' }),
    )
    expect((await getNewsArticle('delegationen-aus-katalonien', 'en'))?.lang).toBe('de')
    expect(publishDue(ctx.db, new Date('2099-01-02T00:00:00Z'))).toBe(1)
    expect((await getNewsArticle('delegationen-aus-katalonien', 'en'))?.lang).toBe('en')
    expect(
      ctx.db
        .select({ a: auditLog.action })
        .from(auditLog)
        .all()
        .map((r) => r.a),
    ).toContain('translation.publish_scheduled')
  })

  it('an English version of an unpublished item is not public', async () => {
    signedIn.user = ctx.editor
    const id = await saveNews(newsForm({ slug: 'entwurf', intent: 'save' }))
    await saveTranslationAdmin(english({ entityId: id, intent: 'publish' }))
    expect(await getNewsArticle('delegations-from-catalonia-visit-owl', 'en')).toBeNull()
    expect((await getNewsList(LIST, 'en')).items).toHaveLength(0)
  })

  it('follows the review rules: a partner proposes for its own items only and never publishes', async () => {
    signedIn.user = ctx.partnerUserA
    const own = await saveNews(newsForm({ slug: 'vorschlag-a', intent: 'save' }))
    await expect(
      saveTranslationAdmin(english({ entityId: own, intent: 'publish' })),
    ).rejects.toBeInstanceOf(UserError)
    await saveTranslationAdmin(english({ entityId: own, intent: 'submit' }))
    expect(ctx.db.select().from(translations).get()?.status).toBe('in_review')
    signedIn.user = ctx.partnerUserB
    await expect(
      saveTranslationAdmin(english({ entityId: own, title: 'Hijacked' })),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(getTranslationForEdit('news', own)).rejects.toBeInstanceOf(Forbidden)
    expect(ctx.db.select().from(translations).get()?.title).toBe(
      'Delegations from Catalonia visit OWL',
    )
  })

  it('refuses an English slug another item already uses', async () => {
    const id = await publishedGermanNews()
    const other = await saveNews(newsForm({ slug: 'andere', intent: 'publish' }))
    await saveTranslationAdmin(english({ entityId: id }))
    await expect(
      saveTranslationAdmin(
        english({ entityId: other, slug: 'delegations-from-catalonia-visit-owl' }),
      ),
    ).rejects.toMatchObject({ field: 'slug' })
    await expect(
      saveTranslationAdmin(english({ entityId: other, slug: 'delegationen-aus-katalonien' })),
    ).rejects.toMatchObject({ field: 'slug' })
  })
})
