import { expect, test } from '@playwright/test'
import { ACCOUNTS } from './helpers/accounts'
import { backendPage } from './helpers/backend-page'
import { rows, scalar } from './helpers/db'

/*
 * English versions in the backend: each has its own status, so the German item stays as it is
 * while its translation is drafted and published later; a partner's English profile text waits
 * for an editor like any other profile change.
 */

test.describe.configure({ mode: 'serial' })

const NEWS_SLUG = 'delegationen-aus-katalonien-und-frankreich-zu-gast-in-owl'

type Row = { status: string; title: string; slug: string | null; body: string }

function englishNews(): Row | undefined {
  return rows<Row>(
    `SELECT t.status, t.title, t.slug, t.body FROM translations t JOIN news n ON n.id = t.entity_id
     WHERE t.entity_type = 'news' AND n.slug = ?`,
    NEWS_SLUG,
  )[0]
}

test('an editor translates a news item and publishes only the English version, later', async ({
  browser,
  page,
}) => {
  const germanTitle = scalar<string>('SELECT title FROM news WHERE slug = ?', NEWS_SLUG)
  const germanBefore = await (await page.request.get(`/aktuelles/${NEWS_SLUG}`)).text()
  const id = scalar('SELECT id FROM news WHERE slug = ?', NEWS_SLUG)
  const editor = await backendPage(browser, 'editor')
  await editor.goto(`/admin/news/${id}`)
  await editor
    .getByRole('navigation', { name: 'Sprachfassungen' })
    .getByRole('link', { name: 'English' })
    .click()
  await expect(editor).toHaveURL(new RegExp(`/admin/news/${id}/englisch$`))
  await expect(editor.locator('form[data-ready="false"]')).toHaveCount(0)
  await expect(editor.getByText('noch nicht übersetzt')).toBeVisible()

  await editor
    .getByLabel('Titel (englisch)')
    .fill('Delegations from Catalonia and France visit OWL')
  await expect(editor.getByLabel('Slug')).toHaveValue(
    'delegations-from-catalonia-and-france-visit-owl',
  )
  await editor.getByLabel(/^Lead/).fill('Guests from Barcelona and Lyon met the cluster.')
  await editor.getByLabel('Text (englisch)', { exact: true }).fill('## Programme\n\nA full day.')
  await editor.getByRole('button', { name: 'Entwurf speichern' }).click()
  await expect(editor.getByRole('status').first()).toHaveText('Gespeichert.')
  // The English version's own status, beside its heading (the German one's is in the aside).
  const englishStatus = editor.locator('h1 + span').first()
  await expect(englishStatus).toHaveText('Entwurf')
  expect(englishNews()).toMatchObject({
    status: 'draft',
    slug: 'delegations-from-catalonia-and-france-visit-owl',
  })
  // The German item is untouched and public as before.
  expect(scalar('SELECT status FROM news WHERE slug = ?', NEWS_SLUG)).toBe('published')
  expect(scalar('SELECT title FROM news WHERE slug = ?', NEWS_SLUG)).toBe(germanTitle)

  // The next day, so to speak: the English version goes public on its own.
  await editor.goto(`/admin/news/${id}/englisch`)
  await expect(editor.getByLabel('Titel (englisch)')).toHaveValue(
    'Delegations from Catalonia and France visit OWL',
  )
  await editor.getByRole('button', { name: 'Veröffentlichen' }).click()
  await expect(editor.getByRole('status').first()).toContainText('Veröffentlicht')
  await expect(englishStatus).toHaveText('Veröffentlicht')
  expect(englishNews()?.status).toBe('published')
  expect(
    scalar(
      "SELECT count(*) FROM revisions WHERE entity_type = 'translation' AND entity_id = (SELECT id FROM translations WHERE entity_type = 'news' AND entity_id = ?)",
      id,
    ),
  ).toBe(2)
  expect(
    scalar(
      "SELECT count(*) FROM audit_log WHERE action = 'translation.publish' AND entity_type = 'news' AND entity_id = ?",
      String(id),
    ),
  ).toBe(1)

  // German visitors read exactly the German article.
  const germanAfter = await (await page.request.get(`/aktuelles/${NEWS_SLUG}`)).text()
  expect(germanAfter).toContain(germanTitle)
  expect(germanAfter).not.toContain('Delegations from Catalonia')
  // Only the language switch changes: it now leads to the English article.
  const switchTo = (html: string) =>
    html.match(/<nav aria-label="Sprache"[^>]*><a href="([^"]+)"/)?.[1] ?? null
  expect(switchTo(germanBefore)).toBe(`/en/news/${NEWS_SLUG}`)
  expect(switchTo(germanAfter)).toMatch(/^\/en\/news\/delegations-from-catalonia/)
  const article = (html: string) => html.match(/<article[\s\S]*<\/main>/)?.[0]
  expect(article(germanAfter)).toBe(article(germanBefore))

  // Back on the German tab, nothing of the English version shows in the German form.
  await editor.getByRole('link', { name: 'Deutsch' }).click()
  await expect(editor.getByLabel('Titel')).toHaveValue(germanTitle)
  await editor.context().close()
})

test("a partner's English profile text is not public before an editor approves it", async ({
  browser,
  page,
}) => {
  const profile = `/partner/${ACCOUNTS.partnerA.partnerSlug}`
  const partnerId = scalar('SELECT id FROM partners WHERE slug = ?', ACCOUNTS.partnerA.partnerSlug)
  const text = 'We connect companies and research across the region.'
  const partner = await backendPage(browser, 'partnerA')
  await partner.goto('/admin/profile')
  await partner.getByRole('link', { name: 'English' }).click()
  await expect(partner).toHaveURL(/\/admin\/profile\/englisch$/)
  await expect(partner.locator('form[data-ready="false"]')).toHaveCount(0)
  await partner.getByLabel('Text (englisch)', { exact: true }).fill(text)
  await partner.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
  await expect(partner.getByRole('status').first()).toContainText('Eingereicht')

  const published = () =>
    scalar(
      "SELECT count(*) FROM translations WHERE entity_type = 'partner' AND entity_id = ? AND status = 'published' AND body = ?",
      partnerId,
      text,
    )
  expect(published()).toBe(0)
  expect(await (await page.request.get(profile)).text()).not.toContain(text)
  const submission = scalar(
    "SELECT id FROM submissions WHERE partner_id = ? AND locale = 'en' AND status = 'pending'",
    partnerId,
  )
  expect(submission).toBeGreaterThan(0)

  // Partners cannot publish it themselves: the editors' English tab is closed to them.
  await partner.goto(`/admin/partners/${partnerId}/englisch`)
  await expect(partner.getByRole('heading', { name: 'Keine Berechtigung' })).toBeVisible()

  const editor = await backendPage(browser, 'editor')
  await editor.goto('/admin/review')
  // Other tests leave English profile texts of their own in the queue: this one by its link.
  const entry = editor
    .getByRole('listitem')
    .filter({ has: editor.locator(`a[href="/admin/review/profil/${submission}"]`) })
  await expect(entry).toContainText('englischer Profiltext')
  await editor.goto(`/admin/review/profil/${submission}`)
  await expect(editor.getByRole('heading', { level: 1 })).toContainText('Englischer Profiltext')
  await expect(editor.locator('ins').filter({ hasText: 'We connect' })).toBeVisible()
  await editor.getByRole('button', { name: /freigeben$/ }).click()
  await expect(editor).toHaveURL(/\/admin\/review/)
  await expect.poll(published).toBe(1)
  // The German profile is as it was.
  expect(await (await page.request.get(profile)).text()).not.toContain(text)
  await partner.context().close()
  await editor.context().close()
})
