import { expect, request, test, type Page } from '@playwright/test'
import sharp from 'sharp'
import { backendPage } from './helpers/backend-page'
import { scalar } from './helpers/db'

/*
 * The media library: every image with alt text, credit, size and where it is used; an image is
 * picked for a news item instead of being uploaded again; one in use cannot be deleted.
 */

test.describe.configure({ mode: 'serial' })

async function upload(baseURL: string): Promise<string> {
  const context = await request.newContext({ baseURL, storageState: 'e2e/.auth/editor.json' })
  const colour = () => Math.floor(Math.random() * 256)
  const buffer = await sharp({
    create: {
      width: 120,
      height: 80,
      channels: 3,
      background: { r: colour(), g: colour(), b: colour() },
    },
  })
    .png()
    .toBuffer()
  const response = await context.post('/admin/upload', {
    headers: { origin: baseURL },
    multipart: { kind: 'photo', file: { name: 'bild.png', mimeType: 'image/png', buffer } },
  })
  expect(response.status()).toBe(201)
  const { id } = (await response.json()) as { id: string }
  await context.dispose()
  return id
}

const row = (page: Page, id: string) =>
  page.getByRole('row').filter({ has: page.locator(`img[src^="/bilder/${id}.webp"]`) })

test('an image from the library is reused in a news item, and then cannot be deleted', async ({
  browser,
  baseURL,
}) => {
  const id = await upload(baseURL!)
  const editor = await backendPage(browser, 'editor')
  await editor.goto('/admin/medien')
  await expect(row(editor, id)).toContainText('Nicht verwendet')
  await expect(row(editor, id)).toContainText('120 × 80 px')

  const images = scalar('SELECT count(*) FROM images')
  const title = `Meldung mit Bild aus der Mediathek ${Date.now()}`
  await editor.goto('/admin/news/new')
  await editor.getByLabel('Titel').fill(title)
  await editor.getByText('Bild aus der Mediathek wählen').click()
  await editor.locator(`button:has(img[src^="/bilder/${id}.webp"])`).click()
  await editor.getByRole('textbox', { name: 'Alternativtext' }).fill('Ein einfarbiges Testbild')
  await editor.getByLabel('Bildnachweis').fill('Foto: Testlabor')
  await editor.getByRole('button', { name: 'Entwurf speichern' }).click()
  await expect(editor).toHaveURL(/gespeichert=/, { timeout: 20_000 })
  expect(scalar('SELECT count(*) FROM news WHERE title = ?', title)).toBe(1)
  expect(scalar('SELECT image_id FROM news WHERE title = ?', title)).toBe(id)
  expect(scalar('SELECT count(*) FROM images')).toBe(images)

  await editor.goto('/admin/medien')
  await expect(row(editor, id)).toContainText(`Meldung: ${title}`)
  await expect(row(editor, id)).toContainText('Ein einfarbiges Testbild')
  await expect(row(editor, id)).toContainText('Bildnachweis: Foto: Testlabor')
  await row(editor, id)
    .getByRole('button', { name: /^Bild löschen/ })
    .click()
  await expect(row(editor, id)).toContainText('wird noch verwendet')
  expect(scalar('SELECT count(*) FROM images WHERE id = ?', id)).toBe(1)
})

test('an unused image can be deleted; partners have no media library', async ({
  browser,
  baseURL,
}) => {
  const id = await upload(baseURL!)
  const editor = await backendPage(browser, 'editor')
  await editor.goto('/admin/medien')
  await row(editor, id)
    .getByRole('button', { name: /^Bild löschen/ })
    .click()
  await expect(editor.getByRole('status')).toContainText('Das Bild wurde gelöscht.')
  expect(scalar('SELECT count(*) FROM images WHERE id = ?', id)).toBe(0)

  const partner = await backendPage(browser, 'partnerA')
  await partner.goto('/admin/medien')
  await expect(partner.getByRole('heading', { name: 'Keine Berechtigung' })).toBeVisible()
})
