import { expect, test, type Page } from '@playwright/test'
import { backendPage } from './helpers/backend-page'
import { rows, scalar } from './helpers/db'

/*
 * The partner map as visitors read it, with and without JavaScript, and positions as the
 * backend sets them: an editor directly, a partner through review.
 */

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT || 3210}`
const svg = (page: Page) => page.getByRole('group', { name: /^Karte mit/ })
const list = (page: Page) => page.getByRole('region', { name: 'Partner auf der Karte' })

const placedCount = () =>
  scalar(
    "SELECT count(*) FROM partners WHERE status = 'published' AND (lat IS NOT NULL OR sites IS NOT NULL)",
  )

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('every placed partner is counted; markers and the list link to the profiles', async ({
    page,
  }) => {
    await page.goto('/partner/karte')
    await expect(page.getByText(`${placedCount()} Partner auf der Karte`)).toBeVisible()
    // The demo partners lie apart: each its own marker, named, linking to its profile.
    await page.goto('/partner/karte?q=fiktiv')
    const marker = svg(page).getByRole('link', {
      name: 'Technische Hochschule Beispielstadt (fiktiv), Lemgo',
    })
    await expect(marker).toHaveAttribute(
      'href',
      '/partner/wissenschaftseinrichtungen-hochschulen-und-hochschulverbaende/technische-hochschule-beispielstadt',
    )
    // Its second site is a marker of its own, leading to the same profile.
    await expect(
      svg(page).getByRole('link', {
        name: /^Technische Hochschule Beispielstadt.*Standort Campus Höxter/,
      }),
    ).toHaveCount(1)
    await expect(
      list(page)
        .getByRole('link', { name: 'Technische Hochschule Beispielstadt (fiktiv)' })
        .first(),
    ).toBeVisible()
    await marker.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Technische Hochschule Beispielstadt (fiktiv)',
    )
    // The profile's locator map and address, and its JSON-LD.
    const locator = page.getByRole('region', { name: 'Standort' })
    await expect(locator.getByRole('img', { name: /Lage von Technische Hochschule/ })).toBeVisible()
    await expect(locator.locator('address')).toContainText('32657 Lemgo')
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
    const org = scripts
      .map((text) => JSON.parse(text) as { '@type'?: string; geo?: unknown; address?: unknown })
      .find((item) => item['@type'] === 'Organization')!
    expect(org.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 52.01782, longitude: 8.90321 })
    expect(org.address).toMatchObject({ postalCode: '32657', addressLocality: 'Lemgo' })
  })

  test('filters in the address change markers and list; the switch keeps them', async ({
    page,
  }) => {
    const category = scalar<string>(
      "SELECT c.slug FROM categories c JOIN partners p ON p.category_id = c.id WHERE p.slug LIKE 'wissenschaftseinrichtungen%technische-hochschule-beispielstadt'",
    )
    await page.goto(`/partner/karte?q=fiktiv&kategorie=${category}`)
    await expect(svg(page).getByRole('link')).toHaveCount(2) // main site and the campus
    await expect(list(page).getByRole('link')).toHaveCount(2)
    await page
      .getByRole('navigation', { name: 'Ansicht' })
      .getByRole('link', { name: 'Liste' })
      .click()
    await expect(page).toHaveURL(new RegExp(`/partner\\?q=fiktiv&kategorie=${category}$`))
    await page
      .getByRole('navigation', { name: 'Ansicht' })
      .getByRole('link', { name: 'Karte' })
      .click()
    await expect(page).toHaveURL(new RegExp(`/partner/karte\\?q=fiktiv&kategorie=${category}$`))

    // The form sends the same parameters.
    await page.goto('/partner/karte')
    await page.getByLabel('Partner suchen').fill('fiktiv')
    await page.getByRole('button', { name: 'Anzeigen' }).click()
    await expect(page).toHaveURL(/q=fiktiv/)
    const names = await list(page).getByRole('link').allTextContents()
    expect(names.length).toBeGreaterThan(3)
    expect(names.every((name) => name.includes('(fiktiv)') || /Clustermanagement/.test(name))).toBe(
      true,
    )
  })

  test('a state view shows that state only; a group marker zooms to its partners', async ({
    page,
  }) => {
    const inLower = scalar(
      "SELECT count(*) FROM partners WHERE status = 'published' AND state = 'NI' AND lat IS NOT NULL",
    )
    expect(inLower).toBeGreaterThan(0)
    await page.goto('/partner/karte?land=niedersachsen')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnerkarte: Niedersachsen')
    await expect(page.getByText(`${inLower} Partner auf der Karte`)).toBeVisible()

    await page.goto('/partner/karte?land=nordrhein-westfalen')
    const group = svg(page)
      .getByRole('link', { name: /^\d+ Partner bei .*: Ausschnitt zeigen$/ })
      .first()
    const count = Number((await group.getAttribute('aria-label'))!.match(/^\d+/)![0])
    await group.click()
    await expect(page).toHaveURL(/land=nordrhein-westfalen&gebiet=/)
    await expect(page.getByText(`${count} Partner auf der Karte (Ausschnitt)`)).toBeVisible()
    await page.getByRole('link', { name: 'Ganze Karte zeigen' }).click()
    await expect(page).toHaveURL(/\/partner\/karte\?land=nordrhein-westfalen$/)
  })

  test('the page stays small with every partner placed', async ({ request }) => {
    const html = await (await request.get('/partner/karte')).text()
    expect(placedCount()).toBeGreaterThan(350)
    expect(html.length).toBeLessThan(200 * 1024)
  })
})

test.describe('with JavaScript', () => {
  test('a marker shows name and logo on hover and focus; Tab moves through the markers', async ({
    page,
    context,
  }) => {
    const hosts = new Set<string>()
    page.on('request', (r) => hosts.add(new URL(r.url()).origin))
    await page.goto('/partner/karte?q=fiktiv')
    const th = svg(page).getByRole('link', {
      name: 'Technische Hochschule Beispielstadt (fiktiv), Lemgo',
    })
    await th.hover()
    const tip = page.getByTestId('karte-hinweis')
    await expect(tip).toContainText('Technische Hochschule Beispielstadt (fiktiv)')
    await expect(tip.locator('img')).toHaveAttribute('src', /^\/bilder\/.+\.webp\?w=160$/)

    // Focus order: the search, the filters, the button, then the markers top to bottom.
    const links = svg(page).getByRole('link')
    const first = links.first()
    await first.focus()
    await expect(tip).toContainText((await first.getAttribute('aria-label'))!.split(',')[0]!)
    await page.keyboard.press('Tab')
    await expect(links.nth(1)).toBeFocused()
    const ys = await links.evaluateAll((els) =>
      els.map((el) => Number(el.querySelector('circle')!.getAttribute('cy'))),
    )
    expect(ys.slice(1).every((y, i) => y >= ys[i]! - 24)).toBe(true)

    expect([...hosts]).toEqual([ORIGIN])
    expect(await context.cookies()).toEqual([])
  })
})

test("an editor sets a position; a partner's proposed position stays private until approved", async ({
  browser,
  page,
}) => {
  const editor = await backendPage(browser, 'editor')
  await editor.goto('/admin/partners?q=Musterkreis')
  const row = editor.getByRole('row', { name: /Wirtschaftsförderung Musterkreis/ })
  await expect(row).toContainText('ohne Position')
  await row.getByRole('link').first().click()
  await editor.getByLabel('Breitengrad').fill('52,0302')
  await editor.getByLabel('Längengrad').fill('95')
  await editor.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(editor.getByText(/Längengrad muss eine Zahl zwischen 5,5 und 15,5/)).toBeVisible()
  await editor.getByLabel('Längengrad').fill('8,5325')
  await editor.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(editor.getByRole('status').first()).toBeVisible()
  await expect
    .poll(async () => (await page.request.get('/partner/karte?q=Musterkreis')).text())
    .toContain('aria-label="Wirtschaftsförderung Musterkreis (fiktiv), Bielefeld"')

  const slug =
    'wissenschaftseinrichtungen-hochschulen-und-hochschulverbaende/technische-hochschule-beispielstadt'
  const partner = await backendPage(browser, 'partnerB')
  await partner.goto('/admin/profile')
  await partner.getByLabel('Breitengrad').fill('51,9387')
  await partner.getByLabel('Längengrad').fill('8,8793')
  await partner.getByLabel('Ort', { exact: true }).fill('Detmold')
  await partner.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
  await expect(partner.getByRole('status').first()).toContainText('Eingereicht')
  const stored = () =>
    rows<{ lat: number }>('SELECT lat FROM partners WHERE slug = ?', slug)[0]!.lat
  expect(stored()).toBe(52.01782)
  // Before approval the map and the profile show the old position.
  const mapText = async () => (await page.request.get('/partner/karte?q=fiktiv')).text()
  const profileText = async () => (await page.request.get(`/partner/${slug}`)).text()
  expect(await mapText()).not.toContain('2 Partner bei Detmold')
  expect(await profileText()).not.toContain('"latitude":51.9387')

  await editor.goto('/admin/review')
  await editor.getByRole('link', { name: 'Technische Hochschule Beispielstadt (fiktiv)' }).click()
  const changes = editor.getByRole('region', { name: 'Änderungen' })
  await expect(changes).toContainText('Breitengrad')
  await expect(changes).toContainText('Detmold')
  await editor.getByRole('button', { name: /freigeben$/ }).click()
  // Now beside the other demo partner in Detmold: one group of two on the map.
  await expect.poll(profileText).toContain('"latitude":51.9387')
  expect(await mapText()).toContain('2 Partner bei Detmold')
  expect(stored()).toBe(51.9387)
  await partner.context().close()
  await editor.context().close()
})
