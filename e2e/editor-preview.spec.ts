import fs from 'node:fs'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { backendPage } from './helpers/backend-page'
import { rows, scalar } from './helpers/db'

/*
 * "Vorschau": a draft as its public page will show it, for those who may edit it, and through a
 * preview link for someone without an account — only that item, only that version, until the
 * link expires or is revoked. No preview ever reaches a public list, feed, sitemap or search.
 */

test.describe.configure({ mode: 'serial' })

const CLOCK_FILE = `${process.env.E2E_DATA_DIR || '/tmp/clusterportal-e2e'}/clock-offset`
const TITLE = `Vorschau-Meldung ${Date.now()}`
const LEAD = 'Der Vorspann der ersten Fassung.'
let draftId = 0
let slug = ''

async function anonymous(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage()
}

async function createLink(editor: Page): Promise<string> {
  await editor.goto(`/admin/news/${draftId}`)
  await editor.getByRole('button', { name: 'Vorschau-Link erzeugen' }).click()
  const link = editor.getByTestId('vorschau-link')
  await expect(link).toBeVisible()
  return (await link.getAttribute('href'))!
}

test('the preview renders the draft as the public page will, with the banner and noindex', async ({
  browser,
}) => {
  const editor = await backendPage(browser, 'editor')
  await editor.goto('/admin/news/new')
  await editor.getByLabel('Titel').fill(TITLE)
  await editor.getByLabel('Vorspann').fill(LEAD)
  await editor.getByLabel('Text', { exact: true }).fill('## Zwischentitel der Vorschau\n\nText.')
  await editor.getByLabel('Name').first().fill('Paula Presse')
  await editor.getByRole('button', { name: 'Entwurf speichern' }).click()
  await expect(editor).toHaveURL(/\/admin\/news\/\d+\?gespeichert=/)
  draftId = Number(/\/admin\/news\/(\d+)/.exec(editor.url())![1])
  slug = scalar<string>('SELECT slug FROM news WHERE id = ?', draftId)

  const response = await editor.goto(`/vorschau/news/${draftId}`)
  expect(response!.headers()['x-robots-tag']).toContain('noindex')
  expect(response!.headers()['cache-control'] ?? '').not.toContain('public')
  await expect(editor.getByRole('note')).toContainText('Vorschau – nicht veröffentlicht')
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(editor.getByRole('heading', { name: 'Zwischentitel der Vorschau' })).toBeVisible()
  await expect(
    editor.getByRole('complementary', { name: 'Kontakt und Informationen' }),
  ).toContainText('Paula Presse')
  await expect(editor.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  const jsonLd = await editor.locator('script[type="application/ld+json"]').first().textContent()
  expect(JSON.parse(jsonLd!)).toMatchObject({ '@type': 'NewsArticle', headline: TITLE })

  // Without a session the preview shows nothing of the draft.
  const visitor = await anonymous(browser)
  await visitor.goto(`/vorschau/news/${draftId}`)
  await expect(visitor).toHaveURL(/\/login/)
  await expect(visitor.locator('body')).not.toContainText(TITLE)
  // Partner B may not edit the item, so sees no preview either.
  const partner = await backendPage(browser, 'partnerB')
  const refused = await partner.goto(`/vorschau/news/${draftId}`)
  expect(refused!.status()).toBe(404)
  await expect(partner.locator('body')).not.toContainText(TITLE)
})

test('unsaved changes of a published item appear in its preview, not on its public page', async ({
  browser,
}) => {
  const item = rows<{ id: number; slug: string }>(
    "SELECT id, slug FROM news WHERE status = 'published' ORDER BY id LIMIT 1 OFFSET 8",
  )[0]!
  const editor = await backendPage(browser, 'editor')
  await editor.goto(`/admin/news/${item.id}`)
  const typed = `Noch nicht veröffentlichter Vorspann ${Date.now()}`
  await editor.getByLabel('Vorspann').fill(typed)
  await expect(
    editor.getByRole('status').filter({ hasText: 'Automatisch gespeichert' }),
  ).toBeVisible()
  const preview = await backendPage(browser, 'editor')
  await preview.goto(`/vorschau/news/${item.id}`)
  await expect(preview.locator('article')).toContainText(typed)
  const visitor = await anonymous(browser)
  await visitor.goto(`/aktuelles/${item.slug}`)
  await expect(visitor.locator('article')).not.toContainText(typed)
})

test('a preview link opens without login, shows that version only, and ends when revoked or expired', async ({
  browser,
}) => {
  const editor = await backendPage(browser, 'editor')
  const link = await createLink(editor)
  expect(link).toMatch(new RegExp(`^/vorschau/news/${draftId}\\?token=`))

  const visitor = await anonymous(browser)
  await visitor.goto(link)
  await expect(visitor.getByRole('note')).toContainText('Vorschau – nicht veröffentlicht')
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(visitor.locator('article')).toContainText(LEAD)

  // A later save does not change what the link shows.
  await editor.goto(`/admin/news/${draftId}`)
  await editor.getByLabel('Vorspann').fill('Eine spätere Fassung.')
  await editor.getByRole('button', { name: 'Entwurf speichern' }).click()
  await expect(editor).toHaveURL(/gespeichert=/)
  await visitor.goto(link)
  await expect(visitor.locator('article')).toContainText(LEAD)
  await expect(visitor.locator('article')).not.toContainText('Eine spätere Fassung.')

  // The token opens nothing but its own item.
  const otherId = scalar<number>('SELECT id FROM news WHERE id != ? ORDER BY id LIMIT 1', draftId)
  const other = await visitor.goto(link.replace(`/news/${draftId}?`, `/news/${otherId}?`))
  expect(other!.status()).toBe(404)
  const forged = await visitor.goto(`${link}x`)
  expect(forged!.status()).toBe(404)

  // Expired: after more than the default 7 days.
  fs.writeFileSync(CLOCK_FILE, String(8 * 24 * 60 * 60 * 1000))
  try {
    await expect
      .poll(async () => (await visitor.request.get(link, { maxRedirects: 0 })).status())
      .toBe(404)
  } finally {
    fs.writeFileSync(CLOCK_FILE, '0')
  }
  expect((await visitor.request.get(link)).status()).toBe(200)

  // Revoked.
  await editor.goto(`/admin/news/${draftId}`)
  await editor.getByRole('button', { name: 'Vorschau-Link widerrufen' }).first().click()
  await expect(editor).toHaveURL(/vorschau=widerrufen/)
  expect(
    scalar(
      'SELECT count(*) FROM preview_links WHERE entity_id = ? AND revoked_at IS NULL',
      draftId,
    ),
  ).toBe(0)
  expect((await visitor.request.get(link)).status()).toBe(404)

  const audit = rows<{ action: string }>(
    "SELECT action FROM audit_log WHERE entity_type = 'news' AND entity_id = ? AND action LIKE 'preview_link.%'",
    String(draftId),
  ).map((row) => row.action)
  expect(audit).toEqual(
    expect.arrayContaining(['preview_link.create', 'preview_link.open', 'preview_link.revoke']),
  )
  const admin = await backendPage(browser, 'admin')
  await admin.goto('/admin/audit')
  await expect(admin.locator('main')).toContainText('Vorschau-Link geöffnet')
})

test('previews never appear in feeds, sitemap or search; after publication the link leads to the public page', async ({
  browser,
}) => {
  const editor = await backendPage(browser, 'editor')
  const link = await createLink(editor)
  const visitor = await anonymous(browser)
  for (const path of [
    '/feed.xml',
    '/sitemap.xml',
    `/suche?q=${encodeURIComponent('Vorschau-Meldung')}`,
    '/aktuelles',
  ]) {
    const text = await (await visitor.request.get(path)).text()
    expect(text, path).not.toContain(TITLE)
    expect(text, path).not.toContain('/vorschau/')
  }
  expect((await visitor.request.get(`/aktuelles/${slug}`)).status()).toBe(404)

  await editor.goto(`/admin/news/${draftId}`)
  await editor.getByRole('button', { name: 'Veröffentlichen' }).click()
  await expect(editor).toHaveURL(/gespeichert=publish/)
  await visitor.goto(link)
  await expect(visitor).toHaveURL(new RegExp(`/aktuelles/${slug}$`))
  await expect(visitor.getByRole('note')).toHaveCount(0)
})
