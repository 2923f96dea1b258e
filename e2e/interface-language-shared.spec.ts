import { expect, test } from '@playwright/test'
import { englishBackendPage } from './helpers/english-backend'
import { scalar } from './helpers/db'

/*
 * The parts every backend area shares, for a user whose interface language is English: the
 * overview, an item's status and buttons, its versions, the English-version tab, the preview
 * banner and the 403 page. The content itself stays as it was written.
 */

// One long walk through the backend: slow on a loaded machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 })

/** A published news item with no English version, seeded. */
function newsItem(): { id: number; title: string } {
  const id = scalar<number>(
    `SELECT id FROM news WHERE status = 'published'
       AND id NOT IN (SELECT entity_id FROM translations WHERE entity_type = 'news')
     ORDER BY id LIMIT 1`,
  )
  return { id, title: scalar<string>('SELECT title FROM news WHERE id = ?', id) }
}

test('an English-speaking editor works on a news item with the shared parts in English', async ({
  browser,
}) => {
  const page = await englishBackendPage(browser, 'editor')
  const { id, title } = newsItem()

  await page.goto('/admin')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, English editor')
  await expect(page).toHaveTitle(/^Overview/)
  for (const card of ['My drafts', 'Awaiting review', 'Scheduled', 'Recent activity'])
    await expect(page.getByRole('heading', { level: 2, name: card })).toBeVisible()

  // The list: columns, filter and status labels.
  await page.goto('/admin/news?status=published')
  const table = page.getByRole('table')
  for (const column of ['Title', 'Status', 'Changed'])
    await expect(table.getByRole('columnheader', { name: column })).toBeVisible()
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('published')
  await expect(page.getByRole('option', { name: 'In review' })).toBeAttached()
  await expect(page.getByRole('button', { name: 'Filter' })).toBeVisible()
  await expect(table.getByText('Published').first()).toBeVisible()
  await expect(page.getByText(/^\d+ entr(y|ies)$/)).toBeVisible()

  // The item: status badge, the buttons, the language tabs and further actions.
  await page.goto(`/admin/news/${id}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.locator('h1 + span')).toHaveText('Published')
  const tabs = page.getByRole('navigation', { name: 'Language versions' })
  await expect(tabs.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('aria-current', 'page')
  const buttons = page.getByRole('region', { name: 'Save and publish' })
  for (const name of ['Save', 'Submit for review', 'Publish', 'Schedule'])
    await expect(buttons.getByRole('button', { name, exact: true })).toBeVisible()
  await expect(buttons.getByLabel('Publish on (Berlin time)')).toBeVisible()
  const more = page.getByRole('complementary', { name: 'More actions' })
  await expect(more.getByRole('button', { name: 'Withdraw' })).toBeVisible()
  await expect(more.getByRole('button', { name: 'Archive' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Preview', exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Open preview' })).toBeVisible()

  await buttons.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/news/${id}\\?gespeichert=save$`))
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveText('Saved.')

  // The versions: who, what kind of change, and the comparison with today's state.
  await more.getByRole('link', { name: 'Versions' }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/news/${id}/versionen$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Versions: ${title}`)
  const newest = page.getByRole('main').getByRole('listitem').first()
  await expect(newest).toContainText('English editor · Edited')
  await expect(newest).toContainText('latest')
  await expect(newest).toContainText('Same as the current state.')
  // Berlin time, written the British way: "1 December 2026, 20:30 (Central European Time)".
  await expect(newest.locator('strong')).toHaveText(
    /^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} \(Central European (Summer )?Time\)$/,
  )

  // The English version's tab.
  await page.goto(`/admin/news/${id}/englisch`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`English version: ${title}`)
  await expect(page.getByText('not translated yet')).toBeVisible()
  await expect(page.getByText('The English version has its own status')).toBeVisible()
  const german = page.getByRole('complementary', { name: 'German version' })
  await expect(german.getByText('Published')).toBeVisible()
  await expect(page.getByLabel('Title (English)')).toBeVisible()
  await expect(page.getByLabel('Slug')).toBeVisible()
  await expect(page.getByText('Address: /en/news/<slug>.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save draft' })).toBeVisible()

  // The preview: German content under an English banner.
  await page.goto(`/vorschau/news/${id}`)
  const banner = page.getByRole('note').first()
  await expect(banner).toHaveAttribute('lang', 'en')
  await expect(banner).toHaveText(
    'Preview – not published. Status: Published. Unsaved changes are included.',
  )
  await expect(page).toHaveTitle(/^Preview/)
  await page.context().close()
})

test('a partner with an English interface reads the 403 page in English', async ({ browser }) => {
  const page = await englishBackendPage(browser, 'partner')
  const response = await page.goto('/admin/users')
  expect(response!.status()).toBe(403)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Access denied')
  await expect(page.getByText('Error 403')).toBeVisible()
  await expect(page.getByText('This area is not open to your role.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'To the overview' })).toHaveAttribute(
    'href',
    '/admin',
  )
  await page.context().close()
})
