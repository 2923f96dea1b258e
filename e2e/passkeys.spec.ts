import { spawn, type ChildProcess } from 'node:child_process'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { hashPassword } from '../lib/password'
import { E2E_PASSWORD } from './helpers/accounts'
import { E2E_DB_FILE, openDb, rows, scalar } from './helpers/db'

/*
 * Passkeys with Chromium's virtual authenticator (the DevTools WebAuthn domain): register one in
 * "Mein Konto", sign in with it alone and as the second step after the password, remove it.
 *
 * WebAuthn does not accept an IP address as relying party, and the portal takes the relying
 * party only from SITE_URL: so these tests use a second portal process on the same database
 * whose SITE_URL is http://localhost:<port> (localhost counts as a secure context).
 */

test.describe.configure({ mode: 'serial' })

const PORT = Number(process.env.E2E_PORT || 3210) + 60
const ORIGIN = `http://localhost:${PORT}`
const EMAIL = 'passkey-redaktion@example.org'
let server: ChildProcess
let context: BrowserContext
let page: Page

test.beforeAll(async ({ browser, request }) => {
  server = spawn(process.execPath, ['server.mjs'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${E2E_DB_FILE}`,
      SITE_URL: ORIGIN,
      AUTH_SECRET: 'e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz',
      QUERY_LOG_FILE: '',
    },
    stdio: 'ignore',
  })
  let up = false
  for (let i = 0; i < 300 && !up; i++) {
    up = await request
      .get(`http://127.0.0.1:${PORT}/api/health`)
      .then((response) => response.ok())
      .catch(() => false)
    if (!up) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (!up) throw new Error('the localhost portal process did not start')

  const hash = await hashPassword(E2E_PASSWORD)
  const db = openDb(false)
  const now = Date.now()
  db.prepare(
    `INSERT OR IGNORE INTO users (email, name, password_hash, role, state, session_version, created_at, updated_at)
     VALUES (?, 'Petra Passkey', ?, 'editor', 'active', 1, ?, ?)`,
  ).run(EMAIL, hash, now, now)
  db.close()

  // One browser context and page for the whole file: the virtual authenticator belongs to it.
  context = await browser.newContext({ baseURL: ORIGIN })
  page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  })
})

test.afterAll(async () => {
  await context?.close()
  server?.kill('SIGTERM')
})

const lastSession = () =>
  scalar<string>(
    'SELECT auth_method FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = ?) ORDER BY created_at DESC LIMIT 1',
    EMAIL,
  )

async function logout() {
  await page.getByRole('button', { name: 'Abmelden' }).click()
  await expect(page).toHaveURL(/\/login\?abgemeldet=1/)
}

async function passwordStep() {
  await page.goto('/login')
  await page.getByLabel('E-Mail').fill(EMAIL)
  await page.getByLabel('Passwort').fill(E2E_PASSWORD)
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click()
}

test('a passkey is registered in Mein Konto, named, with its dates', async () => {
  await passwordStep()
  await expect(page).toHaveURL(/\/admin$/)
  await page.goto('/admin/konto')
  await page.getByLabel('Name des neuen Passkeys').fill('Virtueller Schlüssel')
  await page.getByRole('button', { name: 'Passkey hinzufügen' }).click()
  await expect(page.getByRole('status').first()).toContainText(
    'Der Passkey „Virtueller Schlüssel“ ist gespeichert.',
  )
  // The first factor brings the ten recovery codes.
  await expect(
    page.getByRole('list', { name: 'Wiederherstellungscodes' }).getByRole('listitem'),
  ).toHaveCount(10)
  await page.getByRole('button', { name: 'Fertig, Codes gesichert' }).click()
  const list = page.getByRole('list', { name: 'Ihre Passkeys' })
  await expect(list).toContainText('Virtueller Schlüssel')
  await expect(list).toContainText('zuletzt verwendet noch nie')
  const stored = rows<{ name: string }>(
    'SELECT name FROM passkeys WHERE user_id = (SELECT id FROM users WHERE email = ?)',
    EMAIL,
  )
  expect(stored).toEqual([{ name: 'Virtueller Schlüssel' }])
  await logout()
})

test('"Mit Passkey anmelden" signs in with the passkey alone', async () => {
  await page.goto('/login')
  await page.getByRole('link', { name: 'Mit Passkey anmelden' }).click()
  await page.getByRole('button', { name: 'Passkey verwenden' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  expect(lastSession()).toBe('passkey')
  await page.goto('/admin/konto')
  await expect(page.getByRole('list', { name: 'Ihre Passkeys' })).not.toContainText('noch nie')
  await logout()
})

test('after the password, the passkey is the second step', async () => {
  await passwordStep()
  await expect(page).toHaveURL(/\/login\/zweiter-schritt/)
  await page.getByRole('button', { name: 'Mit Passkey bestätigen' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  expect(lastSession()).toBe('password+passkey')
  // Every challenge was used up by its answer.
  expect(scalar("SELECT count(*) FROM auth_challenges WHERE kind LIKE 'passkey_%'")).toBe(0)
})

test('the passkey is removed, and no longer signs in', async () => {
  await page.goto('/admin/konto')
  await page.getByRole('button', { name: 'Passkey Virtueller Schlüssel entfernen' }).click()
  await expect(page.getByRole('status').first()).toContainText('Der Passkey ist entfernt.')
  await expect(page.getByText('Noch kein Passkey.')).toBeVisible()
  expect(
    scalar(
      "SELECT count(*) FROM audit_log WHERE action IN ('second_factor.passkey_added', 'second_factor.passkey_removed') AND actor_email = ?",
      EMAIL,
    ),
  ).toBe(2)
  await logout()
  await page.getByRole('link', { name: 'Mit Passkey anmelden' }).click()
  await page.getByRole('button', { name: 'Passkey verwenden' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'nicht akzeptiert' })).toBeVisible()
  await expect(page).toHaveURL(/\/login/)
})
