import { execFileSync } from 'node:child_process'
import {
  expect,
  request,
  test,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
} from '@playwright/test'
import { hashPassword } from '../lib/password'
import { E2E_DB_FILE, openDb, scalar } from './helpers/db'

/*
 * Attacks on the login and on sessions, repeated against the running server: a burst of guesses
 * sent at once, a copied cookie after Auth.js's own sign-out endpoint, and a copied cookie after
 * the operator changed ADMIN_PASSWORD and restarted (the seed that `npm start` runs).
 */

test.describe.configure({ mode: 'serial' })

const SESSION_COOKIE = /authjs\.session-token=/

function clearAddressCounters(): void {
  const db = openDb(false)
  db.prepare("DELETE FROM rate_limits WHERE key LIKE 'address:%'").run()
  db.close()
}

async function addAccount(email: string, password: string): Promise<number> {
  const hash = await hashPassword(password)
  const db = openDb(false)
  const now = Date.now()
  db.prepare(
    `INSERT INTO users (email, name, password_hash, role, state, session_version, created_at, updated_at)
     VALUES (?, ?, ?, 'editor', 'active', 1, ?, ?)`,
  ).run(email, email, hash, now, now)
  const id = (db.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: number }).id
  db.close()
  return id
}

/** One POST to Auth.js's credentials callback, as a script would send it. */
async function credentialsLogin(
  api: APIRequestContext,
  baseURL: string,
  csrfToken: string,
  email: string,
  password: string,
) {
  const response = await api.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, callbackUrl: `${baseURL}/admin` },
    headers: { origin: baseURL },
    maxRedirects: 0,
  })
  const cookies = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => h.value)
  return {
    location: response.headers()['location'] ?? '',
    session: cookies.some((c) => SESSION_COOKIE.test(c) && !/session-token=;/.test(c)),
  }
}

type State = Awaited<ReturnType<BrowserContext['storageState']>>

async function reachesAdmin(browser: Browser, state: State) {
  const context = await browser.newContext({ storageState: state })
  const page = await context.newPage()
  await page.goto('/admin')
  // The backend shows "Abmelden", the login page "Anmelden"; a redirect may happen after load.
  const logout = page.getByRole('button', { name: 'Abmelden' })
  await expect(logout.or(page.getByRole('button', { name: 'Anmelden' }))).toBeVisible()
  const reached = (await logout.count()) > 0 && !/\/login/.test(page.url())
  await context.close()
  return reached
}

/** Logs in in a new browser context; returns it and a copy of its cookies. */
async function loggedIn(browser: Browser, email: string, password: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/login')
  await page.getByLabel('E-Mail').fill(email)
  await page.getByLabel('Passwort').fill(password)
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  return { context, page, copied: await context.storageState() }
}

test('20 wrong passwords and the right one sent at once: 5 are checked, the right one gets no session', async ({
  baseURL,
}) => {
  const email = 'burst-ziel@example.org'
  const password = 'Das richtige Passwort im Burst'
  const id = await addAccount(email, password)
  clearAddressCounters()
  const api = await request.newContext({ baseURL })
  const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string }

  const results = await Promise.all([
    ...Array.from({ length: 20 }, (_, i) =>
      credentialsLogin(api, baseURL!, csrfToken, email, `falsch-${i}-burst-e2e`),
    ),
    credentialsLogin(api, baseURL!, csrfToken, email, password),
  ])

  const right = results.at(-1)!
  expect(right.session).toBe(false)
  expect(right.location).toContain('code=locked')
  expect(scalar('SELECT count(*) FROM sessions WHERE user_id = ?', id)).toBe(0)
  // Only the free tries were checked; every other guess was refused before its hash.
  expect(
    scalar(
      "SELECT count(*) FROM audit_log WHERE action = 'login.failed' AND actor_email = ?",
      email,
    ),
  ).toBe(5)
  expect(results.filter((r) => r.location.includes('code=locked')).length).toBeGreaterThanOrEqual(
    16,
  )
  // And the cookie jar that sent the right password does not reach the backend.
  const admin = await api.get('/admin', { maxRedirects: 0 })
  expect(admin.headers()['location'] ?? '').toContain('/login')
  await api.dispose()
  clearAddressCounters()
})

test("Auth.js's own sign-out endpoint ends the session, also for a copied cookie", async ({
  browser,
  baseURL,
}) => {
  const email = 'abmelde-test@example.org'
  const password = 'Abmelden über Auth.js 2026'
  const id = await addAccount(email, password)
  const { context, page, copied } = await loggedIn(browser, email, password)

  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as {
    csrfToken: string
  }
  const signout = await page.request.post('/api/auth/signout', {
    form: { csrfToken },
    headers: { origin: baseURL! },
    maxRedirects: 0,
  })
  expect(signout.status()).toBeLessThan(400)
  expect(scalar('SELECT count(*) FROM sessions WHERE user_id = ?', id)).toBe(0)
  await context.close()

  expect(await reachesAdmin(browser, copied)).toBe(false)
})

test('a new ADMIN_PASSWORD and a restart end the sessions opened with the old one', async ({
  browser,
}) => {
  const email = 'zweit-admin@example.org'
  const seed = (password: string) =>
    execFileSync(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'scripts/seed.ts'],
      {
        env: {
          ...process.env,
          DATABASE_URL: `file:${E2E_DB_FILE}`,
          ADMIN_EMAIL: email,
          ADMIN_PASSWORD: password,
        },
        encoding: 'utf8',
      },
    )
  seed('Das erste Admin-Passwort 2026')
  const { context, copied } = await loggedIn(browser, email, 'Das erste Admin-Passwort 2026')
  await context.close()
  expect(await reachesAdmin(browser, copied)).toBe(true)

  expect(seed('Das zweite Admin-Passwort 2026')).toContain('neu gesetzt')
  expect(await reachesAdmin(browser, copied)).toBe(false)
  await (await loggedIn(browser, email, 'Das zweite Admin-Passwort 2026')).context.close()
})
