import { expect, type Browser, type Page } from '@playwright/test'
import { hashPassword } from '../../lib/password'
import { E2E_PASSWORD } from './accounts'
import { openDb, rows, scalar } from './db'
import { totpCode } from './second-factor'

/* Accounts, logins and the code app's setup for the second-factor tests. */

export async function createEditor(email: string): Promise<number> {
  const hash = await hashPassword(E2E_PASSWORD)
  const db = openDb(false)
  try {
    const now = Date.now()
    db.prepare(
      `INSERT OR IGNORE INTO users (email, name, password_hash, role, state, session_version, created_at, updated_at)
       VALUES (?, ?, ?, 'editor', 'active', 1, ?, ?)`,
    ).run(email, email, hash, now, now)
    return (db.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: number }).id
  } finally {
    db.close()
  }
}

export function clearThrottle(email: string) {
  const db = openDb(false)
  try {
    db.prepare("DELETE FROM rate_limits WHERE key = ? OR key LIKE 'address:%'").run(
      `account:${email}`,
    )
  } finally {
    db.close()
  }
}

export async function passwordStep(page: Page, email: string) {
  await page.goto('/login')
  await page.getByLabel('E-Mail').fill(email)
  await page.getByLabel('Passwort').fill(E2E_PASSWORD)
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click()
}

const codeField = (page: Page) => page.getByLabel(/Code aus der App|Wiederherstellungscode/)

export async function secondStep(page: Page, code: string) {
  await codeField(page).fill(code)
  await page.getByRole('button', { name: 'Bestätigen', exact: true }).click()
}

export async function newPage(browser: Browser, storageState?: string) {
  const context = await browser.newContext({ storageState })
  return { context, page: await context.newPage() }
}

export const sessionsOf = (email: string) =>
  rows<{ auth_method: string }>(
    'SELECT auth_method FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = ?) ORDER BY created_at',
    email,
  ).map((row) => row.auth_method)

/** Sets up the code app on the account page; returns the secret and the recovery codes. */
export async function setUpCodeApp(page: Page, wrongCodeFirst = false) {
  await page.goto('/admin/konto')
  await page.getByRole('button', { name: 'Code-App einrichten' }).click()
  if (wrongCodeFirst) {
    await page.getByLabel('Erster Code aus der App').fill('000000')
    await page.getByRole('button', { name: 'Code-App bestätigen' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Der Code stimmt nicht' })).toBeVisible()
  }
  const qr = page.getByRole('img', { name: 'QR-Code für die Code-App' })
  await expect(qr).toBeVisible()
  // Rendered by the portal itself: no request to another host.
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/)
  const shown = (await page.getByTestId('totp-secret').textContent())!.trim()
  await page.getByLabel('Erster Code aus der App').fill(totpCode(shown))
  await page.getByRole('button', { name: 'Code-App bestätigen' }).click()
  await expect(page.getByRole('status').first()).toContainText('Die Code-App ist eingerichtet.')
  const codes = await page
    .getByRole('list', { name: 'Wiederherstellungscodes' })
    .getByRole('listitem')
    .allTextContents()
  return { shown, codes: codes.map((code) => code.trim()) }
}

const failedSteps = (email: string) =>
  scalar(
    "SELECT count(*) FROM audit_log WHERE action = 'login.second_factor_failed' AND actor_email = ?",
    email,
  )

/**
 * A try that must fail: waits for its audit entry and for its answer in the page, which empties
 * the form (a code typed before that answer would be wiped by it).
 */
export async function failingStep(page: Page, email: string, code: string) {
  const before = failedSteps(email)
  await secondStep(page, code)
  await expect.poll(() => failedSteps(email)).toBe(before + 1)
  await expect(codeField(page)).toHaveValue('')
}
