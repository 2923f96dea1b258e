import { expect, test } from '@playwright/test'

test('the home page answers in German with the demo content', async ({ page }) => {
  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Aktuelles', level: 2 })).toBeVisible()
  await expect(
    page.getByRole('link', { name: 'Delegationen aus Katalonien und Frankreich zu Gast in OWL' }),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: /Unternehmen und Stiftungen/ })).toContainText('4')
  await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeAttached()
})

test('an unknown address gets the German 404 page', async ({ page }) => {
  const response = await page.goto('/gibt-es-nicht')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Zur Startseite' })).toBeVisible()
})
