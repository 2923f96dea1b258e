import { expect, test } from '@playwright/test'
import { scalar } from './helpers/db'

/* Edit forms before their script has loaded: filled in, and keeping what is typed. */

test('edit forms arrive filled in, before and without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({
    storageState: 'e2e/.auth/editor.json',
    javaScriptEnabled: false,
  })
  const page = await context.newPage()
  const item = scalar<string>(
    "SELECT id || '|' || title FROM news WHERE status = 'published' LIMIT 1",
  )
  const [id, title] = item.split('|')
  await page.goto(`/admin/news/${id}`)
  await expect(page.getByLabel('Titel')).toHaveValue(title!)
  await context.close()
})

test('what an editor types before the page has loaded its script is kept', async ({ browser }) => {
  const context = await browser.newContext({ storageState: 'e2e/.auth/editor.json' })
  const page = await context.newPage()
  // Hold back the page's scripts until the editor has typed, as on a slow connection.
  let release!: () => void
  const scriptsMayLoad = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await scriptsMayLoad
    await route.continue()
  })
  const id = scalar("SELECT id FROM news WHERE status = 'published' ORDER BY id DESC LIMIT 1")
  await page.goto(`/admin/news/${id}`, { waitUntil: 'commit' })
  const lead = page.getByLabel('Vorspann')
  await expect(page.locator('form[data-ready="false"]')).toHaveCount(1)
  await lead.fill('Getippt, bevor das Skript da war.')
  release()
  await expect(page.locator('form[data-ready="true"]')).toHaveCount(1)
  await expect(lead).toHaveValue('Getippt, bevor das Skript da war.')
  await context.close()
})
