import fs from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { backendPage } from './helpers/backend-page'
import { scalar } from './helpers/db'

/*
 * The editorial workflows as editors and partners use them: drafts stay private, publishing is
 * visible at once, scheduling goes public by itself, slugs redirect, versions restore, and
 * partners' proposals wait for an editor.
 */

test.describe.configure({ mode: 'serial' })

const CLOCK_FILE = `${process.env.E2E_DATA_DIR || '/tmp/clusterportal-e2e'}/clock-offset`

async function publicText(page: Page, path: string): Promise<string> {
  const response = await page.request.get(path)
  return response.text()
}

test('a new draft stays out of every public place; publishing shows it everywhere at once', async ({
  browser,
  page,
}) => {
  const editor = await backendPage(browser, 'editor')
  await editor.goto('/admin/news/new')
  await editor.getByLabel('Titel').fill('Über Straßen & Brücken: Entwurf im Test')
  await expect(editor.getByLabel('Slug')).toHaveValue('ueber-strassen-bruecken-entwurf-im-test')
  await editor.getByLabel('Vorspann').fill('Ein Vorspann, der erst nach der Freigabe zu sehen ist.')
  await editor.getByLabel('Text', { exact: true }).fill('## Zwischentitel\n\nText mit **fett**.')
  await expect(
    editor
      .getByRole('region', { name: 'Vorschau: Text' })
      .getByRole('heading', { name: 'Zwischentitel' }),
  ).toBeVisible()
  await editor.getByRole('button', { name: 'Entwurf speichern' }).click()
  await expect(editor.getByRole('status').first()).toHaveText('Gespeichert.')

  const slug = 'ueber-strassen-bruecken-entwurf-im-test'
  expect((await page.request.get(`/aktuelles/${slug}`)).status()).toBe(404)
  for (const path of ['/aktuelles', '/feed.xml', '/sitemap.xml', '/suche?q=Entwurf+im+Test', '/']) {
    expect(await publicText(page, path), path).not.toContain(slug)
  }

  await editor.getByRole('button', { name: 'Veröffentlichen' }).click()
  await expect(editor.getByRole('status').first()).toContainText('Veröffentlicht')
  await expect
    .poll(async () => (await page.request.get(`/aktuelles/${slug}`)).status(), { timeout: 5000 })
    .toBe(200)
  for (const path of ['/aktuelles', '/feed.xml', '/sitemap.xml', '/suche?q=Entwurf+im+Test']) {
    await expect
      .poll(() => publicText(page, path), { timeout: 5000, message: path })
      .toContain(slug)
  }
  await editor.context().close()
})

test('invalid input is explained beside the field and nothing typed is lost', async ({
  browser,
}) => {
  const editor = await backendPage(browser, 'editor')
  await editor.goto('/admin/news/new')
  await editor.getByLabel('Vorspann').fill('Dieser Vorspann darf nicht verloren gehen.')
  await editor.getByLabel('Kontakt').first().isVisible()
  await editor.getByLabel('E-Mail').fill('keine-adresse')
  await editor.getByRole('button', { name: 'Entwurf speichern' }).click()
  const title = editor.getByLabel('Titel')
  await expect(title).toHaveAttribute('aria-invalid', 'true')
  await expect(editor.locator(`#${await title.getAttribute('aria-describedby')}`)).toContainText(
    'Der Titel darf nicht leer sein.',
  )
  await expect(editor.getByText('Bitte eine gültige E-Mail-Adresse angeben.')).toBeVisible()
  await expect(editor.getByLabel('Vorspann')).toHaveValue(
    'Dieser Vorspann darf nicht verloren gehen.',
  )

  // The server says the same when the browser check is skipped: a taken slug.
  await title.fill('Doppelter Slug')
  await editor.getByLabel('Slug').fill('delegationen-aus-katalonien-und-frankreich-zu-gast-in-owl')
  await editor.getByLabel('E-Mail').fill('')
  await editor.getByRole('button', { name: 'Entwurf speichern' }).click()
  await expect(
    editor.getByText('Dieser Slug ist schon vergeben. Bitte einen anderen wählen.'),
  ).toBeVisible()
  await expect(editor.getByLabel('Vorspann')).toHaveValue(
    'Dieser Vorspann darf nicht verloren gehen.',
  )
  await editor.context().close()
})

test('a changed slug of a published article redirects the old address (308)', async ({
  browser,
  page,
}) => {
  const editor = await backendPage(browser, 'editor')
  const id = scalar(
    "SELECT id FROM news WHERE slug = 'go-cluster-vorhang-auf-fuer-clusterinitiativen'",
  )
  await editor.goto(`/admin/news/${id}`)
  await editor.getByLabel('Slug').fill('go-cluster-clusterwoche-2019')
  await editor.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(editor.getByRole('status').first()).toHaveText('Gespeichert.')
  const response = await page.request.get(
    '/aktuelles/go-cluster-vorhang-auf-fuer-clusterinitiativen',
    { maxRedirects: 0 },
  )
  expect(response.status(), `${response.status()} ${response.headers().location}`).toBe(308)
  expect(response.headers().location).toBe('/aktuelles/go-cluster-clusterwoche-2019')
  await editor.context().close()
})

test('versions list who changed what; restoring brings the old text back', async ({
  browser,
  page,
}) => {
  const editor = await backendPage(browser, 'editor')
  const id = scalar(
    "SELECT id FROM news WHERE slug = 'zwei-neue-clustermanager-automotive-nrw-und-maschinenbau-produktionstechnik-nrw'",
  )
  const original = scalar<string>('SELECT lead FROM news WHERE id = ?', id)
  await editor.goto(`/admin/news/${id}`)
  await editor.getByLabel('Vorspann').fill('Ein versehentlich überschriebener Vorspann.')
  await editor.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(editor.getByRole('status').first()).toHaveText('Gespeichert.')
  await editor.goto(`/admin/news/${id}/versionen`)
  const oldest = editor.locator('ol > li').last()
  await oldest.getByText(/Unterschiede zum aktuellen Stand/).click()
  await expect(oldest.locator('del').first()).toBeVisible()
  await expect(oldest.locator('dt', { hasText: /^Vorspann$/ })).toBeVisible()
  await oldest.getByRole('button', { name: 'Wiederherstellen' }).click()
  await expect(editor).toHaveURL(/gespeichert=restore/)
  await expect(editor.getByLabel('Vorspann')).toHaveValue(original)
  await expect
    .poll(() =>
      publicText(
        page,
        '/aktuelles/zwei-neue-clustermanager-automotive-nrw-und-maschinenbau-produktionstechnik-nrw',
      ),
    )
    .toContain(original.slice(0, 40))
  await editor.context().close()
})

test("a partner's news proposal stays private until an editor approves it", async ({
  browser,
  page,
}) => {
  const partner = await backendPage(browser, 'partnerA')
  await partner.goto('/admin/news/new')
  await expect(partner.getByRole('heading', { name: 'Meldung vorschlagen' })).toBeVisible()
  await expect(partner.getByRole('button', { name: 'Veröffentlichen' })).toHaveCount(0)
  await partner.getByLabel('Titel').fill('Vorschlag: Tag der offenen Tür')
  await partner.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
  await expect(partner.getByRole('status').first()).toContainText('Zur Prüfung eingereicht')
  expect((await page.request.get('/aktuelles/vorschlag-tag-der-offenen-tuer')).status()).toBe(404)

  const editor = await backendPage(browser, 'editor')
  await editor.goto('/admin/review')
  await editor.getByRole('button', { name: 'Vorschlag: Tag der offenen Tür freigeben' }).click()
  await expect(editor.getByRole('status').first()).toHaveText('Entscheidung gespeichert.')
  await expect
    .poll(async () =>
      (await page.request.get('/aktuelles/vorschlag-tag-der-offenen-tuer')).status(),
    )
    .toBe(200)
  // The article names the partner's organisation.
  await expect
    .poll(() => publicText(page, '/aktuelles/vorschlag-tag-der-offenen-tuer'))
    .toContain('it&#x27;s OWL Clustermanagement GmbH')
  await partner.context().close()
  await editor.context().close()
})

test('an editor sends a proposal back with a note the partner sees', async ({ browser }) => {
  const partner = await backendPage(browser, 'partnerA')
  await partner.goto('/admin/events/new')
  await partner.getByLabel('Titel').fill('Vorschlag: Werksführung')
  await partner.getByLabel(/^Beginn/).fill('2027-09-01T15:00')
  await partner.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
  await expect(partner.getByRole('status').first()).toContainText('Zur Prüfung eingereicht')
  const url = partner.url()

  const editor = await backendPage(browser, 'editor')
  await editor.goto('/admin/review')
  const item = editor.locator('li').filter({ hasText: 'Vorschlag: Werksführung' })
  await item.getByRole('button', { name: 'Vorschlag: Werksführung ablehnen' }).click()
  await expect(item.getByText('Bitte begründen Sie die Ablehnung für den Partner.')).toBeVisible()
  await item.getByLabel(/Anmerkung/).fill('Bitte noch den Treffpunkt ergänzen.')
  await item.getByRole('button', { name: 'Vorschlag: Werksführung ablehnen' }).click()
  await expect(editor.getByRole('status').first()).toHaveText('Entscheidung gespeichert.')

  await partner.goto(url.replace(/\?.*$/, ''))
  await expect(partner.getByRole('note')).toHaveText(
    'Anmerkung der Redaktion: Bitte noch den Treffpunkt ergänzen.',
  )
  await partner.context().close()
  await editor.context().close()
})

test("a partner's profile change stays private until approved", async ({ browser, page }) => {
  const profile = '/partner/unternehmen-und-stiftungen/it-s-owl-clustermanagement-gmb-h'
  const partner = await backendPage(browser, 'partnerA')
  await partner.goto('/admin/profile')
  await partner.getByLabel('Zitat', { exact: true }).fill('Gemeinsam bringen wir die Region voran.')
  await partner.getByLabel('Zitierte Person').fill('Anna Partner')
  await partner.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
  await expect(partner.getByRole('status').first()).toContainText('Eingereicht')
  expect(await publicText(page, profile)).not.toContain('Gemeinsam bringen wir die Region voran.')

  const editor = await backendPage(browser, 'editor')
  await editor.goto('/admin/review')
  await editor.getByRole('link', { name: "it's OWL Clustermanagement GmbH" }).click()
  await expect(editor.locator('ins').filter({ hasText: 'Gemeinsam' })).toBeVisible()
  await editor.getByRole('button', { name: /freigeben$/ }).click()
  await expect
    .poll(() => publicText(page, profile))
    .toContain('Gemeinsam bringen wir die Region voran.')
  await page.goto(profile)
  await expect(page.locator('figure blockquote')).toContainText(
    'Gemeinsam bringen wir die Region voran.',
  )
  await expect(page.locator('figure figcaption')).toHaveText('Anna Partner')
  await partner.context().close()
  await editor.context().close()
})

test('admins import profiles after a dry run, and an export imports again unchanged', async ({
  browser,
}) => {
  const admin = await backendPage(browser, 'admin')
  await admin.goto('/admin/import')
  const download = admin.waitForEvent('download')
  await admin.getByRole('link', { name: 'Markdown-Dateien mit Logos (ZIP)' }).click()
  const zip = await (await download).path()
  await admin.getByLabel(/Profildateien und Logos/).setInputFiles({
    name: 'partner.zip',
    mimeType: 'application/zip',
    buffer: fs.readFileSync(zip!),
  })
  await admin.getByRole('button', { name: 'Probelauf' }).click()
  const total = scalar('SELECT count(*) FROM partners')
  await expect(admin.getByRole('status')).toHaveText(
    `Probelauf (nichts gespeichert): created 0, updated 0, unchanged ${total}, failed 0`,
  )
  await admin.getByRole('button', { name: 'Import ausführen' }).click()
  await expect(admin.getByRole('status')).toHaveText(
    `Importiert: created 0, updated 0, unchanged ${total}, failed 0`,
  )

  const csv = await admin.request.get('/admin/export/partner.csv')
  expect(csv.headers()['content-type']).toContain('text/csv')
  expect((await csv.text()).split('\r\n').length).toBeGreaterThan(total)
  await admin.context().close()
})

test('a scheduled article goes public by itself when its time comes', async ({ browser, page }) => {
  const editor = await backendPage(browser, 'editor')
  await editor.goto('/admin/news/new')
  await editor.getByLabel('Titel').fill('Geplante Meldung im Test')
  // 20 minutes from now, Berlin wall clock.
  const at = new Date(Date.now() + 20 * 60 * 1000)
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Berlin',
    dateStyle: 'short',
    timeStyle: 'short',
  })
    .format(at)
    .replace(' ', 'T')
  await editor.getByLabel('Veröffentlichen am (Uhrzeit in Berlin)').fill(local)
  await editor.getByRole('button', { name: 'Planen' }).click()
  await expect(editor.getByRole('status').first()).toContainText('Geplant')
  expect((await page.request.get('/aktuelles/geplante-meldung-im-test')).status()).toBe(404)
  expect(await publicText(page, '/aktuelles')).not.toContain('Geplante Meldung im Test')

  // Move the portal's clock 25 minutes on (no waiting): the server publishes it by itself.
  fs.writeFileSync(CLOCK_FILE, String(25 * 60 * 1000))
  try {
    await expect
      .poll(async () => (await page.request.get('/aktuelles/geplante-meldung-im-test')).status(), {
        timeout: 10_000,
      })
      .toBe(200)
    await expect.poll(() => publicText(page, '/aktuelles')).toContain('Geplante Meldung im Test')
    expect(scalar("SELECT count(*) FROM audit_log WHERE action = 'news.publish_scheduled'")).toBe(1)
  } finally {
    fs.writeFileSync(CLOCK_FILE, '0')
  }
  await editor.context().close()
})
