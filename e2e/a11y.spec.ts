import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { scalar } from './helpers/db'
import { PUBLIC_PAGES } from './helpers/public-pages'

/*
 * axe-core with the WCAG 2.1 A and AA rules over every page type, public and backend: no serious
 * or critical violation.
 */

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function expectNoSevereViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
  await expect(page.locator('h1')).toHaveCount(1)
}

function profileWithoutQuote(): string {
  return `/partner/${scalar<string>(
    "SELECT slug FROM partners WHERE status = 'published' AND quote_text IS NULL ORDER BY id LIMIT 1",
  )}`
}

function firstCategory(): string {
  return scalar<string>(
    "SELECT c.slug FROM categories c JOIN partners p ON p.category_id = c.id WHERE p.status = 'published' GROUP BY c.id ORDER BY c.id LIMIT 1",
  )
}

const PUBLIC_EXTRA = [
  () => profileWithoutQuote(),
  () => `/partner?kategorie=${firstCategory()}`,
  () => '/datenschutz',
  () => '/barrierefreiheit',
  () => '/login',
  () => '/passwort-vergessen',
]

for (const path of PUBLIC_PAGES) {
  test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path)
    await expectNoSevereViolations(page)
  })
}

test('no serious or critical accessibility violations on the other public page types', async ({
  page,
}) => {
  test.setTimeout(90_000)
  for (const pathOf of PUBLIC_EXTRA) {
    const path = pathOf()
    await test.step(path, async () => {
      await page.goto(path)
      await expectNoSevereViolations(page)
    })
  }
})

function id(table: string): number {
  return scalar<number>(`SELECT id FROM ${table} ORDER BY id LIMIT 1`)
}

const BACKEND: Record<string, (() => string)[]> = {
  admin: [
    () => '/admin',
    () => '/admin/news',
    () => '/admin/news/new',
    () => `/admin/news/${id('news')}`,
    () => `/admin/news/${id('news')}/versionen`,
    () => '/admin/events',
    () => '/admin/events/new',
    () => `/admin/events/${id('events')}`,
    () => '/admin/partners',
    () => '/admin/partners/new',
    () => `/admin/partners/${id('partners')}`,
    () => '/admin/pages',
    () => '/admin/pages/new',
    () => `/admin/pages/${id('pages')}`,
    () => '/admin/categories',
    () => '/admin/users',
    () => `/admin/users/${id('users')}`,
    () => '/admin/audit',
    () => '/admin/import',
    () => '/admin/review',
    () => '/admin/news/987654',
  ],
  partnerA: [() => '/admin', () => '/admin/profile', () => '/admin/news', () => '/admin/users'],
}

for (const [role, pages] of Object.entries(BACKEND)) {
  test(`no serious or critical accessibility violations in the backend (${role})`, async ({
    browser,
  }) => {
    test.setTimeout(180_000)
    const context = await browser.newContext({ storageState: `e2e/.auth/${role}.json` })
    const page = await context.newPage()
    for (const pathOf of pages) {
      const path = pathOf()
      await test.step(path, async () => {
        await page.goto(path)
        await expectNoSevereViolations(page)
      })
    }
    await context.close()
  })
}
