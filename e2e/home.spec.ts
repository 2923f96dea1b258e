import { expect, test } from '@playwright/test'
import { scalar } from './helpers/db'

test('the home page answers in German with the demo content', async ({ page }) => {
  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Aktuelles', level: 2 })).toBeVisible()
  const newest = scalar<string>(
    "SELECT title FROM news WHERE status = 'published' ORDER BY date DESC, id DESC LIMIT 1",
  )
  await expect(page.getByRole('link', { name: newest })).toBeVisible()
  const companies = scalar(
    "SELECT count(*) FROM partners p JOIN categories c ON c.id = p.category_id WHERE p.status = 'published' AND c.slug = 'unternehmen-und-stiftungen'",
  )
  await expect(
    page.getByRole('link', { name: `Unternehmen und Stiftungen ${companies} Partner` }),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeAttached()
})

test('an unknown address gets the German 404 page', async ({ page }) => {
  const response = await page.goto('/gibt-es-nicht')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Zur Startseite' })).toBeVisible()
})
