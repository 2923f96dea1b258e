import fs from 'node:fs'
import { expect, test, type Browser } from '@playwright/test'

/*
 * The 404, 403 and error pages are in the HTML: a browser without JavaScript sees the German
 * page, with the right status code and one site header; with JavaScript it looks the same.
 */

const FAULT_FILE = `${process.env.E2E_DATA_DIR || '/tmp/clusterportal-e2e'}/fault`

const NOT_FOUND = [
  '/irgendwas',
  '/partner/gibt-es/nicht',
  '/partner/unternehmen-und-stiftungen/gibt-es-nicht',
  '/aktuelles/gibt-es-nicht',
  '/veranstaltungen/gibt-es-nicht',
  '/gibt/es/gar/nicht',
]

async function open(
  browser: Browser,
  javaScriptEnabled: boolean,
  path: string,
  storageState?: string,
) {
  const context = await browser.newContext({ javaScriptEnabled, storageState })
  const page = await context.newPage()
  const response = await page.goto(path)
  return { context, page, status: response?.status() }
}

for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript'

  test(`unknown addresses show the German 404 page ${mode}`, async ({ browser }) => {
    for (const path of NOT_FOUND) {
      const { context, page, status } = await open(browser, javaScriptEnabled, path)
      expect(status, path).toBe(404)
      await expect(
        page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
      ).toBeVisible()
      await expect(page.getByRole('banner'), path).toHaveCount(1)
      await expect(page.getByRole('main'), path).toHaveCount(1)
      await expect(page.locator('html')).toHaveAttribute('lang', 'de')
      // The address stays the one the visitor asked for.
      expect(new URL(page.url()).pathname).toBe(path)
      await context.close()
    }
  })

  test(`a backend page outside the role answers 403 with the German page ${mode}`, async ({
    browser,
  }) => {
    for (const path of ['/admin/users', '/admin/partners', '/admin/audit']) {
      const { context, page, status } = await open(
        browser,
        javaScriptEnabled,
        path,
        'e2e/.auth/partnerA.json',
      )
      expect(status, path).toBe(403)
      await expect(
        page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' }),
      ).toBeVisible()
      await expect(page.getByRole('banner'), path).toHaveCount(1)
      // The backend's own navigation is there, so the way back is too.
      await expect(page.getByRole('navigation', { name: 'Bereiche' })).toBeVisible()
      expect(new URL(page.url()).pathname).toBe(path)
      await context.close()
    }
  })

  test(`a backend item that does not exist answers 404 ${mode}`, async ({ browser }) => {
    const { context, page, status } = await open(
      browser,
      javaScriptEnabled,
      '/admin/news/987654',
      'e2e/.auth/admin.json',
    )
    expect(status).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Nicht gefunden' })).toBeVisible()
    await expect(page.getByRole('banner')).toHaveCount(1)
    await context.close()
  })

  test(`a server error shows the German error page ${mode}`, async ({ browser }) => {
    fs.writeFileSync(FAULT_FILE, '1')
    try {
      const path = `/suche?q=fehler${javaScriptEnabled ? 'js' : 'ohnejs'}${Date.now()}`
      const { context, page, status } = await open(browser, javaScriptEnabled, path)
      expect(status).toBe(500)
      await expect(
        page.getByRole('heading', { level: 1, name: 'Da ist etwas schiefgegangen' }),
      ).toBeVisible()
      await expect(page.getByRole('banner')).toHaveCount(1)
      await expect(page.getByRole('link', { name: 'Zur Startseite' })).toBeVisible()
      await context.close()
    } finally {
      fs.rmSync(FAULT_FILE, { force: true })
    }
  })
}

test('the internal status pages answer with their status when asked for directly', async ({
  request,
}) => {
  expect((await request.get('/_status/404')).status()).toBe(404)
  expect((await request.get('/_status/500')).status()).toBe(500)
})
