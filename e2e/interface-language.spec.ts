import { expect, test } from '@playwright/test'
import { scalar } from './helpers/db'
import { createEditor, newPage, passwordStep } from './helpers/second-factor-login'

/*
 * The backend's interface language, chosen per user in "Mein Konto": menus, the document's
 * language and the messages of the forms follow it; other users keep German.
 */

// Not one of englishBackendPage's accounts, which are English from the start.
const EMAIL = 'language-switch-editor@example.org'

test('an editor switches the backend to English and back', async ({ browser }) => {
  await createEditor(EMAIL)
  const { context, page } = await newPage(browser)
  await passwordStep(page, EMAIL)
  await expect(page).toHaveURL(/\/admin$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')

  await page.goto('/admin/konto')
  await page.getByLabel('Sprache der Oberfläche (Interface language)').selectOption('en')
  await page.getByRole('button', { name: 'Sprache speichern' }).click()
  await expect(page.getByRole('status')).toHaveText('The interface language is saved.')
  expect(scalar('SELECT ui_locale FROM users WHERE email = ?', EMAIL)).toBe('en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const areas = page.getByRole('navigation', { name: 'Areas' })
  await expect(areas.getByRole('link', { name: 'News', exact: true })).toBeVisible()
  await expect(areas.getByRole('link', { name: 'My account' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()

  // The form's own checks in the browser speak English too.
  await page.goto('/admin/news/new')
  await expect(page.locator('form[data-ready="true"]').first()).toBeVisible()
  const title = page.locator('#feld-title')
  await title.fill('x'.repeat(5))
  await title.fill('')
  await title.blur()
  await expect(page.getByText('The title must not be empty.')).toBeVisible()

  // Another editor's backend is still German.
  const other = await newPage(browser, 'e2e/.auth/editor.json')
  await other.page.goto('/admin')
  await expect(other.page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(
    other.page
      .getByRole('navigation', { name: 'Bereiche' })
      .getByRole('link', { name: 'Meldungen' }),
  ).toBeVisible()
  await other.context.close()

  await page.goto('/admin/konto')
  await page.getByLabel('Interface language (Sprache der Oberfläche)').selectOption('de')
  await page.getByRole('button', { name: 'Save language' }).click()
  await expect(page.getByRole('status')).toHaveText('Die Sprache der Oberfläche ist gespeichert.')
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await context.close()
})
