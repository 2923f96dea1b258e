import { expect, test as setup } from '@playwright/test'
import { ACCOUNTS, E2E_PASSWORD, type AccountKey } from './helpers/accounts'
import { openDb } from './helpers/db'

/* Logs in once per role and keeps the cookies (storage state) for the other tests. */

const ADMIN = { email: 'admin@example.org', password: 'E2E-Admin-Passwort-2026' }

async function login(
  page: import('@playwright/test').Page,
  email: string,
  password: string,
  file: string,
) {
  await page.goto('/login')
  await page.getByLabel('E-Mail').fill(email)
  await page.getByLabel('Passwort').fill(password)
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  await page.context().storageState({ path: file })
}

setup('log in as every role', async ({ browser }) => {
  // One login per account, each an argon2id hash: on a busy machine that takes a while.
  setup.setTimeout(120_000)
  for (const [key, email, password] of [
    ['admin', ADMIN.email, ADMIN.password],
    ...(Object.keys(ACCOUNTS) as AccountKey[]).map(
      (k) => [k, ACCOUNTS[k].email, E2E_PASSWORD] as const,
    ),
  ] as const) {
    const context = await browser.newContext()
    await login(await context.newPage(), email, password, `e2e/.auth/${key}.json`)
    await context.close()
  }
  // The "disabled" account is disabled now, while its session is open (as an admin would).
  const db = openDb(false)
  const id = (
    db.prepare('SELECT id FROM users WHERE email = ?').get(ACCOUNTS.disabled.email) as {
      id: number
    }
  ).id
  db.prepare(
    "UPDATE users SET state = 'disabled', session_version = session_version + 1 WHERE id = ?",
  ).run(id)
  db.prepare('DELETE FROM sessions WHERE user_id = ?').run(id)
  db.close()
})
