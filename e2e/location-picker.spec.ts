import { expect, test, type Locator, type Page } from '@playwright/test'
import { backendPage } from './helpers/backend-page'
import { rows, scalar } from './helpers/db'

/*
 * Click-to-place in the backend: beside the latitude and longitude fields a map of the chosen
 * state (or Germany); a click fills the fields, a marker shows what they hold and follows what
 * is typed, and saving stores the clicked position. Without JavaScript there is no map and the
 * fields work as before.
 */

const number = (text: string) => Number(text.replace(',', '.'))
const hessian = () =>
  rows<{ id: number; name: string }>(
    "SELECT id, name FROM partners WHERE status = 'published' AND state = 'HE' ORDER BY id LIMIT 2",
  )

async function clickAt(map: Locator, fx: number, fy: number) {
  const box = (await map.boundingBox())!
  await map.click({ position: { x: box.width * fx, y: box.height * fy } })
}

async function fields(page: Page) {
  return {
    lat: number(await page.getByLabel('Breitengrad').inputValue()),
    lon: number(await page.getByLabel('Längengrad').inputValue()),
  }
}

test('an editor clicks the place on the map; the marker follows the fields; saving stores it', async ({
  browser,
}) => {
  const [partner] = hessian()
  expect(partner).toBeDefined()
  const editor = await backendPage(browser, 'editor')
  await editor.goto(`/admin/partners/${partner!.id}`)
  const picker = editor.getByTestId('position-karte')
  const map = picker.locator('svg')
  // The state chosen in the form is the map shown, with the address beside it.
  await expect(picker).toContainText('Gezeigt: Hessen.')
  await expect(picker.locator('address')).toContainText('Hessen')

  await clickAt(map, 0.3, 0.5)
  const west = await fields(editor)
  await clickAt(map, 0.7, 0.5)
  const east = await fields(editor)
  await clickAt(map, 0.7, 0.25)
  const north = await fields(editor)
  // Further right is further east, further up further north; all within Hesse's frame.
  expect(east.lon).toBeGreaterThan(west.lon)
  expect(Math.abs(east.lat - west.lat)).toBeLessThan(0.02)
  expect(north.lat).toBeGreaterThan(east.lat)
  for (const p of [west, east, north]) {
    expect(p.lat).toBeGreaterThan(49.2)
    expect(p.lat).toBeLessThan(51.8)
    expect(p.lon).toBeGreaterThan(7.6)
    expect(p.lon).toBeLessThan(10.4)
  }
  await expect(picker).toContainText(/Position gesetzt: \d+,\d+, \d+,\d+/)

  // The marker sits where the click was (in the map's own coordinates).
  const marker = editor.getByTestId('position-markierung')
  const [, , width, height] = (await map.getAttribute('viewBox'))!.split(' ').map(Number)
  expect(Math.abs(Number(await marker.getAttribute('cx')) - width! * 0.7)).toBeLessThanOrEqual(2)
  expect(Math.abs(Number(await marker.getAttribute('cy')) - height! * 0.25)).toBeLessThanOrEqual(2)

  // Typing moves the marker: Kassel lies in the north of Hesse, Darmstadt in the south.
  await editor.getByLabel('Breitengrad').fill('51,3127')
  await editor.getByLabel('Längengrad').fill('9,4797')
  const kassel = Number(await marker.getAttribute('cy'))
  await editor.getByLabel('Breitengrad').fill('49,8728')
  await editor.getByLabel('Längengrad').fill('8,6512')
  await expect.poll(async () => Number(await marker.getAttribute('cy'))).toBeGreaterThan(kassel)

  // Click again, save: the clicked position is stored.
  await clickAt(map, 0.45, 0.4)
  const chosen = await fields(editor)
  await editor.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(editor.getByRole('status').first()).toBeVisible()
  await expect
    .poll(
      () =>
        rows<{ lat: number; lon: number }>(
          'SELECT lat, lon FROM partners WHERE id = ?',
          partner!.id,
        )[0],
    )
    .toEqual(chosen)
  await editor.context().close()
})

test("a partner's own profile form has the map too", async ({ browser }) => {
  const partner = await backendPage(browser, 'partnerB')
  await partner.goto('/admin/profile')
  const picker = partner.getByTestId('position-karte')
  await expect(picker).toBeVisible()
  const before = await partner.getByLabel('Breitengrad').inputValue()
  const beforeLon = await partner.getByLabel('Längengrad').inputValue()
  await clickAt(picker.locator('svg'), 0.5, 0.5)
  await expect(partner.getByLabel('Breitengrad')).not.toHaveValue(before)
  await expect(partner.getByLabel('Längengrad')).toHaveValue(/^\d+,\d+$/)
  await expect(partner.getByTestId('position-markierung')).toBeVisible()
  // Nothing is proposed here: the fields go back to what they held.
  await partner.getByLabel('Breitengrad').fill(before)
  await partner.getByLabel('Längengrad').fill(beforeLon)
  await partner.context().close()
})

test('without JavaScript there is no map and the typed position is saved', async ({ browser }) => {
  const [, partner] = hessian()
  const context = await browser.newContext({
    storageState: 'e2e/.auth/editor.json',
    javaScriptEnabled: false,
  })
  const page = await context.newPage()
  await page.goto(`/admin/partners/${partner!.id}`)
  await expect(page.getByLabel('Breitengrad')).toBeVisible()
  await expect(page.getByTestId('position-karte')).toHaveCount(0)
  await page.getByLabel('Breitengrad').fill('50,5558')
  await page.getByLabel('Längengrad').fill('9,6808')
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect
    .poll(() => scalar<number>('SELECT lat FROM partners WHERE id = ?', partner!.id))
    .toBe(50.5558)
  expect(scalar<number>('SELECT lon FROM partners WHERE id = ?', partner!.id)).toBe(9.6808)
  await context.close()
})
