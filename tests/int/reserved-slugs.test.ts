import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FieldError } from '@/db/auth/guard'
import { saveCategory } from '@/db/admin/categories'
import { saveEvent } from '@/db/admin/events'
import { saveNews } from '@/db/admin/news'
import { savePage } from '@/db/admin/pages'
import { saveTranslationAdmin } from '@/db/admin/translations'
import { categories } from '@/db/schema'
import { parseProfile } from '@/lib/import/profile'
import { eventActionSchema } from '@/lib/validation/event'
import { pageFormSchema } from '@/lib/validation/page'
import { translationActionSchema } from '@/lib/validation/translation'
import { backendDatabase, newsForm, signedIn } from '../helpers/backend'

vi.mock('@/db/auth/session', async () => {
  const { signedIn } = await import('../helpers/backend')
  return { getCurrentUser: async () => signedIn.user, clientAddress: async () => null }
})
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }))

/*
 * An item whose slug is one of the portal's own addresses could never be reached: a page called
 * "newsletter", the category "karte" beside the map, an event "archiv" beside the archive.
 */

let ctx: ReturnType<typeof backendDatabase>
beforeEach(() => {
  ctx = backendDatabase()
})
afterEach(() => ctx.cleanup())

async function refusedSlug(save: Promise<unknown>) {
  const error = await save.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(FieldError)
  expect((error as FieldError).field).toBe('slug')
  expect((error as Error).message).toMatch(/verwendet das Portal selbst/)
}

function event(slug: string) {
  return eventActionSchema.parse({
    title: 'Termin',
    slug,
    summary: '',
    body: '',
    start: '2027-03-01T10:00',
    intent: 'save',
  })
}

describe('slugs the portal uses itself', () => {
  it('are refused for pages, categories, news and events, and others still save', async () => {
    signedIn.user = ctx.admin
    const page = (slug: string) => pageFormSchema.parse({ title: 'Seite', slug, body: 'Text' })
    await refusedSlug(savePage(page('newsletter')))
    await refusedSlug(savePage(page('en')))
    await refusedSlug(saveCategory({ name: 'Karte', slug: 'karte', sortOrder: 9 }))
    await refusedSlug(saveEvent(event('archiv')))
    expect(await savePage(page('newsletter-archiv'))).toBeGreaterThan(0)
    expect(await saveEvent(event('archiv-2027'))).toBeGreaterThan(0)
    signedIn.user = ctx.editor
    expect(await saveNews(newsForm({ slug: 'karte' }))).toBeGreaterThan(0)
  })

  it('are refused as English slugs, also when made from the English title', async () => {
    signedIn.user = ctx.admin
    const categoryId = ctx.db.select({ id: categories.id }).from(categories).get()!.id
    const english = (title: string, slug: string) =>
      translationActionSchema.parse({
        entityType: 'category',
        entityId: categoryId,
        title,
        slug,
        intent: 'publish',
      })
    await refusedSlug(saveTranslationAdmin(english('Companies', 'map')))
    await refusedSlug(saveTranslationAdmin(english('Map', '')))
    expect(await saveTranslationAdmin(english('Companies', ''))).toBe(categoryId)
  })

  it('are refused for categories named in imported profiles, with the reason', () => {
    const profile = [
      '---',
      'name: Beispiel GmbH',
      'category: Karte',
      'slug: karte/beispiel',
      '---',
      'Text',
    ]
    const result = parseProfile(new TextEncoder().encode(profile.join('\n')))
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/„karte“/) })
  })
})
