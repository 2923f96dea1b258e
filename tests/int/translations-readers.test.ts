import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { saveNews } from '@/db/admin/news'
import { saveTranslationAdmin } from '@/db/admin/translations'
import { getCalendarEvents } from '@/db/public/event-calendar'
import { getEvent, getEventsOverview } from '@/db/public/events'
import { getCategoryCounts, getHomeEvents, getLatestNews } from '@/db/public/home'
import { getPage, getPageSitemap } from '@/db/public/pages'
import { searchSite } from '@/db/public/search'
import { events, pages } from '@/db/schema'
import { afterEventWrite } from '@/db/store/search-index'
import { translationActionSchema } from '@/lib/validation/translation'
import { backendDatabase, newsForm, signedIn } from '../helpers/backend'

vi.mock('@/db/auth/session', async () => {
  const { signedIn } = await import('../helpers/backend')
  return { getCurrentUser: async () => signedIn.user, clientAddress: async () => null }
})
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }))

/* Events, pages, the home page and search in English: English where published, German otherwise. */

let ctx: ReturnType<typeof backendDatabase>
beforeEach(() => {
  ctx = backendDatabase()
})
afterEach(() => ctx.cleanup())

function form(values: Record<string, unknown>) {
  return translationActionSchema.parse({ intent: 'publish', slug: '', ...values })
}

function event(slug: string, title: string, startsAt: Date): number {
  const at = new Date()
  const id = ctx.db
    .insert(events)
    .values({
      slug,
      title,
      summary: 'Kurz.',
      body: 'Deutsch.',
      startsAt,
      status: 'published',
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: events.id })
    .get().id
  afterEventWrite(ctx.db, id)
  return id
}

describe('events in English', () => {
  it('shows the published English version and keeps the German one as it was', async () => {
    const future = new Date(Date.now() + 86_400_000 * 30)
    const id = event('digitalgipfel', 'Digitalgipfel', future)
    event('werkstatt', 'Werkstatttag', future)
    const germanBefore = await getEvent('digitalgipfel')
    signedIn.user = ctx.editor
    await saveTranslationAdmin(
      form({ entityType: 'event', entityId: id, title: 'Digital summit', lead: 'Short.' }),
    )
    expect(await getEvent('digital-summit', 'en')).toMatchObject({
      lang: 'en',
      title: 'Digital summit',
      summary: 'Short.',
      slugs: { de: 'digitalgipfel', en: 'digital-summit' },
    })
    expect((await getEvent('digitalgipfel', 'en'))?.lang).toBe('en')
    expect(await getEvent('digital-summit')).toBeNull()
    const germanAfter = await getEvent('digitalgipfel')
    expect({ ...germanAfter, slugs: null }).toEqual({ ...germanBefore, slugs: null })
    const overview = await getEventsOverview(1, 'en')
    expect(overview.upcoming.map((item) => [item.title, item.lang])).toEqual(
      expect.arrayContaining([
        ['Digital summit', 'en'],
        ['Werkstatttag', 'de'],
      ]),
    )
    expect((await getCalendarEvents('en')).find((e) => e.id === id)?.title).toBe('Digital summit')
    expect((await getHomeEvents(3, 'en')).items.map((item) => item.lang).sort()).toEqual([
      'de',
      'en',
    ])
  })
})

describe('pages in English', () => {
  it('answer under the English slug once published, the German page unchanged', async () => {
    const at = new Date()
    const id = ctx.db
      .insert(pages)
      .values({
        slug: 'impressum',
        title: 'Impressum',
        body: 'Angaben.',
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: pages.id })
      .get().id
    signedIn.user = ctx.admin
    await saveTranslationAdmin(
      form({
        entityType: 'page',
        entityId: id,
        title: 'Legal notice',
        body: 'Details.',
        intent: 'save',
      }),
    )
    expect(await getPage('legal-notice', 'en')).toBeNull()
    expect((await getPage('impressum', 'en'))?.lang).toBe('de')
    await saveTranslationAdmin(
      form({
        entityType: 'page',
        entityId: id,
        title: 'Legal notice',
        slug: 'legal-notice',
        body: 'Details.',
      }),
    )
    expect(await getPage('legal-notice', 'en')).toMatchObject({
      lang: 'en',
      title: 'Legal notice',
      slugs: { de: 'impressum', en: 'legal-notice' },
    })
    expect(await getPage('impressum')).toMatchObject({ title: 'Impressum', lang: 'de' })
    expect((await getPageSitemap('en'))[0]?.slug).toBe('legal-notice')
    // Pages are the admins' to translate.
    signedIn.user = ctx.editor
    await expect(
      saveTranslationAdmin(form({ entityType: 'page', entityId: id, title: 'X' })),
    ).rejects.toThrow()
  })
})

describe('search in English', () => {
  it('finds English texts first and falls back to German ones; German search stays as it was', async () => {
    signedIn.user = ctx.editor
    const translated = await saveNews(
      newsForm({
        slug: 'maschinen',
        title: 'Neue Maschinen',
        body: 'Werkzeugmaschinen der Universität.',
        intent: 'publish',
      }),
    )
    await saveNews(
      newsForm({
        slug: 'hochschule',
        title: 'Hochschule und Universität',
        body: 'Forschung.',
        intent: 'publish',
      }),
    )
    await saveTranslationAdmin(
      form({
        entityType: 'news',
        entityId: translated,
        title: 'New machines',
        body: 'Machine tools from the university.',
      }),
    )
    const english = await searchSite('university', 'en')
    expect(english.news.hits.map((hit) => [hit.href, hit.lang])).toEqual([
      ['/en/news/new-machines', 'en'],
    ])
    // English stemming: "machine" finds "machines".
    expect((await searchSite('machine', 'en')).news.total).toBe(1)
    // Only German text matches: the German item is found, shown in German; the German folding applies.
    const fallback = await searchSite('Universitaet', 'en')
    expect(fallback.news.hits.map((hit) => [hit.href, hit.lang])).toEqual(
      expect.arrayContaining([
        ['/en/news/hochschule', 'de'],
        ['/en/news/maschinen', 'de'],
      ]),
    )
    // The German search does not see English texts.
    expect((await searchSite('university')).news.total).toBe(0)
    expect((await searchSite('Universitat')).news.hits.map((hit) => hit.href)).toEqual(
      expect.arrayContaining(['/aktuelles/hochschule', '/aktuelles/maschinen']),
    )
  })

  it('the home page readers take the locale', async () => {
    signedIn.user = ctx.editor
    const id = await saveNews(
      newsForm({ slug: 'maschinen', title: 'Neue Maschinen', intent: 'publish' }),
    )
    await saveTranslationAdmin(form({ entityType: 'news', entityId: id, title: 'New machines' }))
    expect((await getLatestNews(4, 'en'))[0]).toMatchObject({ title: 'New machines', lang: 'en' })
    expect((await getLatestNews(4))[0]).toMatchObject({ title: 'Neue Maschinen', lang: 'de' })
    expect((await getCategoryCounts('en'))[0]).toMatchObject({ name: 'Unternehmen', lang: 'de' })
  })
})
