import fs from 'node:fs'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { E2E_DB_FILE } from './helpers/db'

/*
 * The finished-page cache in server.mjs against the running portal: made-up addresses do not
 * enter it, and what one visitor's request headers make Next render is never served to the next
 * visitor. The test server writes the cache's counters to a file (PAGE_CACHE_STATS_FILE).
 */

test.describe.configure({ mode: 'serial' })

const STATS_FILE = E2E_DB_FILE.replace(/portal\.db$/, 'page-cache.json')

type Stats = { hits: number; stored: number; entries: number; bytes: number; maxBytes: number }

/** The counters after the server has written them for the last request. */
async function statsAfter(request: APIRequestContext): Promise<Stats> {
  // A request of its own (never cached) makes the server write a report after the ones before.
  await request.get('/api/health')
  await new Promise((resolve) => setTimeout(resolve, 300))
  await expect.poll(() => fs.existsSync(STATS_FILE)).toBe(true)
  return JSON.parse(fs.readFileSync(STATS_FILE, 'utf8')) as Stats
}

test('a thousand long made-up addresses are answered, and none of them is stored', async ({
  request,
}) => {
  test.setTimeout(120_000)
  const before = await statsAfter(request)
  const filler = 'a'.repeat(20_000)
  for (let batch = 0; batch < 50; batch++) {
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const response = await request.get(`/impressum?x=${batch}-${i}-${Date.now()}-${filler}`)
        expect(response.status()).toBe(200)
        await response.body()
      }),
    )
  }
  // A known parameter with an overlong value is not stored either.
  for (let i = 0; i < 20; i++) {
    const response = await request.get(`/suche?q=${i}-${Date.now()}-${'b'.repeat(3000)}`)
    expect(response.status()).toBe(200)
  }
  const after = await statsAfter(request)
  expect(after.stored - before.stored).toBe(0)
  expect(after.entries).toBeLessThanOrEqual(before.entries)
  expect(after.bytes).toBeLessThanOrEqual(after.maxBytes)

  // The cache still works for the addresses the portal links to.
  const known = `/suche?q=impressum${Date.now()}`
  await request.get(known)
  await request.get(known)
  const last = await statsAfter(request)
  expect(last.stored - after.stored).toBe(1)
  expect(last.hits - after.hits).toBeGreaterThanOrEqual(1)
  expect(last.bytes - after.bytes).toBeGreaterThan(known.length)
})

test("what one visitor's request headers change is not served to the next visitor", async ({
  request,
}) => {
  // Next answers a request with x-middleware-prefetch with "{}", and copies the nonce of a
  // Content-Security-Policy request header into the page's script tags.
  const prefetched = '/barrierefreiheit'
  const empty = await request.get(prefetched, { headers: { 'x-middleware-prefetch': '1' } })
  expect(await empty.text()).toBe('{}')
  const page = await request.get(prefetched)
  expect(page.status()).toBe(200)
  expect((await page.text()).includes('<html'), 'the page itself').toBe(true)

  const noncePage = `/partner?q=nonce${Date.now()}`
  const first = await request.get(noncePage, {
    headers: { 'content-security-policy': "script-src 'nonce-von-fremden'" },
  })
  expect((await first.text()).includes('nonce="von-fremden"')).toBe(true)
  for (let i = 0; i < 2; i++) {
    const next = await request.get(noncePage)
    expect((await next.text()).includes('von-fremden'), 'nonce of another visitor').toBe(false)
  }
})
