import { expect, request, test } from '@playwright/test'
import { backendPage } from './helpers/backend-page'
import { openDb, scalar } from './helpers/db'

/*
 * The newsletter in the browser: subscribing without JavaScript and without a cookie, the same
 * answer for a known address, one-click unsubscribe by POST without cookies, the topics link,
 * and the editors' and admins' screens. Mail delivery itself is tested against a real SMTP
 * server in tests/int/newsletter-*.test.ts (this server runs without SMTP_URL).
 */

const ANSWER = /Wenn die Adresse noch nicht angemeldet ist, erhalten Sie gleich eine E-Mail/

function plantSubscriber(email: string, key: string): void {
  const db = openDb(false)
  try {
    const at = Date.now()
    db.prepare(
      "INSERT INTO newsletter_subscribers (email, state, topics, locale, manage_key, requested_at, confirmed_at, consent_text, created_at, updated_at) VALUES (?, 'confirmed', '[\"news\",\"events\"]', 'de', ?, ?, ?, 'Einwilligung (e2e)', ?, ?)",
    ).run(email, key, at, at, at, at)
  } finally {
    db.close()
  }
}

const stateOf = (email: string) =>
  scalar<string>('SELECT state FROM newsletter_subscribers WHERE email = ?', email)

test('subscribing works without JavaScript, sets no cookie and answers the same for a known address', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/newsletter')
  const form = page.locator('main form')
  await form.getByLabel('E-Mail-Adresse').fill('neu.abo@example.org')
  await form.getByRole('button', { name: 'Newsletter abonnieren' }).click()
  await expect(page.locator('main').getByText(ANSWER)).toBeVisible()
  await expect(page.locator('footer').getByText(ANSWER)).toHaveCount(0)
  expect(stateOf('neu.abo@example.org')).toBe('pending')
  expect(
    scalar<string>(
      'SELECT request_address FROM newsletter_subscribers WHERE email = ?',
      'neu.abo@example.org',
    ),
  ).toBe('127.0.0.1')
  expect(
    scalar(
      "SELECT count(*) FROM mail_outbox o JOIN newsletter_subscribers s ON s.id = o.subscriber_id WHERE o.kind = 'confirm' AND s.email = ?",
      'neu.abo@example.org',
    ),
  ).toBe(1)

  plantSubscriber('schon.dabei@example.org', 'e2e-known-key-0123456789')
  await page.goto('/newsletter')
  await page.locator('main form').getByLabel('E-Mail-Adresse').fill('schon.dabei@example.org')
  await page.locator('main form').getByRole('button', { name: 'Newsletter abonnieren' }).click()
  await expect(page.locator('main').getByText(ANSWER)).toBeVisible()
  expect(await context.cookies()).toEqual([])
  await context.close()
})

test('a filled honeypot or a missing topic changes nothing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/newsletter')
  const form = page.locator('main form')
  await form.getByLabel('E-Mail-Adresse').fill('ohne.thema@example.org')
  await form.getByLabel('Meldungen').uncheck()
  await form.getByLabel('Veranstaltungen').uncheck()
  await form.getByRole('button', { name: 'Newsletter abonnieren' }).click()
  await expect(page.locator('main').getByText('Bitte mindestens ein Thema wählen.')).toBeVisible()
  expect(stateOf('ohne.thema@example.org')).toBeUndefined()
  await context.close()
})

test('the short form in the footer subscribes as well', async ({ page }) => {
  await page.goto('/')
  const footer = page.locator('footer')
  await footer.getByLabel('E-Mail-Adresse').fill('fuss.abo@example.org')
  await footer.getByRole('button', { name: 'Abonnieren' }).click()
  await expect(footer.getByText(ANSWER)).toBeVisible()
  expect(stateOf('fuss.abo@example.org')).toBe('pending')
})

test('one-click unsubscribe: a POST without cookies and without a second step', async () => {
  plantSubscriber('ein.klick@example.org', 'e2e-one-click-key-0123456789')
  const context = await request.newContext()
  const response = await context.post(
    '/newsletter/abbestellen/ein-klick?key=e2e-one-click-key-0123456789',
    {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: 'List-Unsubscribe=One-Click',
      maxRedirects: 0,
    },
  )
  expect(response.status()).toBe(200)
  expect(response.headers()['set-cookie']).toBeUndefined()
  expect(stateOf('ein.klick@example.org')).toBe('unsubscribed')
  // A wrong key changes nothing.
  expect(
    (
      await context.post('/newsletter/abbestellen/ein-klick?key=falsch-falsch-falsch', {
        data: 'List-Unsubscribe=One-Click',
        maxRedirects: 0,
      })
    ).status(),
  ).toBe(404)
  await context.dispose()
})

test('the visible unsubscribe link opens one button, and the topics link changes topics', async ({
  browser,
}) => {
  plantSubscriber('sichtbar@example.org', 'e2e-visible-key-0123456789')
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/newsletter/einstellungen?key=e2e-visible-key-0123456789')
  await page.locator('main').getByLabel('Veranstaltungen').uncheck()
  await page.getByRole('button', { name: 'Themen speichern' }).click()
  // Without JavaScript the browser posts the form; the saved topics show on the page again.
  await expect
    .poll(() =>
      scalar<string>(
        'SELECT topics FROM newsletter_subscribers WHERE email = ?',
        'sichtbar@example.org',
      ),
    )
    .toBe('["news"]')
  await expect(page.locator('main').getByLabel('Veranstaltungen')).not.toBeChecked()

  await page.goto('/newsletter/abbestellen?key=e2e-visible-key-0123456789')
  // Opening the link alone changes nothing (mail scanners open links).
  expect(stateOf('sichtbar@example.org')).toBe('confirmed')
  await page.getByRole('button', { name: 'Jetzt abbestellen' }).click()
  await expect(page).toHaveURL(/\/newsletter\/abgemeldet$/)
  await expect(page.getByText('Sie sind abgemeldet')).toBeVisible()
  expect(stateOf('sichtbar@example.org')).toBe('unsubscribed')
  expect(await context.cookies()).toEqual([])
  await context.close()
})

test('an editor composes, previews and sends an issue; without SMTP_URL it waits in the outbox', async ({
  browser,
}) => {
  plantSubscriber('leserin@example.org', 'e2e-reader-key-0123456789')
  const page = await backendPage(browser, 'editor')
  await page.goto('/admin/newsletter/new')
  await expect(page.getByText(/SMTP_URL ist nicht gesetzt/)).toBeVisible()
  await page.getByLabel('Betreff').fill('E2E: Neues aus dem Netzwerk')
  await page.getByLabel('Einleitung').fill('Hallo **Netzwerk**')
  await page.getByRole('button', { name: 'Entwurf speichern' }).click()
  await expect(page).toHaveURL(/\/admin\/newsletter\/\d+\?gespeichert=1/)
  await expect(page.getByRole('heading', { name: 'Vorschau' })).toBeVisible()
  await expect(page.locator('pre')).toContainText('E2E: Neues aus dem Netzwerk')
  await expect(page.locator('strong', { hasText: 'Netzwerk' })).toBeVisible()

  await page.getByRole('button', { name: 'Testversand an mich' }).click()
  await expect(page.getByText(/Testversand an redaktion@.* steht im Postausgang/)).toBeVisible()
  await page.getByRole('button', { name: 'Senden', exact: true }).click()
  await expect(page.getByText(/Die Ausgabe geht an \d+ Empfänger/)).toBeVisible()
  await page.reload()
  const waiting = scalar<number>(
    "SELECT count(*) FROM mail_outbox o JOIN newsletter_issues i ON i.id = o.issue_id WHERE i.subject = ? AND o.kind = 'issue' AND o.state = 'pending'",
    'E2E: Neues aus dem Netzwerk',
  )
  expect(waiting).toBeGreaterThan(0)
  await expect(page.getByTestId('newsletter-progress')).toContainText(`Wartend: ${waiting}`)
  await page.context().close()
})

test('admins see the subscribers with consent proof and export them; editors may not', async ({
  browser,
  baseURL,
}) => {
  plantSubscriber('export@example.org', 'e2e-export-key-0123456789')
  const page = await backendPage(browser, 'admin')
  await page.goto('/admin/newsletter/abonnenten')
  await expect(page.getByRole('row').filter({ hasText: 'export@example.org' })).toBeVisible()
  await page.context().close()

  const admin = await request.newContext({ baseURL, storageState: 'e2e/.auth/admin.json' })
  const csv = await admin.get('/admin/newsletter/abonnenten.csv')
  expect(csv.status()).toBe(200)
  expect(csv.headers()['content-type']).toMatch(/text\/csv/)
  expect(await csv.text()).toContain('"export@example.org","confirmed"')
  await admin.dispose()
  for (const role of ['editor', 'partnerA']) {
    const other = await request.newContext({ baseURL, storageState: `e2e/.auth/${role}.json` })
    expect((await other.get('/admin/newsletter/abonnenten.csv')).status(), role).toBe(403)
    await other.dispose()
  }
  const visitor = await request.newContext({ baseURL })
  const refused = await visitor.get('/admin/newsletter/abonnenten.csv', { maxRedirects: 0 })
  expect(refused.status()).not.toBe(200)
  expect(await refused.text()).not.toContain('export@example.org')
  await visitor.dispose()
})

test('the privacy page says: no tracking pixel, no redirect links', async ({ page }) => {
  await page.goto('/datenschutz')
  await expect(page.getByText(/keine Zählpixel/)).toBeVisible()
  await expect(page.getByText(/keine Weiterleitungslinks/)).toBeVisible()
})
