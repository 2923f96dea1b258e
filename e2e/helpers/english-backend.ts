import { expect, type Browser, type Page } from '@playwright/test'
import { hashPassword } from '../../lib/password'
import { ACCOUNTS, E2E_PASSWORD } from './accounts'
import { openDb } from './db'
import { clearThrottle, passwordStep } from './second-factor-login'

/*
 * A backend page of a user who chose English as the interface language: one account per role
 * (`english-<role>@example.org`; the partner account belongs to an organisation no other test
 * account has), made on first use, signed in with the password. Like backendPage, every `goto`
 * waits until the forms are taken over by their script.
 */
export type EnglishRole = 'admin' | 'editor' | 'partner'

export const englishEmail = (role: EnglishRole) => `english-${role}@example.org`

async function ensureAccount(role: EnglishRole): Promise<void> {
  const hash = await hashPassword(E2E_PASSWORD)
  const db = openDb(false)
  try {
    // An organisation of its own: partner A's and B's proposals are fixtures of other tests (a
    // new profile proposal replaces the pending one of the same organisation).
    const partner =
      role === 'partner'
        ? (db
            .prepare(
              "SELECT id FROM partners WHERE slug NOT IN (?, ?) AND status = 'published' ORDER BY id LIMIT 1",
            )
            .get(ACCOUNTS.partnerA.partnerSlug, ACCOUNTS.partnerB.partnerSlug) as { id: number })
        : null
    const now = Date.now()
    db.prepare(
      `INSERT OR IGNORE INTO users (email, name, password_hash, role, partner_id, state, session_version, ui_locale, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'active', 1, 'en', ?, ?)`,
    ).run(englishEmail(role), `English ${role}`, hash, role, partner?.id ?? null, now, now)
  } finally {
    db.close()
  }
}

export async function englishBackendPage(browser: Browser, role: EnglishRole): Promise<Page> {
  await ensureAccount(role)
  clearThrottle(englishEmail(role))
  const context = await browser.newContext()
  const page = await context.newPage()
  await passwordStep(page, englishEmail(role))
  await expect(page).toHaveURL(/\/admin$/)
  const goto = page.goto.bind(page)
  page.goto = async (url, options) => {
    const response = await goto(url, options)
    await expect(page.locator('form[data-ready="false"]')).toHaveCount(0)
    return response
  }
  return page
}
