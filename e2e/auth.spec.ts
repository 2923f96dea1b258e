import { expect, test, type Browser, type Page } from '@playwright/test'
import { ACCOUNTS, E2E_PASSWORD } from './helpers/accounts'
import { openDb, scalar } from './helpers/db'

/* Logging in and out, invitations, resets, and sessions that end when they must. */

test.describe.configure({ mode: 'serial' })

const ADMIN = 'e2e/.auth/admin.json'

async function loginAs(page: Page, email: string, password: string) {
  await page.goto('/login')
  await page.getByLabel('E-Mail').fill(email)
  await page.getByLabel('Passwort').fill(password)
  await page.getByRole('button', { name: 'Anmelden' }).click()
}

async function invite(
  browser: Browser,
  name: string,
  email: string,
  role: 'editor' | 'partner',
): Promise<string> {
  const context = await browser.newContext({ storageState: ADMIN })
  const page = await context.newPage()
  await page.goto('/admin/users')
  const form = page.getByRole('region', { name: 'Konto einladen' })
  await form.getByLabel('Name').fill(name)
  await form.getByLabel('E-Mail').fill(email)
  await form.getByRole('combobox', { name: 'Rolle' }).selectOption(role)
  if (role === 'partner')
    await form
      .getByRole('combobox', { name: /^Organisation/ })
      .selectOption({ label: "it's OWL Clustermanagement GmbH" })
  await form.getByRole('button', { name: 'Einladen' }).click()
  await expect(form.getByRole('status')).toContainText('Einladung erstellt')
  const link = (await form.locator('a[href*="/passwort-setzen?token="]').getAttribute('href'))!
  await context.close()
  return link
}

test('a failed login says so in German without telling which part was wrong, and keeps the e-mail', async ({
  page,
}) => {
  await loginAs(page, 'admin@example.org', 'ganz-falsches-passwort')
  await expect(page.locator('main [role="alert"]')).toHaveText(
    'Anmeldung fehlgeschlagen: E-Mail-Adresse oder Passwort stimmen nicht.',
  )
  await expect(page.getByLabel('E-Mail')).toHaveValue('admin@example.org')
  await loginAs(page, 'niemand@example.org', 'ganz-falsches-passwort')
  await expect(page.locator('main [role="alert"]')).toHaveText(
    'Anmeldung fehlgeschlagen: E-Mail-Adresse oder Passwort stimmen nicht.',
  )
})

test('after login the user lands where they wanted to go, and only on this site', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/admin/news')
  await expect(page).toHaveURL(/\/login\?callbackUrl=/)
  await page.getByLabel('E-Mail').fill('redaktion@example.org')
  await page.getByLabel('Passwort').fill('E2e-Passwort-Test-2026')
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await expect(page).toHaveURL(/\/admin\/news$/)

  for (const evil of [
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
  ]) {
    // A fresh browser context each time: no session, and no prefetch of the last page that could
    // bring a cookie back.
    const context = await browser.newContext({ baseURL })
    const fresh = await context.newPage()
    await fresh.goto(`/login?callbackUrl=${encodeURIComponent(evil)}`)
    await fresh.getByLabel('E-Mail').fill('redaktion@example.org')
    await fresh.getByLabel('Passwort').fill('E2e-Passwort-Test-2026')
    await fresh.getByRole('button', { name: 'Anmelden' }).click()
    await expect(fresh).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/admin$/)
    await context.close()
  }
})

test('a signed-in user sent to the login page with a crafted callbackUrl stays on this site', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ storageState: 'e2e/.auth/editor.json' })
  const elsewhere: string[] = []
  await context.route(
    (url) => url.origin !== new URL(baseURL!).origin,
    (route) => {
      elsewhere.push(route.request().url())
      return route.abort()
    },
  )
  const page = await context.newPage()
  for (const crafted of [
    '/.//evil.example/phish',
    '/./\\evil.example/phish',
    '/x/..//evil.example/phish',
    '/%2e//evil.example/phish',
    '/\t/evil.example/phish',
  ]) {
    // Next answers a signed-in visit to /login with a redirect (a 307, or a refresh in the
    // streamed page); either way the browser must end on the backend of this site.
    await page.goto(`/login?callbackUrl=${encodeURIComponent(crafted)}`)
    await expect(page, crafted).toHaveURL(`${new URL(baseURL!).origin}/admin`)
  }
  expect(elsewhere).toEqual([])
  await context.close()
})

test('logging out ends the session, also for a copied cookie', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await loginAs(page, 'redaktion@example.org', 'E2e-Passwort-Test-2026')
  await expect(page).toHaveURL(/\/admin$/)
  const copied = await context.storageState()
  await page.getByRole('button', { name: 'Abmelden' }).click()
  await expect(page).toHaveURL(/\/login\?abgemeldet=1/)
  await expect(page.getByText('Sie sind abgemeldet.')).toBeVisible()

  const thief = await browser.newContext({ storageState: copied })
  const stolen = await thief.newPage()
  await stolen.goto('/admin')
  await expect(stolen).toHaveURL(/\/login/)
  await thief.close()
  await context.close()
})

test('an invitation link sets the password once, then the account logs in', async ({
  browser,
  page,
}) => {
  const link = await invite(browser, 'Paula Partner', 'paula.partner@example.org', 'partner')
  await page.goto(link)
  await expect(page.getByRole('heading', { name: 'Willkommen! Passwort festlegen' })).toBeVisible()
  await page.getByLabel('Neues Passwort').fill('kurz')
  await page.getByLabel('Passwort wiederholen').fill('kurz')
  await page.getByRole('button', { name: 'Passwort speichern' }).click()
  await expect(page.getByText(/mindestens 12 Zeichen/)).toBeVisible()
  await page.getByLabel('Neues Passwort').fill('Ein Satz als gutes Passwort')
  await page.getByLabel('Passwort wiederholen').fill('Ein Satz als anderes Passwort')
  await page.getByRole('button', { name: 'Passwort speichern' }).click()
  await expect(page.getByText('Die beiden Passwörter stimmen nicht überein.')).toBeVisible()
  await page.getByLabel('Neues Passwort').fill('Ein Satz als gutes Passwort')
  await page.getByLabel('Passwort wiederholen').fill('Ein Satz als gutes Passwort')
  await page.getByRole('button', { name: 'Passwort speichern' }).click()
  await expect(page).toHaveURL(/\/login\?passwort=neu/)

  // The same link a second time: refused.
  await page.goto(link)
  await expect(page.getByRole('heading', { name: 'Link ungültig' })).toBeVisible()

  await loginAs(page, 'paula.partner@example.org', 'Ein Satz als gutes Passwort')
  await expect(page).toHaveURL(/\/admin$/)
  await expect(page.getByRole('link', { name: 'Unser Profil' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Konten' })).toHaveCount(0)
})

test('"Passwort vergessen" answers the same for known and unknown addresses', async ({ page }) => {
  const answers: string[] = []
  for (const email of ['redaktion@example.org', 'gibt-es-nicht@example.org']) {
    await page.goto('/passwort-vergessen')
    await page.getByLabel('E-Mail').fill(email)
    await page.getByRole('button', { name: 'Link anfordern' }).click()
    await expect(page.getByRole('status')).toBeVisible()
    answers.push((await page.getByRole('status').textContent())!)
  }
  expect(answers[0]).toBe(answers[1])
  expect(
    scalar("SELECT count(*) FROM audit_log WHERE action = 'user.reset_requested'"),
  ).toBeGreaterThanOrEqual(2)
})

test('disabling an account ends its open session at the next request', async ({ browser }) => {
  const link = await invite(browser, 'Sven Sperrtest', 'sven.sperrtest@example.org', 'editor')
  const user = await browser.newContext()
  const page = await user.newPage()
  await page.goto(link)
  await page.getByLabel('Neues Passwort').fill('Sperrtest Passwort 2026')
  await page.getByLabel('Passwort wiederholen').fill('Sperrtest Passwort 2026')
  await page.getByRole('button', { name: 'Passwort speichern' }).click()
  await loginAs(page, 'sven.sperrtest@example.org', 'Sperrtest Passwort 2026')
  await expect(page).toHaveURL(/\/admin$/)
  await page.goto('/admin/news')
  await expect(page.getByRole('heading', { name: 'Meldungen' })).toBeVisible()

  const admin = await browser.newContext({ storageState: ADMIN })
  const adminPage = await admin.newPage()
  const id = scalar("SELECT id FROM users WHERE email = 'sven.sperrtest@example.org'")
  await adminPage.goto(`/admin/users/${id}`)
  await adminPage.getByRole('button', { name: 'Sperren' }).click()
  await expect(adminPage.getByRole('status').first()).toContainText('Konto gesperrt')

  await page.goto('/admin/news')
  await expect(page).toHaveURL(/\/login/)
  await loginAs(page, 'sven.sperrtest@example.org', 'Sperrtest Passwort 2026')
  await expect(page.locator('main [role="alert"]')).toContainText('Anmeldung fehlgeschlagen')
  await admin.close()
  await user.close()
})

test('five wrong passwords lock the account; then even the right one is refused', async ({
  page,
}) => {
  const db = openDb(false)
  db.prepare("DELETE FROM rate_limits WHERE key LIKE 'address:%'").run()
  db.close()
  for (let i = 0; i < 5; i++) await loginAs(page, 'partner-b@example.org', `falsch-${i}-aaaaaaa`)
  await expect(page.locator('main [role="alert"]')).toContainText('vorübergehend gesperrt')
  await loginAs(page, 'partner-b@example.org', 'E2e-Passwort-Test-2026')
  await expect(page.locator('main [role="alert"]')).toContainText('vorübergehend gesperrt')
  await expect(page).toHaveURL(/\/login/)
  expect(scalar("SELECT count(*) FROM audit_log WHERE action = 'login.lockout'")).toBeGreaterThan(0)
})

test('ten failures a minute from one address block it, whatever X-Forwarded-For says', async ({
  page,
}) => {
  const db = openDb(false)
  db.prepare("DELETE FROM rate_limits WHERE key LIKE 'address:%'").run()
  db.close()
  for (let i = 0; i < 10; i++) {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `203.0.113.${i + 1}` })
    await loginAs(page, `unbekannt-${i}@example.org`, `falsch-${i}-aaaaaaa`)
    await expect(page.locator('main [role="alert"]')).toBeVisible()
  }
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '198.51.100.7' })
  await loginAs(page, ACCOUNTS.editor.email, E2E_PASSWORD)
  await expect(page.locator('main [role="alert"]')).toContainText('vorübergehend gesperrt')
  await expect(page).toHaveURL(/\/login/)
  // The spoofed addresses were ignored: one counter, for the real client.
  expect(scalar("SELECT group_concat(key) FROM rate_limits WHERE key LIKE 'address:%'")).toBe(
    'address:127.0.0.1',
  )
  const cleanup = openDb(false)
  cleanup.prepare("DELETE FROM rate_limits WHERE key LIKE 'address:%'").run()
  cleanup.close()
})

test('admins read the audit log, filtered', async ({ browser }) => {
  const context = await browser.newContext({ storageState: ADMIN })
  const page = await context.newPage()
  await page.goto('/admin/audit?aktion=login.failed')
  await expect(page.getByRole('heading', { name: 'Protokoll' })).toBeVisible()
  const rows = page.locator('tbody tr')
  await expect(rows.first()).toContainText('login.failed')
  expect(await rows.allTextContents()).not.toContainEqual(expect.stringContaining('login.success'))
  await context.close()
})

test('the audit log names each action in German, with its code and the account e-mail', async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: ADMIN })
  const page = await context.newPage()
  await page.goto('/admin/audit')
  const field = page.getByLabel('Was (Aktion oder Code)')
  await field.fill('Anmeldung')
  await page.getByRole('button', { name: 'Filtern' }).click()
  await expect(page).toHaveURL(/aktion=Anmeldung(&|$)/)
  const rows = page.locator('tbody tr')
  await expect(rows.first()).toBeVisible()
  const texts = await rows.allTextContents()
  expect(texts.every((text) => text.includes('Anmeldung') && text.includes('login.success'))).toBe(
    true,
  )
  // The code is also the label's tooltip; the account's e-mail stands beside its name.
  await expect(rows.first().getByTitle('Code: login.success')).toHaveText('Anmeldung')
  const editor = rows.filter({ hasText: ACCOUNTS.editor.name }).first()
  await expect(editor.getByRole('cell').nth(1)).toHaveText(
    `${ACCOUNTS.editor.name}${ACCOUNTS.editor.email}`,
  )

  // The same filter by German label and by code.
  await page.goto(`/admin/audit?aktion=${encodeURIComponent('Anmeldung fehlgeschlagen')}`)
  const byLabel = await rows.allTextContents()
  expect(byLabel.length).toBeGreaterThan(0)
  expect(byLabel.every((text) => text.includes('Anmeldung fehlgeschlagenlogin.failed'))).toBe(true)
  await page.goto('/admin/audit?aktion=login.failed')
  expect(await rows.allTextContents()).toEqual(byLabel)

  // The profiles imported for these tests.
  await page.goto('/admin/audit?aktion=partners.import')
  await expect(rows.first()).toContainText('Import von Partnerprofilen')
  await expect(rows.first().getByRole('cell').nth(3)).toHaveText(/^Partnerprofil/)
  await context.close()
})
