import { expect, test, type Page } from '@playwright/test'
import { scalar } from './helpers/db'
import { englishBackendPage } from './helpers/english-backend'

/*
 * The editorial pages for a user whose interface is English: news, events, the review queue,
 * the media library, the newsletter, pages and categories read in English, dates in English,
 * and the document says so. The content itself (titles, texts) is whatever was typed.
 *
 * The workflow buttons and the saved notice come from shared components; they are found by
 * what they do (the intent they send, the status they show), the texts of these pages by name.
 */

// Each test walks several pages of a production build on a shared machine.
test.slow()

const intent = (page: Page, value: string) =>
  page.locator(`button[type="submit"][name="intent"][value="${value}"]`)

/** "1 December 2026, 21:05 (Central European Standard Time)" */
const ENGLISH_TIMESTAMP =
  /\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} \(Central European [A-Za-z ]*Time\)/

test('an English-speaking editor writes a news item and an event', async ({ browser }) => {
  const editor = await englishBackendPage(browser, 'editor')

  await editor.goto('/admin/news')
  await expect(editor.locator('html')).toHaveAttribute('lang', 'en')
  await expect(editor).toHaveTitle(/^News – /)
  await expect(editor.getByRole('heading', { level: 1, name: 'News' })).toBeVisible()
  await editor.getByRole('link', { name: 'New news item' }).click()
  await expect(editor.locator('form[data-ready="true"]').first()).toBeVisible()
  await expect(editor.getByRole('heading', { level: 1, name: 'New news item' })).toBeVisible()
  await expect(editor).toHaveTitle(/^New news item – /)

  const title = 'Delegation from Catalonia visits the cluster'
  await editor.getByRole('textbox', { name: 'Title', exact: true }).fill(title)
  await editor.getByLabel('Place', { exact: true }).fill('Paderborn')
  await expect(editor.getByText('For the dateline, e.g. “Paderborn”.')).toBeVisible()
  await editor.getByLabel('Lead', { exact: true }).fill('Twelve companies met their partners.')
  await editor.getByLabel('Text', { exact: true }).fill('A day of visits and talks.')
  await expect(editor.getByRole('heading', { name: 'Contact' })).toBeVisible()
  await editor.getByLabel('Position', { exact: true }).fill('Project manager')
  await editor.getByLabel('Email', { exact: true }).fill('contact@example.org')
  await expect(editor.getByRole('group', { name: 'Partners involved' })).toBeVisible()
  await editor.getByLabel('Tags', { exact: true }).fill('Internationalisation')
  await intent(editor, 'save').click()
  await expect(editor).toHaveURL(/\/admin\/news\/\d+\?gespeichert=save$/)
  await expect(editor.getByRole('status').first()).toBeVisible()
  await expect(editor.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(editor).toHaveTitle(/^Edit news item – /)
  expect(scalar<string>('SELECT contact_role FROM news WHERE title = ?', title)).toBe(
    'Project manager',
  )

  await editor.goto('/admin/events/new')
  await expect(editor.getByRole('heading', { level: 1, name: 'New event' })).toBeVisible()
  const eventTitle = 'Matchmaking with French clusters'
  await editor.getByRole('textbox', { name: 'Title', exact: true }).fill(eventTitle)
  await editor.getByLabel('Short description').fill('Partners from France meet ours.')
  await editor.getByLabel('Start (date and time, Berlin)').fill('2027-03-04T10:00')
  await editor.getByLabel('End (date and time, Berlin)').fill('2027-03-04T16:00')
  await editor.getByLabel('All day').check()
  await expect(editor.getByLabel('Start (date)')).toBeVisible()
  await editor.getByLabel('Start (date)').fill('2027-03-04')
  await expect(editor.getByRole('heading', { name: 'Venue and registration' })).toBeVisible()
  await editor.getByLabel('Venue', { exact: true }).fill('Heinz Nixdorf MuseumsForum')
  await expect(editor.getByLabel('Organiser')).toHaveValue('')
  await expect(editor.getByLabel('Organiser').locator('option:checked')).toHaveText(
    '– the cluster itself –',
  )
  await intent(editor, 'save').click()
  await expect(editor).toHaveURL(/\/admin\/events\/\d+\?gespeichert=save$/)
  await expect(editor.getByRole('heading', { level: 1, name: eventTitle })).toBeVisible()
  expect(scalar<string>('SELECT venue_name FROM events WHERE title = ?', eventTitle)).toBe(
    'Heinz Nixdorf MuseumsForum',
  )

  await editor.goto('/admin/events')
  await expect(editor.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible()
  await expect(editor.getByRole('link', { name: 'New event' })).toBeVisible()
  await expect(editor.getByRole('link', { name: eventTitle })).toBeVisible()
  await editor.context().close()
})

test('the review queue, the media library and the newsletter read in English', async ({
  browser,
}) => {
  const partner = await englishBackendPage(browser, 'partner')
  await partner.goto('/admin/news/new')
  await expect(
    partner.getByRole('heading', { level: 1, name: 'Propose a news item' }),
  ).toBeVisible()
  await expect(
    partner.getByText('The editorial team reviews your proposal before it is published.'),
  ).toBeVisible()
  const proposal = 'Proposal: our new test laboratory'
  await partner.getByRole('textbox', { name: 'Title', exact: true }).fill(proposal)
  await partner.getByLabel('Text', { exact: true }).fill('Opening in spring.')
  await intent(partner, 'submit').click()
  await expect(partner).toHaveURL(/\?gespeichert=submit$/)
  await partner.context().close()

  const editor = await englishBackendPage(browser, 'editor')
  await editor.goto('/admin/review')
  await expect(editor.locator('html')).toHaveAttribute('lang', 'en')
  await expect(editor).toHaveTitle(/^Review – /)
  await expect(editor.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible()
  const news = editor.getByRole('region', { name: 'News', exact: true })
  const entry = news.getByRole('listitem').filter({ hasText: proposal })
  await expect(entry.getByRole('link', { name: proposal })).toBeVisible()
  await expect(entry.locator('p').first()).toContainText(/by .+, /)
  await expect(entry.locator('p').first()).toContainText(ENGLISH_TIMESTAMP)

  await editor.goto('/admin/medien')
  await expect(editor).toHaveTitle(/^Media – /)
  await expect(editor.getByRole('heading', { level: 1, name: 'Media' })).toBeVisible()
  await expect(editor.getByText(/^Every uploaded image\./)).toBeVisible()
  const images = editor.getByRole('region', { name: 'Images', exact: true })
  for (const column of ['Image', 'Alternative text and credit', 'Size', 'Used in', 'Action'])
    await expect(images.getByRole('columnheader', { name: column, exact: true })).toBeVisible()

  await editor.goto('/admin/newsletter')
  await expect(editor).toHaveTitle(/^Newsletter – /)
  await expect(editor.getByRole('heading', { level: 1, name: 'Newsletter' })).toBeVisible()
  await editor.getByRole('link', { name: 'New issue' }).click()
  await expect(
    editor.getByRole('heading', { level: 1, name: 'New newsletter issue' }),
  ).toBeVisible()
  await expect(editor.getByText(/^What was published since the last issue/)).toBeVisible()
  const subject = 'Cluster news in English'
  await editor.getByLabel('Subject').fill(subject)
  await editor.getByLabel('Introduction').fill('What happened this month.')
  await expect(editor.getByRole('group', { name: 'Items (order by the numbers)' })).toBeVisible()
  await editor.getByRole('button', { name: 'Save draft' }).click()
  await expect(editor.getByRole('heading', { level: 1, name: subject }).first()).toBeVisible()
  await expect(editor.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible()
  await expect(editor.getByRole('button', { name: 'Send a test to me' })).toBeVisible()
  await expect(editor.getByLabel('Time (Europe/Berlin)')).toBeVisible()
  await expect(editor.getByRole('heading', { name: 'Preview' })).toBeVisible()
  await editor.getByRole('link', { name: 'All issues' }).click()
  const row = editor.getByRole('row').filter({ hasText: subject })
  await expect(row).toContainText('Draft')
  await expect(row).toContainText(ENGLISH_TIMESTAMP)
  await editor.context().close()
})

test('an English-speaking admin sees pages, categories and subscriptions in English', async ({
  browser,
}) => {
  const admin = await englishBackendPage(browser, 'admin')
  await admin.goto('/admin/pages')
  await expect(admin.getByRole('heading', { level: 1, name: 'Pages' })).toBeVisible()
  await admin.getByRole('link', { name: 'New page' }).click()
  await expect(admin.getByRole('heading', { level: 1, name: 'New page' })).toBeVisible()
  await expect(admin.getByRole('button', { name: 'Save and publish' })).toBeVisible()

  await admin.goto('/admin/categories')
  await expect(admin).toHaveTitle(/^Categories – /)
  await expect(admin.getByRole('heading', { level: 1, name: 'Categories' })).toBeVisible()
  await expect(admin.locator('main li p').first()).toContainText(/^\d+ partners?\s*English version/)
  const create = admin.getByRole('region', { name: 'New category' })
  await expect(create.getByLabel('Order')).toBeVisible()
  await expect(create.getByRole('button', { name: 'Create' })).toBeVisible()

  await admin.goto('/admin/newsletter/abonnenten')
  await expect(
    admin.getByRole('heading', { level: 1, name: /^Subscriptions \(\d+\)$/ }),
  ).toBeVisible()
  await expect(admin.getByRole('link', { name: 'Export as CSV' })).toBeVisible()
  await expect(admin.getByRole('columnheader', { name: 'Language' })).toBeVisible()
  await admin.context().close()
})
