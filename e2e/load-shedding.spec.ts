import { spawn, type ChildProcess } from 'node:child_process'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { E2E_DB_FILE } from './helpers/db'

/*
 * Load shedding on a portal process of its own with tight limits: one render at a time and no
 * queue, two uncached searches per address. Beyond them the portal answers 503 or 429 with a
 * German page and Retry-After, while pages it has stored keep being served.
 */

test.describe.configure({ mode: 'serial' })

const PORT = Number(process.env.E2E_PORT || 3210) + 53
const BASE = `http://127.0.0.1:${PORT}`
let server: ChildProcess

async function waitForServer(request: APIRequestContext) {
  for (let i = 0; i < 300; i++) {
    const ok = await request
      .get(`${BASE}/api/health`)
      .then((response) => response.ok())
      .catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('portal process with tight limits did not start')
}

test.beforeAll(async ({ request }) => {
  server = spawn(process.execPath, ['server.mjs'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${E2E_DB_FILE}`,
      AUTH_SECRET: 'e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz',
      QUERY_LOG_FILE: '',
      RENDER_CONCURRENCY: '1',
      RENDER_QUEUE: '0',
      SEARCH_BURST: '2',
      SEARCH_PER_MINUTE: '1',
    },
    stdio: 'ignore',
  })
  await waitForServer(request)
})

test.afterAll(() => {
  server?.kill('SIGTERM')
})

test('uncached searches beyond the budget of an address get 429 in German; stored pages still come', async ({
  request,
}) => {
  const first = await request.get(`${BASE}/partner?q=Robotik`)
  expect(first.status()).toBe(200)
  expect((await request.get(`${BASE}/suche?q=Sensorik`)).status()).toBe(200)

  const refused = await request.get(`${BASE}/partner?q=Maschinenbau`)
  expect(refused.status()).toBe(429)
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0)
  const text = await refused.text()
  expect(text).toContain('Zu viele Suchanfragen')
  expect(text).toContain('Bitte warten Sie einen Moment')

  // The search answered before is stored and does not count against the budget.
  expect((await request.get(`${BASE}/partner?q=Robotik`)).status()).toBe(200)
  // The directory without a search word is no search.
  expect((await request.get(`${BASE}/partner`)).status()).toBe(200)
})

test('renders beyond the limit get 503 in German with Retry-After; stored pages still come', async ({
  request,
}) => {
  // Stored before the rush.
  expect((await request.get(`${BASE}/impressum`)).status()).toBe(200)
  // Unknown query parameters are never stored: each of these is a render of its own.
  const rush = await Promise.all(
    Array.from({ length: 12 }, (_, i) => request.get(`${BASE}/aktuelles?ansturm=${i}`)),
  )
  const statuses = rush.map((response) => response.status())
  expect(statuses).toContain(200)
  expect(statuses).toContain(503)
  const busy = rush.find((response) => response.status() === 503)!
  expect(Number(busy.headers()['retry-after'])).toBeGreaterThan(0)
  expect(busy.headers()['content-type']).toContain('text/html')
  expect(await busy.text()).toContain('Das Portal ist gerade ausgelastet')
  expect(statuses.every((status) => status === 200 || status === 503)).toBe(true)

  const [stored] = await Promise.all([
    request.get(`${BASE}/impressum`),
    ...Array.from({ length: 6 }, (_, i) => request.get(`${BASE}/aktuelles?zweiter=${i}`)),
  ])
  expect(stored.status()).toBe(200)
})
