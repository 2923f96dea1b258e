import { expect, test, type Page } from '@playwright/test'
import { ACCOUNTS, E2E_PASSWORD } from './helpers/accounts'
import { backendPage } from './helpers/backend-page'
import { openDb, rows, scalar } from './helpers/db'

/*
 * Nothing typed is lost: forms save what is typed as an autosave (on the server and in the
 * browser), offer it again on return, leave the published version alone, survive an ended
 * session, and ask before a changed form is left.
 */

test.describe.configure({ mode: 'serial' })

type Item = { id: number; slug: string; lead: string; status: string; updated_at: number }

function publishedNews(offset: number): Item {
  return rows<Item>(
    "SELECT id, slug, lead, status, updated_at FROM news WHERE status = 'published' ORDER BY id LIMIT 1 OFFSET ?",
    offset,
  )[0]!
}

const restoreButton = (page: Page) =>
  page.getByRole('button', { name: /^Automatisch gespeicherte Fassung vom .* wiederherstellen$/ })

test('typed and closed without saving: the autosave is offered on return, the public version stays', async ({
  browser,
}) => {
  const item = publishedNews(5)
  const editor = await backendPage(browser, 'editor')
  await editor.goto(`/admin/news/${item.id}`)
  const typed = `Automatisch gesicherter Vorspann ${Date.now()}`
  await editor.getByLabel('Vorspann').fill(typed)
  await expect(
    editor.getByRole('status').filter({ hasText: 'Automatisch gespeichert' }),
  ).toBeVisible()
  await editor.close()

  // The item itself, its status and what visitors see are unchanged.
  const after = rows<Item>(
    'SELECT id, slug, lead, status, updated_at FROM news WHERE id = ?',
    item.id,
  )[0]!
  expect(after).toEqual(item)
  const html = await (await browser.newContext()).request.get(`/aktuelles/${item.slug}`)
  expect(await html.text()).not.toContain(typed)
  expect(
    scalar(
      "SELECT count(*) FROM revisions WHERE entity_type = 'news' AND entity_id = ? AND source = 'autosave'",
      item.id,
    ),
  ).toBeGreaterThan(0)
  // Autosaves are no versions.
  const versions = await backendPage(browser, 'editor')
  await versions.goto(`/admin/news/${item.id}/versionen`)
  await expect(versions.locator('body')).not.toContainText('Automatisch gespeichert')

  // Another browser (no local copy): the server's autosave is offered and restores the text.
  const again = await backendPage(browser, 'editor')
  await again.goto(`/admin/news/${item.id}`)
  await expect(again.getByLabel('Vorspann')).toHaveValue(item.lead)
  await restoreButton(again).click()
  await expect(again.getByLabel('Vorspann')).toHaveValue(typed)
})

test('a new item becomes a draft with its first autosave, and saving does not make a second one', async ({
  browser,
}) => {
  const editor = await backendPage(browser, 'editor')
  await editor.goto('/admin/news/new')
  const title = `Autosave-Entwurf ${Date.now()}`
  await editor.getByLabel('Titel').fill(title)
  await expect(
    editor.getByRole('status').filter({ hasText: 'Automatisch gespeichert' }),
  ).toBeVisible()
  await expect(editor).toHaveURL(/\/admin\/news\/\d+$/)
  const created = rows<{ id: number; status: string }>(
    'SELECT id, status FROM news WHERE title = ?',
    title,
  )
  expect(created).toHaveLength(1)
  expect(created[0]!.status).toBe('draft')
  await editor.getByLabel('Vorspann').fill('Mit Vorspann gespeichert.')
  await editor.getByRole('button', { name: 'Entwurf speichern' }).click()
  await expect(editor).toHaveURL(new RegExp(`/admin/news/${created[0]!.id}\\?gespeichert=`), {
    timeout: 20_000,
  })
  expect(scalar('SELECT count(*) FROM news WHERE title = ?', title)).toBe(1)
  expect(scalar('SELECT lead FROM news WHERE id = ?', created[0]!.id)).toBe(
    'Mit Vorspann gespeichert.',
  )
})

test('a session that ended while typing: the text is kept in the browser and offered after logging in again', async ({
  browser,
}) => {
  const item = publishedNews(6)
  const context = await browser.newContext()
  const page = await context.newPage()
  const login = async () => {
    await page.goto('/login')
    await page.getByLabel('E-Mail').fill(ACCOUNTS.editor.email)
    await page.getByLabel('Passwort').fill(E2E_PASSWORD)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await expect(page).toHaveURL(/\/admin$/)
  }
  const started = Date.now()
  await login()
  await page.goto(`/admin/news/${item.id}`)
  await expect(page.locator('form[data-ready="false"]')).toHaveCount(0)
  // The session ends on the server (as after a timeout or a logout elsewhere).
  const db = openDb(false)
  db.prepare(
    'DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = ?) AND created_at >= ?',
  ).run(ACCOUNTS.editor.email, started - 1000)
  db.close()
  const typed = `Getippt nach Sitzungsende ${Date.now()}`
  await page.getByLabel('Vorspann').fill(typed)
  await expect(page.getByRole('status').filter({ hasText: 'Sitzung ist abgelaufen' })).toBeVisible()
  page.on('dialog', (dialog) => void dialog.accept())
  await login()
  await page.goto(`/admin/news/${item.id}`)
  await expect(page.locator('form[data-ready="false"]')).toHaveCount(0)
  await restoreButton(page).click()
  await expect(page.getByLabel('Vorspann')).toHaveValue(typed)
  expect(scalar('SELECT lead FROM news WHERE id = ?', item.id)).toBe(item.lead)
  await context.close()
})

test('leaving a changed form asks first, in German', async ({ browser }) => {
  const item = publishedNews(7)
  const editor = await backendPage(browser, 'editor')
  await editor.goto(`/admin/news/${item.id}`)
  // Unchanged: leaving asks nothing.
  let asked: string | null = null
  editor.on('dialog', (dialog) => {
    asked = dialog.type() === 'beforeunload' ? 'beforeunload' : dialog.message()
    void dialog.dismiss()
  })
  await editor.getByLabel('Vorspann').fill(`${item.lead} – geändert`)
  await editor
    .getByRole('navigation', { name: 'Bereiche' })
    .getByRole('link', { name: 'Meldungen' })
    .click()
  await expect
    .poll(() => asked)
    .toBe('Sie haben Änderungen, die noch nicht gespeichert sind. Seite trotzdem verlassen?')
  await expect(editor).toHaveURL(new RegExp(`/admin/news/${item.id}$`))
  asked = null
  await editor.close({ runBeforeUnload: true })
  await expect.poll(() => asked).toBe('beforeunload')
})

test("a partner's own profile form autosaves, offers it again, and still submits", async ({
  browser,
}) => {
  const partner = await backendPage(browser, 'partnerA')
  await partner.goto('/admin/profile')
  const city = `Autosave-Stadt ${Date.now()}`
  await partner.getByLabel('Ort', { exact: true }).fill(city)
  await expect(
    partner.getByRole('status').filter({ hasText: 'Automatisch gespeichert' }),
  ).toBeVisible()
  const again = await backendPage(browser, 'partnerA')
  await again.goto('/admin/profile')
  await restoreButton(again).click()
  await expect(again.getByLabel('Ort', { exact: true })).toHaveValue(city)
  await again.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
  await expect(again.getByRole('status').first()).toContainText('Eingereicht')
})
