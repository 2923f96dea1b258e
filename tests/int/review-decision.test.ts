import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { NEWS_KIND } from '@/db/admin/editorial'
import { CHANGED_SINCE_REVIEW, latestRevisionId, reviewItem } from '@/db/admin/workflow'
import { saveNews } from '@/db/admin/news'
import { auditLog, news } from '@/db/schema'
import { backendDatabase, newsForm, signedIn } from '../helpers/backend'

vi.mock('@/db/auth/session', async () => {
  const { signedIn } = await import('../helpers/backend')
  return { getCurrentUser: async () => signedIn.user, clientAddress: async () => null }
})

/*
 * An editor's decision on a partner's proposal holds for the version the editor looked at: a
 * partner who keeps saving while the item waits does not get the newer text published.
 */

let ctx: ReturnType<typeof backendDatabase>
beforeEach(() => {
  ctx = backendDatabase()
})
afterEach(() => ctx.cleanup())

async function proposal(): Promise<number> {
  signedIn.user = ctx.partnerUserA
  return saveNews(
    newsForm({ title: 'Tag der offenen Tür', slug: 'tag-der-offenen-tuer', intent: 'submit' }),
  )
}

const row = (id: number) => ctx.db.select().from(news).where(eq(news.id, id)).get()!

describe('review decisions', () => {
  it('publishes the version the editor reviewed', async () => {
    const id = await proposal()
    const reviewed = latestRevisionId(ctx.db, 'news', id)!
    signedIn.user = ctx.editor
    await reviewItem(NEWS_KIND, id, reviewed, 'approve', null)
    expect(row(id).status).toBe('published')
  })

  it('refuses an approval when the partner saved again after the editor looked', async () => {
    const id = await proposal()
    const reviewed = latestRevisionId(ctx.db, 'news', id)!
    // The partner swaps the text while the item waits, and hands it in again.
    await saveNews(
      newsForm({
        id,
        title: 'Tag der offenen Tür',
        slug: 'tag-der-offenen-tuer',
        body: 'Ganz andere Behauptungen',
        intent: 'submit',
      }),
    )
    signedIn.user = ctx.editor
    await expect(reviewItem(NEWS_KIND, id, reviewed, 'approve', null)).rejects.toThrow(
      CHANGED_SINCE_REVIEW,
    )
    expect(row(id)).toMatchObject({ status: 'in_review', body: 'Ganz andere Behauptungen' })
    // The newer version can be decided on once it has been seen.
    await reviewItem(NEWS_KIND, id, latestRevisionId(ctx.db, 'news', id)!, 'approve', null)
    expect(row(id).status).toBe('published')
  })

  it('refuses a rejection on an outdated version too', async () => {
    const id = await proposal()
    const reviewed = latestRevisionId(ctx.db, 'news', id)!
    await saveNews(
      newsForm({ id, title: 'Geändert', slug: 'tag-der-offenen-tuer', intent: 'submit' }),
    )
    signedIn.user = ctx.editor
    await expect(reviewItem(NEWS_KIND, id, reviewed, 'reject', 'Bitte ergänzen')).rejects.toThrow(
      CHANGED_SINCE_REVIEW,
    )
    expect(row(id).status).toBe('in_review')
  })

  it('decides on an item without any revision yet (older data) as version 0', async () => {
    const at = new Date()
    const id = ctx.db
      .insert(news)
      .values({
        slug: 'alt',
        title: 'Aus älteren Daten',
        date: '2026-11-01',
        status: 'in_review',
        partnerId: ctx.partnerA,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: news.id })
      .get().id
    signedIn.user = ctx.editor
    await reviewItem(NEWS_KIND, id, 0, 'approve', null)
    expect(row(id).status).toBe('published')
  })

  it('counts only one of two approvals sent at once', async () => {
    const id = await proposal()
    const reviewed = latestRevisionId(ctx.db, 'news', id)!
    signedIn.user = ctx.editor
    const results = await Promise.allSettled([
      reviewItem(NEWS_KIND, id, reviewed, 'approve', null),
      reviewItem(NEWS_KIND, id, reviewed, 'approve', null),
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const approvals = ctx.db
      .select()
      .from(auditLog)
      .all()
      .filter((e) => e.action === 'news.review_approve')
    expect(approvals).toHaveLength(1)
  })
})
