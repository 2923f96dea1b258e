import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import { ACCOUNTS } from './helpers/accounts'
import { openDb, scalar } from './helpers/db'
import { englishBackendPage, englishEmail } from './helpers/english-backend'

/*
 * The accounts, the audit log, import and export, a partner's own profile and the second factor
 * in "My account", read by users whose backend interface is English.
 */

function userId(email: string): number {
  return scalar<number>('SELECT id FROM users WHERE email = ?', email)
}

test('an admin manages accounts and invites someone in English', async ({ browser }) => {
  const admin = await englishBackendPage(browser, 'admin')
  await admin.goto('/admin/users')
  await expect(admin.locator('html')).toHaveAttribute('lang', 'en')
  await expect(admin).toHaveTitle(/Accounts/)
  await expect(admin.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible()
  for (const column of ['Email', 'Role', 'Organisation', 'State', 'Last sign-in'])
    await expect(admin.getByRole('columnheader', { name: column, exact: true })).toBeVisible()
  const editorRow = admin.getByRole('row').filter({ hasText: ACCOUNTS.editor.email }).first()
  await expect(editorRow).toContainText('Editorial team')
  await expect(editorRow).toContainText('active')

  const invite = admin.getByRole('region', { name: 'Invite an account' })
  await expect(invite).toContainText('The link is valid for 72 hours and only once.')
  await invite.getByLabel('Name').fill('Invited in English')
  await invite.getByLabel('Email').fill('invited-in-english@example.org')
  await invite.getByLabel('Role').selectOption({ label: 'Editorial team' })
  await expect(invite.getByLabel('Organisation (partner accounts only)')).toHaveValue('')
  await expect(
    invite.getByText('A partner account sees and edits only this organisation.'),
  ).toBeVisible()
  await invite.getByRole('button', { name: 'Invite' }).click()
  await expect(invite.locator('a[href*="/passwort-setzen?token="]')).toBeVisible()
  expect(
    scalar<string>('SELECT state FROM users WHERE email = ?', 'invited-in-english@example.org'),
  ).toBe('invited')

  const policy = admin.getByRole('region', { name: 'Second factor' })
  await expect(policy.getByRole('group', { name: 'A second factor is required for' })).toBeVisible()
  await expect(policy.getByRole('button', { name: 'Save rule' })).toBeVisible()

  await admin.goto(`/admin/users/${userId('invited-in-english@example.org')}`)
  await expect(admin.getByRole('link', { name: 'All accounts' })).toBeVisible()
  await expect(admin.getByRole('heading', { name: 'Role and organisation' })).toBeVisible()
  await expect(admin.getByRole('button', { name: 'Renew invitation' })).toBeVisible()
  await expect(admin.getByRole('button', { name: 'End sessions' })).toBeVisible()
  await expect(admin.getByText('No second factor set up.')).toBeVisible()
  await expect(admin.getByText(/· created \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d \(/)).toBeVisible()
  await admin.context().close()
})

test('the audit log names actions, items and details in English', async ({ browser }) => {
  const admin = await englishBackendPage(browser, 'admin')
  await admin.goto('/admin/audit')
  await expect(admin.locator('html')).toHaveAttribute('lang', 'en')
  await expect(admin).toHaveTitle(/Audit log/)
  await expect(admin.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
  for (const column of ['Time', 'Who', 'What', 'Item', 'Details', 'Address'])
    await expect(admin.getByRole('columnheader', { name: column, exact: true })).toBeVisible()

  // The admin's own sign-in, found by its English label.
  await admin.getByLabel('What (action or code)').fill('Sign-in')
  await admin.getByRole('button', { name: 'Filter' }).click()
  await expect(admin).toHaveURL(/aktion=Sign-in/)
  const signIn = admin
    .getByRole('row')
    .filter({ hasText: englishEmail('admin') })
    .first()
  const cells = signIn.getByRole('cell')
  await expect(cells.nth(2)).toHaveText('Sign-inlogin.success')
  await expect(cells.nth(2).getByTitle('Code: login.success')).toHaveText('Sign-in')
  await expect(cells.nth(3)).toHaveText(`Account ${userId(englishEmail('admin'))}`)
  await expect(cells.nth(0)).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d \(.+\)$/)
  await expect(admin.getByText(/^\d+ (entry|entries)$/)).toBeVisible()
  await expect(admin.getByText('Anmeldung', { exact: true })).toHaveCount(0)
  // The suggestions offered for the filter are the English labels.
  await expect(admin.locator('#audit-aktionen option[value="Sign-in failed"]')).toHaveCount(1)
  await admin.context().close()
})

test('the import page reads in English and a dry run reports in English', async ({ browser }) => {
  test.slow()
  const admin = await englishBackendPage(browser, 'admin')
  await admin.goto('/admin/import')
  await expect(admin.locator('html')).toHaveAttribute('lang', 'en')
  await expect(admin).toHaveTitle(/Import and export/)
  await expect(admin.getByRole('heading', { name: 'Import partner profiles' })).toBeVisible()
  await expect(admin.getByRole('heading', { name: 'Export partner profiles' })).toBeVisible()
  await expect(admin.getByRole('link', { name: 'Table (CSV)' })).toBeVisible()

  const download = admin.waitForEvent('download')
  await admin.getByRole('link', { name: 'Markdown files with logos (ZIP)' }).click()
  const zip = await (await download).path()
  await admin.getByLabel('Profile files and logos, or a ZIP archive').setInputFiles({
    name: 'partner.zip',
    mimeType: 'application/zip',
    buffer: fs.readFileSync(zip!),
  })
  await expect(admin.getByRole('button', { name: 'Run import' })).toBeDisabled()
  await admin.getByRole('button', { name: 'Dry run' }).click()
  const total = scalar('SELECT count(*) FROM partners')
  // A dry run over every profile of the seed takes a while on a busy machine.
  await expect(admin.getByRole('status')).toHaveText(
    `Dry run (nothing saved): created 0, updated 0, unchanged ${total}, failed 0`,
    { timeout: 30_000 },
  )
  await expect(admin.getByRole('button', { name: 'Run import' })).toBeEnabled()
  await admin.context().close()
})

test('a partner edits its own profile in English and submits it for review', async ({
  browser,
}) => {
  const partner = await englishBackendPage(browser, 'partner')
  const submitter = userId(englishEmail('partner'))
  try {
    await partner.goto('/admin/profile')
    await expect(partner.locator('html')).toHaveAttribute('lang', 'en')
    await expect(partner).toHaveTitle(/Our profile/)
    await expect(partner.getByRole('heading', { level: 1, name: /^Our profile: / })).toBeVisible()
    await expect(partner.getByRole('link', { name: 'View the published profile' })).toBeVisible()
    await expect(partner.getByRole('heading', { name: 'Quote (optional)' })).toBeVisible()
    await partner.getByLabel('Quote', { exact: true }).fill('Together we move the region on.')
    await partner.getByLabel('Person quoted').fill('Anna Partner')
    await expect(partner.getByLabel('Position of the person')).toBeVisible()
    await expect(
      partner.getByText('The editorial team reviews your change. Until then the published'),
    ).toBeVisible()
    await partner.getByRole('button', { name: 'Submit for review' }).click()
    await expect(partner.getByRole('status').first()).toHaveText(
      'Submitted. The editorial team reviews your change; until then the published profile stays as it is.',
    )
    await expect(partner.getByRole('note')).toContainText(/^Your change of .+ is awaiting review\./)
    expect(
      scalar(
        "SELECT count(*) FROM submissions WHERE submitted_by = ? AND status = 'pending'",
        submitter,
      ),
    ).toBe(1)
  } finally {
    // The proposal would become the profile form's content for the partner tests that follow.
    const db = openDb(false)
    try {
      db.prepare("DELETE FROM submissions WHERE submitted_by = ? AND status = 'pending'").run(
        submitter,
      )
    } finally {
      db.close()
    }
    await partner.context().close()
  }
})

test('My account explains the second factor in English', async ({ browser }) => {
  // Not the English editor: e2e/interface-language.spec.ts makes that account itself, in German.
  const partner = await englishBackendPage(browser, 'partner')
  const id = userId(englishEmail('partner'))
  try {
    await partner.goto('/admin/konto')
    await expect(partner.locator('html')).toHaveAttribute('lang', 'en')
    await expect(partner).toHaveTitle(/My account/)
    await expect(partner.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible()
    const section = partner.getByRole('region', { name: 'Second factor' })
    await expect(section).toContainText(
      'signing in then asks for a code from an app or for a passkey',
    )
    await expect(section.getByRole('heading', { name: 'Authenticator app (TOTP)' })).toBeVisible()
    await expect(section.getByText('No passkey yet.')).toBeVisible()
    await expect(section.getByLabel('Name of the new passkey')).toHaveAttribute(
      'placeholder',
      'e.g. office laptop',
    )
    await expect(section.getByRole('button', { name: 'Add passkey' })).toBeDisabled()

    await section.getByRole('button', { name: 'Set up authenticator app' }).click()
    await expect(section.getByText(/^Scan the QR code with your app/)).toBeVisible()
    await expect(
      section.getByRole('img', { name: 'QR code for the authenticator app' }),
    ).toBeVisible()
    await expect(section.getByLabel('First code from the app')).toBeVisible()
    await expect(section.getByRole('button', { name: 'Confirm authenticator app' })).toBeVisible()
  } finally {
    // The setup stays unconfirmed; it is dropped so the account's page looks as before.
    const db = openDb(false)
    try {
      db.prepare('DELETE FROM totp_credentials WHERE user_id = ? AND confirmed_at IS NULL').run(id)
    } finally {
      db.close()
    }
    await partner.context().close()
  }
})
