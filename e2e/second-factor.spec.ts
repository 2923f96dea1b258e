import { expect, test, type Page } from '@playwright/test'
import { backendPage } from './helpers/backend-page'
import { captureAction, sendAs } from './helpers/captured-action'
import { rows, scalar } from './helpers/db'
import { SECOND_FACTOR_MATRIX, type MatrixRole } from './helpers/matrix'
import { setSecondFactorPolicy, totpCode } from './helpers/second-factor'
import {
  clearThrottle,
  createEditor,
  failingStep,
  newPage,
  passwordStep,
  secondStep,
  sessionsOf,
  setUpCodeApp,
} from './helpers/second-factor-login'

/*
 * One-time codes and recovery codes through the browser, with codes computed here from the
 * secret the portal shows at setup; the policy that makes a second factor compulsory; and the
 * admins' reset. Passkeys: e2e/passkeys.spec.ts.
 */

test.describe.configure({ mode: 'serial' })

const TOTP_USER = 'zwei-faktoren@example.org'
const POLICY_USER = 'pflicht-neu@example.org'
let secret = ''
let recoveryCodes: string[] = []

test.afterAll(() => {
  setSecondFactorPolicy([])
  clearThrottle(TOTP_USER)
})

test('a code app is set up with a QR code and a first code; ten recovery codes are shown once', async ({
  browser,
}) => {
  const id = await createEditor(TOTP_USER)
  const { context, page } = await newPage(browser)
  await passwordStep(page, TOTP_USER)
  await expect(page).toHaveURL(/\/admin$/)
  const setup = await setUpCodeApp(page, true)
  secret = setup.shown
  recoveryCodes = setup.codes
  expect(recoveryCodes).toHaveLength(10)
  expect(new Set(recoveryCodes).size).toBe(10)
  // Stored encrypted, and the codes only as hashes.
  const stored = scalar<string>('SELECT secret FROM totp_credentials WHERE user_id = ?', id)
  expect(stored).not.toContain(secret)
  const hashes = rows<{ code_hash: string }>(
    'SELECT code_hash FROM recovery_codes WHERE user_id = ?',
    id,
  ).map((row) => row.code_hash)
  expect(hashes).toHaveLength(10)
  for (const code of recoveryCodes) expect(hashes.join()).not.toContain(code.replace('-', ''))
  // Shown once: the page reloaded shows how many are left, not the codes.
  await page.reload()
  await expect(page.getByText('10 von 10 Codes übrig')).toBeVisible()
  await expect(page.getByText(recoveryCodes[0]!)).toHaveCount(0)
  expect(
    scalar(
      "SELECT count(*) FROM audit_log WHERE action = 'second_factor.totp_added' AND actor_id = ?",
      id,
    ),
  ).toBe(1)
  await context.close()
})

test('signing in then asks for a code; a code counts once, a wrong one not at all', async ({
  browser,
}) => {
  const before = sessionsOf(TOTP_USER).length
  const first = await newPage(browser)
  await passwordStep(first.page, TOTP_USER)
  await expect(first.page).toHaveURL(/\/login\/zweiter-schritt/)
  // No session before the second step.
  expect(sessionsOf(TOTP_USER)).toHaveLength(before)
  await first.page.goto('/admin')
  await expect(first.page).toHaveURL(/\/login/)
  await first.page.goBack()
  // The step after the one used at setup (one step of drift is allowed).
  const code = totpCode(secret, 1)
  await first.page.goto('/login/zweiter-schritt')
  await secondStep(first.page, code)
  await expect(first.page).toHaveURL(/\/admin$/)
  expect(sessionsOf(TOTP_USER).at(-1)).toBe('password+totp')
  await first.context.close()

  const second = await newPage(browser)
  await passwordStep(second.page, TOTP_USER)
  await expect(second.page).toHaveURL(/\/login\/zweiter-schritt/)
  await failingStep(second.page, TOTP_USER, code)
  await expect(
    second.page
      .getByRole('alert')
      .filter({ hasText: 'Der Code stimmt nicht oder wurde schon verwendet.' }),
  ).toBeVisible()
  const wrong = String((Number(totpCode(secret)) + 500_000) % 1_000_000).padStart(6, '0')
  await failingStep(second.page, TOTP_USER, wrong)
  await expect(
    second.page.getByRole('alert').filter({ hasText: 'Der Code stimmt nicht' }),
  ).toBeVisible()
  await expect(second.page).toHaveURL(/\/login\/zweiter-schritt/)
  expect(sessionsOf(TOTP_USER)).toHaveLength(before + 1)
  const reasons = rows<{ details: string }>(
    "SELECT details FROM audit_log WHERE action = 'login.second_factor_failed' AND actor_email = ? ORDER BY id",
    TOTP_USER,
  ).map((row) => JSON.parse(row.details).reason)
  expect(reasons.slice(-2)).toEqual(['replay', 'wrong'])
  await second.context.close()
})

test('each recovery code works once, and the portal says how many are left', async ({
  browser,
}) => {
  const one = await newPage(browser)
  await passwordStep(one.page, TOTP_USER)
  await secondStep(one.page, recoveryCodes[0]!)
  await expect(one.page).toHaveURL(/\/admin\/konto\?wiederherstellung=9/)
  await expect(one.page.getByRole('status').first()).toContainText('bleiben noch 9 Codes')
  expect(sessionsOf(TOTP_USER).at(-1)).toBe('password+recovery')
  await one.context.close()

  const two = await newPage(browser)
  await passwordStep(two.page, TOTP_USER)
  await failingStep(two.page, TOTP_USER, recoveryCodes[0]!)
  await expect(two.page.getByRole('alert').filter({ hasText: 'stimmt nicht' })).toBeVisible()
  await secondStep(two.page, recoveryCodes[1]!.toUpperCase())
  await expect(two.page.getByRole('status').first()).toContainText('bleiben noch 8 Codes')
  const remaining = rows<{ details: string }>(
    "SELECT details FROM audit_log WHERE action = 'second_factor.recovery_used' AND actor_email = ? ORDER BY id",
    TOTP_USER,
  ).map((row) => JSON.parse(row.details).remaining)
  expect(remaining).toEqual([9, 8])
  await two.context.close()
})

test('wrong codes are throttled like wrong passwords: after five, even the right code is refused', async ({
  browser,
}) => {
  clearThrottle(TOTP_USER)
  const { context, page } = await newPage(browser)
  await passwordStep(page, TOTP_USER)
  const wrong = String((Number(totpCode(secret)) + 500_000) % 1_000_000).padStart(6, '0')
  for (let i = 0; i < 4; i++) {
    await failingStep(page, TOTP_USER, wrong)
    await expect(page.getByRole('alert').filter({ hasText: 'Der Code stimmt nicht' })).toBeVisible()
  }
  await failingStep(page, TOTP_USER, wrong)
  await expect(
    page.getByRole('alert').filter({ hasText: 'Zu viele fehlgeschlagene Anmeldungen' }),
  ).toBeVisible()
  await secondStep(page, totpCode(secret, 1))
  await expect(
    page.getByRole('alert').filter({ hasText: 'Zu viele fehlgeschlagene Anmeldungen' }),
  ).toBeVisible()
  await passwordStep(page, TOTP_USER)
  await expect(
    page.getByRole('alert').filter({ hasText: 'Zu viele fehlgeschlagene Anmeldungen' }),
  ).toBeVisible()
  expect(
    scalar(
      "SELECT count(*) FROM audit_log WHERE action = 'login.lockout' AND actor_email = ?",
      TOTP_USER,
    ),
  ).toBeGreaterThan(0)
  clearThrottle(TOTP_USER)
  await context.close()
})

test('with the policy on, an editor without a factor can only set one up; then everything opens', async ({
  browser,
}) => {
  await createEditor(POLICY_USER)
  const admin = await newPage(browser, 'e2e/.auth/admin.json')
  await admin.page.goto('/admin/users')
  const policy = admin.page.getByRole('group', { name: 'Zweiter Faktor ist Pflicht für' })
  // The admin without a factor of their own cannot make it compulsory for admins.
  await policy.getByLabel('Verwaltung').check()
  await admin.page.getByRole('button', { name: 'Regel speichern' }).click()
  await expect(
    admin.page.getByRole('alert').filter({ hasText: 'Richten Sie zuerst' }),
  ).toBeVisible()
  await admin.page.reload()
  await policy.getByLabel('Redaktion').check()
  await admin.page.getByRole('button', { name: 'Regel speichern' }).click()
  await expect(admin.page.getByRole('status').first()).toContainText('Gespeichert')
  try {
    const editor = await newPage(browser)
    await passwordStep(editor.page, POLICY_USER)
    await expect(editor.page).toHaveURL(/\/admin\/konto\?einrichten=1/)
    await expect(
      editor.page.getByRole('alert').filter({ hasText: 'zweiter Faktor Pflicht' }),
    ).toBeVisible()
    await expect(
      editor.page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link'),
    ).toHaveText(['Mein Konto'])
    for (const path of ['/admin/news', '/admin/events/new', '/admin/review', '/admin']) {
      await editor.page.goto(path)
      await expect(editor.page, path).toHaveURL(/\/admin\/konto\?einrichten=1/)
    }
    await setUpCodeApp(editor.page)
    await editor.page.getByRole('button', { name: 'Fertig, Codes gesichert' }).click()
    await editor.page.goto('/admin/news')
    await expect(editor.page).toHaveURL(/\/admin\/news$/)
    await expect(editor.page.getByRole('heading', { level: 1 })).toBeVisible()
    await editor.context.close()
  } finally {
    setSecondFactorPolicy([])
  }
  await admin.context.close()
})

test('an admin resets a user’s second factor: audited, and that user’s sessions end', async ({
  browser,
}) => {
  const id = scalar<number>('SELECT id FROM users WHERE email = ?', POLICY_USER)
  expect(scalar('SELECT count(*) FROM sessions WHERE user_id = ?', id)).toBeGreaterThan(0)
  const admin = await newPage(browser, 'e2e/.auth/admin.json')
  await admin.page.goto(`/admin/users/${id}`)
  await expect(admin.page.getByText(/Code-App · 10 Wiederherstellungscodes übrig/)).toBeVisible()
  await admin.page.getByRole('button', { name: 'Zweiten Faktor zurücksetzen' }).click()
  await expect(admin.page.getByRole('status').first()).toContainText('zurückgesetzt')
  expect(scalar('SELECT count(*) FROM totp_credentials WHERE user_id = ?', id)).toBe(0)
  expect(scalar('SELECT count(*) FROM recovery_codes WHERE user_id = ?', id)).toBe(0)
  expect(scalar('SELECT count(*) FROM sessions WHERE user_id = ?', id)).toBe(0)
  expect(
    scalar(
      "SELECT count(*) FROM audit_log WHERE action = 'second_factor.reset' AND entity_id = ?",
      String(id),
    ),
  ).toBe(1)
  // Their own factors admins manage in "Mein Konto", not here.
  const own = scalar<number>("SELECT id FROM users WHERE email = 'admin@example.org'")
  await admin.page.goto(`/admin/users/${own}`)
  await expect(admin.page.getByRole('button', { name: 'Zweiten Faktor zurücksetzen' })).toHaveCount(
    0,
  )
  await admin.context.close()
})

const state = () =>
  JSON.stringify([
    rows('SELECT key, value FROM meta WHERE key LIKE ?', 'policy.%'),
    rows('SELECT user_id, confirmed_at FROM totp_credentials ORDER BY user_id'),
    rows('SELECT id, used_at FROM recovery_codes ORDER BY id'),
    rows("SELECT count(*) FROM audit_log WHERE action LIKE 'second_factor.%'"),
  ])

const others = (allowed: MatrixRole[]): MatrixRole[] =>
  (['visitor', 'partnerA', 'partnerB', 'editor', 'admin', 'disabled'] as MatrixRole[]).filter(
    (role) => !allowed.includes(role),
  )

test('only admins set the policy or reset factors; a replay by anyone else changes nothing', async ({
  browser,
  baseURL,
}) => {
  const totpUser = scalar<number>('SELECT id FROM users WHERE email = ?', TOTP_USER)
  const triggers: Record<string, (page: Page) => Promise<void>> = {
    setSecondFactorPolicyAction: async (page) => {
      await page.goto('/admin/users')
      await page.getByLabel('Partner', { exact: true }).check()
      await page.getByRole('button', { name: 'Regel speichern' }).click()
    },
    resetSecondFactorAction: async (page) => {
      await page.goto(`/admin/users/${totpUser}`)
      await page.getByRole('button', { name: 'Zweiten Faktor zurücksetzen' }).click()
    },
  }
  for (const [action, trigger] of Object.entries(triggers)) {
    const row = SECOND_FACTOR_MATRIX.find((r) => r.action === action)!
    const page = await backendPage(browser, 'admin')
    const captured = await captureAction(page, (arm) => {
      arm()
      return trigger(page)
    })
    await page.context().close()
    const before = state()
    for (const role of others(row.allowed)) {
      expect(await sendAs(role, captured, baseURL!), `${action} as ${role}`).toBeLessThan(500)
      expect(state(), `${action} replayed as ${role} changed nothing`).toBe(before)
    }
  }
})
