import { expect, test, type Browser, type Page } from '@playwright/test'
import { ACCOUNTS } from './helpers/accounts'
import { backendPage } from './helpers/backend-page'
import { rows, scalar } from './helpers/db'

/*
 * "Vorschau" of events, partner profiles and pages: the item as its public page will show it,
 * with the viewer's unsaved changes, for those who may edit it — and for nobody else. No preview
 * reaches a public page, feed, sitemap or search.
 */

// Each test signs in several people and waits for autosaves: slow on a loaded machine.
test.describe.configure({ mode: 'serial', timeout: 90_000 })

const STAMP = Date.now()
/** Texts typed in these tests; none of them may ever reach a public address. */
const typedTexts: string[] = []

async function visitor(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage()
}

async function waitForAutosave(page: Page) {
  await expect(
    page.getByRole('status').filter({ hasText: 'Automatisch gespeichert' }),
  ).toBeVisible()
}

/** Opens a preview as `page`'s user and checks what makes it a preview. */
async function openPreview(page: Page, path: string) {
  const response = await page.goto(path)
  expect(response!.status(), path).toBe(200)
  expect(response!.headers()['x-robots-tag']).toContain('noindex')
  expect(response!.headers()['cache-control'] ?? '').not.toContain('public')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await expect(page.getByRole('note').first()).toContainText('Vorschau – nicht veröffentlicht')
}

/** Nothing of the item for a visitor and for someone who may not edit it. */
async function refused(browser: Browser, path: string, secret: string, roles: string[]) {
  const anonymous = await visitor(browser)
  const response = await anonymous.goto(path)
  expect(response!.status(), `${path} as visitor`).toBe(404)
  await expect(anonymous.locator('body')).not.toContainText(secret)
  for (const role of roles) {
    const page = await backendPage(browser, role)
    const answer = await page.goto(path)
    expect(answer!.status(), `${path} as ${role}`).toBe(404)
    await expect(page.locator('body')).not.toContainText(secret)
  }
}

test("an event's preview shows the draft and unsaved changes to its partner and editors only", async ({
  browser,
}) => {
  const title = `Vorschau-Termin ${STAMP}`
  typedTexts.push(title)
  const partner = await backendPage(browser, 'partnerA')
  await partner.goto('/admin/events/new')
  await partner.getByLabel('Titel').fill(title)
  await partner.getByLabel('Beginn (Datum und Uhrzeit, Berlin)').fill('2027-03-04T10:00')
  await partner.getByLabel('Veranstaltungsort').fill('Vorschau-Saal')
  await partner.getByRole('button', { name: 'Entwurf speichern' }).click()
  await expect(partner).toHaveURL(/\/admin\/events\/\d+\?gespeichert=/)
  const id = Number(/\/admin\/events\/(\d+)/.exec(partner.url())![1])
  const path = `/vorschau/termine/${id}`

  // Typed, not saved: the preview holds it once the autosave has it.
  const summary = `Ungespeicherte Kurzbeschreibung ${STAMP}`
  typedTexts.push(summary)
  await partner.getByLabel('Kurzbeschreibung').fill(summary)
  await waitForAutosave(partner)
  const preview = await backendPage(browser, 'partnerA')
  await openPreview(preview, path)
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(preview.locator('article')).toContainText(summary)
  await expect(preview.locator('article')).toContainText('Vorschau-Saal')
  await expect(preview.getByRole('note').first()).toContainText('Ungespeicherte Änderungen')
  const jsonLd = await preview.locator('script[type="application/ld+json"]').first().textContent()
  expect(JSON.parse(jsonLd!)).toMatchObject({ '@type': 'Event', name: title })

  // The panel beside the form leads there.
  await expect(partner.getByRole('link', { name: 'Vorschau öffnen' })).toHaveAttribute('href', path)

  // Editors may edit it, so see it (without the partner's typing).
  const editor = await backendPage(browser, 'editor')
  await openPreview(editor, path)
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(editor.locator('article')).not.toContainText(summary)

  await refused(browser, path, title, ['partnerB'])
  const slug = scalar<string>('SELECT slug FROM events WHERE id = ?', id)
  expect((await (await visitor(browser)).request.get(`/veranstaltungen/${slug}`)).status()).toBe(
    404,
  )
})

test("an event's preview link opens without login for that event and version, until revoked", async ({
  browser,
}) => {
  const id = scalar<number>(
    "SELECT id FROM events WHERE title LIKE 'Vorschau-Termin %' ORDER BY id DESC LIMIT 1",
  )
  const title = scalar<string>('SELECT title FROM events WHERE id = ?', id)
  const partner = await backendPage(browser, 'partnerA')
  await partner.goto(`/admin/events/${id}`)
  await partner.getByRole('button', { name: 'Vorschau-Link erzeugen' }).click()
  const shown = partner.getByTestId('vorschau-link')
  await expect(shown).toBeVisible()
  const link = (await shown.getAttribute('href'))!
  expect(link).toMatch(new RegExp(`^/vorschau/termine/${id}\\?token=`))

  const anonymous = await visitor(browser)
  const response = await anonymous.goto(link)
  expect(response!.headers()['x-robots-tag']).toContain('noindex')
  await expect(anonymous.getByRole('note')).toContainText('Vorschau – nicht veröffentlicht')
  await expect(anonymous.getByRole('heading', { level: 1 })).toHaveText(title)
  // The version the partner saw, with what it had typed.
  await expect(anonymous.locator('article')).toContainText(typedTexts[1]!)
  // Only this event: not a news item or another event with the same token.
  expect((await anonymous.goto(link.replace('/termine/', '/news/')))!.status()).toBe(404)
  const otherId = scalar<number>('SELECT id FROM events WHERE id != ? ORDER BY id LIMIT 1', id)
  expect((await anonymous.goto(link.replace(`/${id}?`, `/${otherId}?`)))!.status()).toBe(404)

  await partner.goto(`/admin/events/${id}`)
  await partner.getByRole('button', { name: 'Vorschau-Link widerrufen' }).first().click()
  await expect(partner).toHaveURL(new RegExp(`/admin/events/${id}\\?vorschau=widerrufen`))
  expect((await anonymous.request.get(link)).status()).toBe(404)
  const audit = rows<{ action: string }>(
    "SELECT action FROM audit_log WHERE entity_type = 'event' AND entity_id = ? AND action LIKE 'preview_link.%'",
    String(id),
  ).map((row) => row.action)
  expect(audit).toEqual(
    expect.arrayContaining(['preview_link.create', 'preview_link.open', 'preview_link.revoke']),
  )
})

test("a partner profile's preview: editors see their unsaved changes, the partner its own profile only", async ({
  browser,
}) => {
  const own = rows<{ id: number; slug: string; name: string }>(
    'SELECT id, slug, name FROM partners WHERE slug = ?',
    ACCOUNTS.partnerA.partnerSlug,
  )[0]!
  const other = rows<{ id: number; slug: string; name: string }>(
    'SELECT id, slug, name FROM partners WHERE slug = ?',
    ACCOUNTS.partnerB.partnerSlug,
  )[0]!

  // An editor types into partner B's profile without saving.
  const quote = `Ein Zitat der Redaktion ${STAMP}`
  typedTexts.push(quote)
  const editor = await backendPage(browser, 'editor')
  await editor.goto(`/admin/partners/${other.id}`)
  await editor.getByLabel('Zitat', { exact: true }).fill(quote)
  await waitForAutosave(editor)
  const preview = await backendPage(browser, 'editor')
  await openPreview(preview, `/vorschau/partner/${other.id}`)
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(other.name)
  await expect(preview.locator('main')).toContainText(quote)
  const jsonLd = await preview.locator('script[type="application/ld+json"]').first().textContent()
  expect(JSON.parse(jsonLd!)).toMatchObject({ '@type': 'Organization', name: other.name })
  const published = await (await visitor(browser)).request.get(`/partner/${other.slug}`)
  expect(await published.text()).not.toContain(quote)

  // Partner A, from its own profile form: the version it proposes, with what it typed.
  const ownQuote = `Ein Zitat von Partner A ${STAMP}`
  typedTexts.push(ownQuote)
  const partner = await backendPage(browser, 'partnerA')
  await partner.goto('/admin/profile')
  await expect(partner.getByRole('link', { name: 'Vorschau öffnen' })).toHaveAttribute(
    'href',
    `/vorschau/partner/${own.id}`,
  )
  await partner.getByLabel('Zitat', { exact: true }).fill(ownQuote)
  await waitForAutosave(partner)
  const ownPreview = await backendPage(browser, 'partnerA')
  await openPreview(ownPreview, `/vorschau/partner/${own.id}`)
  await expect(ownPreview.getByRole('heading', { level: 1 })).toHaveText(own.name)
  await expect(ownPreview.locator('main')).toContainText(ownQuote)

  // Another organisation's profile: nothing, for partner A as for a visitor.
  await refused(browser, `/vorschau/partner/${other.id}`, quote, ['partnerA'])
  await refused(browser, `/vorschau/partner/${own.id}`, ownQuote, ['partnerB'])
})

test("a page's preview shows the admin's unsaved text; editors and partners get nothing", async ({
  browser,
}) => {
  const title = `Vorschau-Seite ${STAMP}`
  const admin = await backendPage(browser, 'admin')
  await admin.goto('/admin/pages/new')
  await admin.getByLabel('Titel').fill(title)
  await admin.getByLabel('Text', { exact: true }).fill('Gespeicherter Text der Seite.')
  await admin.getByRole('button', { name: 'Speichern und veröffentlichen' }).click()
  await expect(admin).toHaveURL(/\/admin\/pages\/\d+\?gespeichert=/)
  const id = Number(/\/admin\/pages\/(\d+)/.exec(admin.url())![1])
  const slug = scalar<string>('SELECT slug FROM pages WHERE id = ?', id)

  const typed = `Noch nicht gespeicherter Absatz ${STAMP}`
  typedTexts.push(typed)
  await admin.getByLabel('Text', { exact: true }).fill(`## Neuer Abschnitt\n\n${typed}`)
  await waitForAutosave(admin)
  const preview = await backendPage(browser, 'admin')
  await openPreview(preview, `/vorschau/seiten/${id}`)
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(preview.getByRole('heading', { name: 'Neuer Abschnitt' })).toBeVisible()
  await expect(preview.locator('article')).toContainText(typed)

  const published = await (await visitor(browser)).request.get(`/${slug}`)
  expect(published.status()).toBe(200)
  expect(await published.text()).not.toContain(typed)
  await refused(browser, `/vorschau/seiten/${id}`, typed, ['editor', 'partnerA'])
})

test('no preview appears in feeds, sitemap or search', async ({ browser }) => {
  expect(typedTexts.length).toBe(5)
  const anonymous = await visitor(browser)
  for (const path of [
    '/feed.xml',
    '/sitemap.xml',
    '/veranstaltungen/kalender.ics',
    '/veranstaltungen',
    `/suche?q=${encodeURIComponent('Vorschau')}`,
    `/suche?q=${STAMP}`,
  ]) {
    const text = await (await anonymous.request.get(path)).text()
    expect(text, path).not.toContain('/vorschau/')
    for (const typed of typedTexts) expect(text, path).not.toContain(typed)
  }
})
