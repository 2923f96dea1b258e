import { and, eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Forbidden, UserError } from '@/db/auth/guard'
import { NEWS_KIND } from '@/db/admin/editorial'
import { saveNews } from '@/db/admin/news'
import { getReviewQueue } from '@/db/admin/review-queue'
import { reviewTranslation } from '@/db/admin/translation-review'
import {
  listTranslationRevisions,
  restoreTranslationRevision,
} from '@/db/admin/translation-revisions'
import { getTranslationForEdit, saveTranslationAdmin } from '@/db/admin/translations'
import { reviewItem } from '@/db/admin/workflow'
import { getNewsArticle } from '@/db/public/news-article'
import { auditLog, revisions, translations } from '@/db/schema'
import { translationActionSchema } from '@/lib/validation/translation'
import { backendDatabase, newsForm, signedIn } from '../helpers/backend'

vi.mock('@/db/auth/session', async () => {
  const { signedIn } = await import('../helpers/backend')
  return { getCurrentUser: async () => signedIn.user, clientAddress: async () => null }
})
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }))

/*
 * A partner's English version in the editors' review queue, decided like a German proposal, and
 * the English version's own revisions with restore.
 */

let ctx: ReturnType<typeof backendDatabase>
beforeEach(() => {
  ctx = backendDatabase()
})
afterEach(() => ctx.cleanup())

function english(values: Record<string, unknown>) {
  return translationActionSchema.parse({
    entityType: 'news',
    title: 'Partner news in English',
    slug: '',
    lead: 'An English lead.',
    body: 'English **text**.',
    linkLabels: [],
    intent: 'save',
    ...values,
  })
}

/** Partner A's German news item, proposed and approved: public in German. */
async function partnerNews(): Promise<number> {
  signedIn.user = ctx.partnerUserA
  const id = await saveNews(
    newsForm({ title: 'Partnermeldung', slug: 'partnermeldung', intent: 'submit' }),
  )
  signedIn.user = ctx.editor
  const entry = (await getReviewQueue()).news.find((n) => n.id === id)!
  await reviewItem(NEWS_KIND, id, entry.revisionId, 'approve', null)
  return id
}

async function queuedEnglish() {
  signedIn.user = ctx.editor
  return (await getReviewQueue()).translations
}

describe('English versions in the review queue', () => {
  it('lists a partner’s English proposal as its own entry; approving it makes the English text public', async () => {
    const id = await partnerNews()
    signedIn.user = ctx.partnerUserA
    await saveTranslationAdmin(english({ entityId: id, intent: 'submit' }))
    expect(await getNewsArticle('partner-news-in-english', 'en')).toBeNull()

    const [entry, ...rest] = await queuedEnglish()
    expect(rest).toEqual([])
    expect(entry).toMatchObject({
      entityType: 'news',
      entityId: id,
      title: 'Partner news in English',
      germanTitle: 'Partnermeldung',
      partnerName: 'Alpha GmbH',
    })
    // The German proposal is decided already; the English one waits on its own.
    expect((await getReviewQueue()).news).toEqual([])

    signedIn.user = ctx.partnerUserA
    await expect(
      reviewTranslation(entry!.id, entry!.revisionId, 'approve', null),
    ).rejects.toBeInstanceOf(Forbidden)
    signedIn.user = ctx.editor
    await expect(
      reviewTranslation(entry!.id, entry!.revisionId - 1, 'approve', null),
    ).rejects.toBeInstanceOf(UserError)
    await reviewTranslation(entry!.id, entry!.revisionId, 'approve', null)

    const article = await getNewsArticle('partner-news-in-english', 'en')
    expect(article).toMatchObject({ lang: 'en', title: 'Partner news in English' })
    expect(await queuedEnglish()).toEqual([])
    expect(
      ctx.db.select().from(auditLog).where(eq(auditLog.action, 'translation.review_approve')).all(),
    ).toHaveLength(1)
    // Decided once: a second decision is refused.
    await expect(
      reviewTranslation(entry!.id, entry!.revisionId, 'reject', 'Zu spät'),
    ).rejects.toBeInstanceOf(UserError)
  })

  it('sends a rejected English proposal back to a draft with the note the partner sees', async () => {
    const id = await partnerNews()
    signedIn.user = ctx.partnerUserA
    await saveTranslationAdmin(english({ entityId: id, intent: 'submit' }))
    const [entry] = await queuedEnglish()
    await expect(
      reviewTranslation(entry!.id, entry!.revisionId, 'reject', null),
    ).rejects.toMatchObject({ field: 'note' })
    await reviewTranslation(entry!.id, entry!.revisionId, 'reject', 'Bitte den Vorspann kürzen.')
    signedIn.user = ctx.partnerUserA
    const edit = await getTranslationForEdit('news', id)
    expect(edit?.translation).toMatchObject({
      status: 'draft',
      reviewNote: 'Bitte den Vorspann kürzen.',
    })
    expect(await getNewsArticle('partner-news-in-english', 'en')).toBeNull()
  })
})

describe('revisions of an English version', () => {
  it('lists every save and restores an older one as a new version, keeping the status', async () => {
    const id = await partnerNews()
    signedIn.user = ctx.editor
    await saveTranslationAdmin(
      english({ entityId: id, title: 'First English title', intent: 'publish' }),
    )
    await saveTranslationAdmin(
      english({ entityId: id, title: 'Second English title', slug: 'first-english-title' }),
    )
    const listed = (await listTranslationRevisions('news', id))!
    expect(listed.canRestore).toBe(true)
    expect(listed.current.title).toBe('Second English title')
    const first = listed.revisions.at(-1)!
    expect(first.snapshot.title).toBe('First English title')

    signedIn.user = ctx.partnerUserB
    await expect(listTranslationRevisions('news', id)).rejects.toBeInstanceOf(Forbidden)
    await expect(restoreTranslationRevision(first.id)).rejects.toBeInstanceOf(Forbidden)
    signedIn.user = ctx.partnerUserA
    // The partner sees the versions of its own item's English text, but restoring is editorial.
    expect((await listTranslationRevisions('news', id))!.canRestore).toBe(false)
    await expect(restoreTranslationRevision(first.id)).rejects.toBeInstanceOf(Forbidden)

    signedIn.user = ctx.editor
    expect(await restoreTranslationRevision(first.id)).toEqual({ type: 'news', entityId: id })
    const row = ctx.db
      .select()
      .from(translations)
      .where(and(eq(translations.entityType, 'news'), eq(translations.entityId, id)))
      .get()!
    expect(row).toMatchObject({ title: 'First English title', status: 'published' })
    const sources = ctx.db
      .select({ source: revisions.source })
      .from(revisions)
      .where(and(eq(revisions.entityType, 'translation'), eq(revisions.entityId, row.id)))
      .all()
      .map((r) => r.source)
    expect(sources.at(-1)).toBe('restore')
    expect(
      ctx.db.select().from(auditLog).where(eq(auditLog.action, 'translation.restore')).all(),
    ).toHaveLength(1)
    expect((await getNewsArticle('first-english-title', 'en'))?.title).toBe('First English title')
  })

  it('has nothing to list for an item without an English version', async () => {
    const id = await partnerNews()
    signedIn.user = ctx.editor
    expect(await listTranslationRevisions('news', id)).toBeNull()
    await expect(restoreTranslationRevision(999999)).rejects.toBeInstanceOf(UserError)
  })
})
