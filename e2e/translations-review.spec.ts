import { expect, test } from '@playwright/test'
import { ACCOUNTS } from './helpers/accounts'
import { backendPage } from './helpers/backend-page'
import { openDb, scalar } from './helpers/db'

/*
 * A partner's English version of its own news item goes through the editors' review queue as an
 * entry of its own, marked "Englisch"; approving it makes the English text public. The English
 * tab has its own versions, and an older one can be restored.
 */

/** A published German news item, optionally of partner A's organisation. */
function plantNews(slug: string, title: string, ofPartnerA: boolean): number {
  const db = openDb(false)
  try {
    const at = Date.now()
    const partnerId = ofPartnerA
      ? (
          db
            .prepare('SELECT id FROM partners WHERE slug = ?')
            .get(ACCOUNTS.partnerA.partnerSlug) as {
            id: number
          }
        ).id
      : null
    return Number(
      db
        .prepare(
          "INSERT INTO news (slug, title, lead, body, date, status, partner_id, published_at, created_at, updated_at) VALUES (?, ?, 'Deutscher Vorspann', 'Deutscher Text', '2026-11-20', 'published', ?, ?, ?, ?)",
        )
        .run(slug, title, partnerId, at, at, at).lastInsertRowid,
    )
  } finally {
    db.close()
  }
}

test('a partner’s English proposal waits in the review queue, marked Englisch, and goes public once approved', async ({
  browser,
  page,
}) => {
  const id = plantNews('e2e-partnermeldung-englisch', 'E2E: Partnermeldung auf Deutsch', true)
  const partner = await backendPage(browser, 'partnerA')
  await partner.goto(`/admin/news/${id}/englisch`)
  await expect(partner.locator('form[data-ready="false"]')).toHaveCount(0)
  await partner.getByLabel('Titel (englisch)').fill('E2E partner news in English')
  await partner.getByLabel(/^Lead \(Vorspann\) \(englisch\)/).fill('An English lead by partner A.')
  await partner.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
  await expect(partner.getByRole('status').first()).toBeVisible()
  await partner.context().close()
  const englishPath = '/en/news/e2e-partner-news-in-english'
  expect((await page.request.get(englishPath)).status()).toBe(404)

  const editor = await backendPage(browser, 'editor')
  await editor.goto('/admin/review')
  const section = editor.getByRole('region', { name: 'Englische Fassungen' })
  const entry = section.getByRole('listitem').filter({ hasText: 'E2E partner news in English' })
  await expect(entry.getByText('Englisch', { exact: true })).toBeVisible()
  await expect(entry).toContainText('E2E: Partnermeldung auf Deutsch')
  await expect(entry.getByRole('link', { name: 'E2E partner news in English' })).toHaveAttribute(
    'href',
    `/admin/news/${id}/englisch`,
  )
  await entry
    .getByRole('button', { name: 'Englische Fassung E2E partner news in English freigeben' })
    .click()
  await expect(editor).toHaveURL(/\/admin\/review\?erledigt=1/)
  await expect(editor.getByText('Entscheidung gespeichert.')).toBeVisible()
  await expect(editor.getByText('E2E partner news in English')).toHaveCount(0)
  await editor.context().close()

  expect(
    scalar("SELECT status FROM translations WHERE entity_type = 'news' AND entity_id = ?", id),
  ).toBe('published')
  const response = await page.goto(englishPath)
  expect(response?.status()).toBe(200)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E2E partner news in English')
  await expect(page.getByText('An English lead by partner A.')).toBeVisible()
})

test('the English version has its own versions screen, and restoring one makes it current again', async ({
  browser,
  page,
}) => {
  const id = plantNews('e2e-englische-versionen', 'E2E: Meldung mit englischen Versionen', false)
  const editor = await backendPage(browser, 'editor')
  await editor.goto(`/admin/news/${id}/englisch`)
  await expect(editor.locator('form[data-ready="false"]')).toHaveCount(0)
  await editor.getByLabel('Titel (englisch)').fill('E2E first English title')
  await editor.getByRole('button', { name: 'Veröffentlichen', exact: true }).click()
  await expect(editor.getByRole('status').first()).toBeVisible()
  await expect(editor.locator('form[data-ready="false"]')).toHaveCount(0)
  await editor.getByLabel('Titel (englisch)').fill('E2E second English title')
  await editor.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(editor.getByRole('heading', { level: 1 })).toContainText('E2E second English title')

  await editor.getByRole('link', { name: 'Versionen der englischen Fassung' }).click()
  await expect(editor).toHaveURL(new RegExp(`/admin/news/${id}/englisch/versionen$`))
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(
    'Versionen der englischen Fassung: E2E second English title',
  )
  const versions = editor.getByRole('listitem').filter({ hasText: 'Bearbeitet' })
  await expect(versions).toHaveCount(2)
  // The older version differs from the current one in its title.
  const older = versions.last()
  await older.getByText(/Unterschiede zum aktuellen Stand/).click()
  await expect(older.getByText('Titel (englisch)')).toBeVisible()
  await older.getByRole('button', { name: 'Wiederherstellen' }).click()
  await expect(editor).toHaveURL(new RegExp(`/admin/news/${id}/englisch\\?gespeichert=restore$`))
  await expect(editor.getByText('Version wiederhergestellt.')).toBeVisible()
  await expect(editor.getByLabel('Titel (englisch)')).toHaveValue('E2E first English title')
  await editor.context().close()

  // Restoring keeps the status: the English page shows the restored title.
  await page.goto('/en/news/e2e-first-english-title')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E2E first English title')
})
