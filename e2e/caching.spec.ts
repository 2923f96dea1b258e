import fs from 'node:fs'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { E2E_DB_FILE, scalar } from './helpers/db'
import { PUBLIC_PAGES } from './helpers/public-pages'

/*
 * Public pages come from the cache: a repeated view runs no SQL at all, and an edit expires only
 * the pages it affects. The test server logs every statement it runs for a request
 * (QUERY_LOG_FILE, db/query-log.ts). Anonymous views are answered from the finished-page cache in
 * server.mjs; a session cookie skips that cache, which shows Next's own caches at work (searches
 * excepted: they are kept as finished pages only).
 */

test.describe.configure({ mode: 'serial' })

const QUERY_LOG = E2E_DB_FILE.replace(/portal\.db$/, 'queries.log')

function loggedQueries(): string[] {
  return fs.existsSync(QUERY_LOG)
    ? fs.readFileSync(QUERY_LOG, 'utf8').split('\n').filter(Boolean)
    : []
}

/** The statements the server ran while answering `path`. */
async function queriesFor(
  request: APIRequestContext,
  path: string,
  headers: Record<string, string> = {},
): Promise<string[]> {
  const before = loggedQueries().length
  const response = await request.get(path, { maxRedirects: 0, headers })
  expect(response.status(), path).toBeLessThan(500)
  await response.body()
  return loggedQueries().slice(before)
}

const ARTICLE = '/aktuelles/go-cluster-vorhang-auf-fuer-clusterinitiativen'
// A profile (/partner/<category>/<entry>), not the map.
const UNRELATED_PROFILE = PUBLIC_PAGES.find((path) => /^\/partner\/[^/]+\/[^/]+$/.test(path))!

const PAST_PAGE_CACHE = { cookie: 'authjs.session-token=keine-sitzung' }

for (const [layer, headers] of [
  ['from the page cache', {}],
  ["from Next's caches", PAST_PAGE_CACHE],
] as const) {
  test(`a repeated view of a public page runs no database query (${layer})`, async ({
    request,
  }) => {
    const logo = scalar<string>(
      'SELECT logo_image_id FROM partners WHERE logo_image_id IS NOT NULL LIMIT 1',
    )
    const paths = [
      ...PUBLIC_PAGES,
      '/feed.xml',
      '/sitemap.xml',
      '/veranstaltungen/kalender.ics',
      `/bilder/${logo}.webp?w=320`,
    ]
    // A search nobody made before is answered from the database: the log works.
    expect(await queriesFor(request, `/suche?q=zufall${Date.now()}`, headers)).not.toEqual([])

    for (const path of paths) await queriesFor(request, path, headers)
    for (const path of paths) {
      const queries = await queriesFor(request, path, headers)
      // A search is kept as a finished page only, not in the data cache (db/public/partners.ts,
      // search.ts): past the page cache it asks the database again.
      if (layer === "from Next's caches" && /[?&]q=/.test(path)) {
        expect(queries, path).not.toEqual([])
      } else expect(queries, path).toEqual([])
    }
  })
}

test('an edited article shows at once; pages it does not touch stay cached', async ({
  browser,
  request,
}) => {
  for (const path of [ARTICLE, UNRELATED_PROFILE, '/impressum']) {
    await queriesFor(request, path)
    await queriesFor(request, path, PAST_PAGE_CACHE)
  }

  const editor = await (
    await browser.newContext({ storageState: 'e2e/.auth/editor.json' })
  ).newPage()
  const id = scalar<number>('SELECT id FROM news WHERE slug = ?', ARTICLE.split('/').pop())
  await editor.goto(`/admin/news/${id}`)
  const title = editor.getByLabel('Titel')
  const changed = `${await title.inputValue()} (aktualisiert)`
  await title.fill(changed)
  await editor.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(editor.getByRole('status').first()).toHaveText('Gespeichert.')
  await editor.context().close()

  expect(await (await request.get(ARTICLE)).text()).toContain(changed)
  expect(await queriesFor(request, ARTICLE)).toEqual([])
  // Behind the page cache, only the pages the edit touched were rendered again.
  expect(await queriesFor(request, UNRELATED_PROFILE, PAST_PAGE_CACHE)).toEqual([])
  expect(await queriesFor(request, '/impressum', PAST_PAGE_CACHE)).toEqual([])
})

const STATS_FILE = E2E_DB_FILE.replace(/portal\.db$/, 'page-cache.json')

/** The finished-page cache's counters once the server has written them for the last request. */
async function pageCacheStats(
  request: APIRequestContext,
): Promise<{ hits: number; misses: number }> {
  // A request of its own (never cached) makes the server write a report after the ones before.
  await request.get('/api/health')
  await new Promise((resolve) => setTimeout(resolve, 300))
  return JSON.parse(fs.readFileSync(STATS_FILE, 'utf8')) as { hits: number; misses: number }
}

test('an edited partner profile shows at once; the news and legal pages stay in the page cache', async ({
  browser,
  request,
}) => {
  const partner = scalar<string>(
    "SELECT slug FROM partners WHERE status = 'published' ORDER BY id DESC LIMIT 1",
  )
  const profile = `/partner/${partner}`
  const untouched = ['/aktuelles', '/impressum']
  for (const path of [profile, ...untouched]) await queriesFor(request, path)
  expect(await queriesFor(request, profile), profile).toEqual([])

  const editor = await (
    await browser.newContext({ storageState: 'e2e/.auth/editor.json' })
  ).newPage()
  await editor.goto(
    `/admin/partners/${scalar<number>('SELECT id FROM partners WHERE slug = ?', partner)}`,
  )
  const city = `Ort ${Date.now()}`
  await editor.getByLabel('Ort', { exact: true }).fill(city)
  await editor.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(editor.getByRole('status').first()).toHaveText('Gespeichert.')
  await editor.context().close()

  expect(await (await request.get(profile)).text()).toContain(city)
  const before = await pageCacheStats(request)
  for (const path of untouched) expect(await queriesFor(request, path), path).toEqual([])
  const after = await pageCacheStats(request)
  // Both were answered from the finished-page cache, not rendered again.
  expect(after.hits - before.hits).toBe(untouched.length)
  expect(after.misses - before.misses).toBe(0)
})
