import { expect, test, type Page } from '@playwright/test'
import { scalar } from './helpers/db'
import { englishBackendPage, englishEmail } from './helpers/english-backend'
import { clearThrottle, passwordStep } from './helpers/second-factor-login'

/*
 * The messages of a backend with an English interface: the form's own checks in the browser, the
 * server's answer to a form sent without JavaScript, a refusal from the data layer and a success
 * message all come in English, although the code writes them in German.
 */

/** The form for a new category (the last one on the page). */
const newCategoryForm = (page: Page) =>
  page.locator('section[aria-labelledby="neue-kategorie"] form')

test('the browser checks a form in English', async ({ browser }) => {
  const page = await englishBackendPage(browser, 'admin')
  await page.goto('/admin/news/new')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.locator('#feld-contactPhone').fill('call me')
  await page.locator('button[name="intent"][value="save"]').click()
  await expect(page.getByText('The title must not be empty.')).toBeVisible()
  await expect(
    page.getByText('The phone number may only contain digits, spaces and + ( ) / -.'),
  ).toBeVisible()
  await expect(page.getByText('Der Titel darf nicht leer sein.')).toHaveCount(0)
  await page.context().close()
})

test('the server answers a form sent without JavaScript in English', async ({ browser }) => {
  // Makes the account (interface language English) if no earlier test has.
  await (await englishBackendPage(browser, 'admin')).context().close()
  const email = englishEmail('admin')
  expect(scalar<string>('SELECT ui_locale FROM users WHERE email = ?', email)).toBe('en')
  clearThrottle(email)
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await passwordStep(page, email)
  await expect(page).toHaveURL(/\/admin$/)

  await page.goto('/admin/categories')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const form = newCategoryForm(page)
  await form.locator('input[name="name"]').fill('   ')
  await form.locator('input[name="slug"]').fill('Nicht gültig!')
  const answer = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' && response.url().endsWith('/admin/categories'),
  )
  await form.locator('button[type="submit"]').click()
  // The backend's pages do not render an action's answer into the HTML of a form sent without
  // JavaScript yet; the answer itself travels with the page, and is read there.
  const body = await (await answer).text()
  expect(body).toContain('"message":"Please check the marked fields."')
  expect(body).toContain('"name":["The name must not be empty."]')
  expect(body).toContain(
    '"slug":["Only lower-case letters a–z, digits and single hyphens (e.g. “digitalgipfel-2020”)."]',
  )
  expect(body).not.toContain('Bitte prüfen Sie die markierten Felder.')
  expect(body).not.toContain('Der Name darf nicht leer sein.')
  await context.close()
})

test('a refusal and a success message come in English', async ({ browser }) => {
  const page = await englishBackendPage(browser, 'admin')
  // Admins cannot make a second factor compulsory for themselves without having one.
  await page.goto('/admin/users')
  const policy = page.locator('form:has(input[name="roles"])')
  await policy.locator('input[name="roles"][value="admin"]').check()
  await policy.locator('button[type="submit"]').click()
  await expect(policy.getByRole('alert')).toHaveText(
    'First set up a second factor yourself under “My account” before you make it compulsory for the administration.',
  )

  // A clash found by the data layer, not by the schema.
  await page.goto('/admin/categories')
  const form = newCategoryForm(page)
  const taken = scalar<string>('SELECT slug FROM categories ORDER BY id LIMIT 1')
  await form.locator('input[name="name"]').fill('Language test')
  await form.locator('input[name="slug"]').fill(taken)
  await form.locator('button[type="submit"]').click()
  await expect(form.getByRole('alert')).toHaveText('Please check the marked fields.')
  await expect(form.getByText('This slug is already taken.')).toBeVisible()
  expect(scalar('SELECT count(*) FROM categories WHERE name = ?', 'Language test')).toBe(0)

  // Saving a category as it is.
  const first = page.locator('main li form').first()
  await first.locator('button[type="submit"]').click()
  await expect(first.getByRole('status')).toHaveText('Category saved.')
  await page.context().close()
})
