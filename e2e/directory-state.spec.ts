import { expect, test, type Page } from '@playwright/test'
import { rows, scalar } from './helpers/db'

/*
 * The directory's state filter (`?land=`), with and without JavaScript: the select in the
 * filters, the count and the cards, together with the search and the categories, and kept by
 * the "Karte" / "Liste" switch both ways.
 */

const inState = (code: string) =>
  scalar("SELECT count(*) FROM partners WHERE status = 'published' AND state = ?", code)

const cardNames = (page: Page) =>
  page
    .getByRole('region', { name: 'Ergebnisse' })
    .getByRole('heading', { level: 3 })
    .allTextContents()

for (const javaScriptEnabled of [false, true]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled })

    test('the state select filters the directory; the switch keeps the state both ways', async ({
      page,
    }) => {
      const count = inState('NI')
      expect(count).toBeGreaterThan(0)
      await page.goto('/partner')
      await page.getByLabel('Bundesland').selectOption({ label: 'Niedersachsen' })
      await page.getByRole('main').getByRole('button', { name: 'Suchen' }).click()
      // The empty search field goes along, as a form sends every field.
      await expect(page).toHaveURL(/\/partner\?(q=&)?land=niedersachsen$/)
      await expect(page.getByText(`${count} Partner in Niedersachsen`)).toBeVisible()
      await expect(page.getByLabel('Bundesland')).toHaveValue('niedersachsen')
      const expected = rows<{ name: string }>(
        "SELECT name FROM partners WHERE status = 'published' AND state = 'NI' ORDER BY sort_name, id LIMIT 24",
      ).map((row) => row.name)
      expect((await cardNames(page)).map((name) => name.trim())).toEqual(expected)

      const view = page.getByRole('navigation', { name: 'Ansicht' })
      await view.getByRole('link', { name: 'Karte' }).click()
      await expect(page).toHaveURL(/\/partner\/karte\?land=niedersachsen$/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Partnerkarte: Niedersachsen',
      )
      await view.getByRole('link', { name: 'Liste' }).click()
      await expect(page).toHaveURL(/\/partner\?land=niedersachsen$/)
      await expect(page.getByText(`${count} Partner in Niedersachsen`)).toBeVisible()
    })

    test('the state works together with the search and a category', async ({ page }) => {
      // Höxter is a place in North Rhine-Westphalia and a word in some names elsewhere.
      await page.goto('/partner?q=H%C3%B6xter')
      const all = await cardNames(page)
      await page.getByLabel('Bundesland').selectOption('niedersachsen')
      await page.getByRole('main').getByRole('button', { name: 'Suchen' }).click()
      await expect(page).toHaveURL(/\/partner\?q=H%C3%B6xter&land=niedersachsen$/)
      const found = await cardNames(page)
      expect(found.length).toBeGreaterThan(0)
      expect(found.length).toBeLessThan(all.length)
      for (const name of found) {
        expect(scalar('SELECT state FROM partners WHERE name = ?', name.trim()), name).toBe('NI')
      }

      // A category link keeps the search and the state.
      const filter = page.getByRole('navigation', { name: 'Kategorien' })
      const category = filter.getByRole('link').nth(1)
      await category.click()
      await expect(page).toHaveURL(
        /\/partner\?q=H%C3%B6xter&kategorie=[a-z0-9-]+&land=niedersachsen$/,
      )
      await expect(page.getByLabel('Bundesland')).toHaveValue('niedersachsen')
      // The map from here shows the same filters.
      await page
        .getByRole('navigation', { name: 'Ansicht' })
        .getByRole('link', { name: 'Karte' })
        .click()
      await expect(page).toHaveURL(
        /\/partner\/karte\?q=H%C3%B6xter&kategorie=[a-z0-9-]+&land=niedersachsen$/,
      )
      await expect(page.getByLabel('Bundesland')).toHaveValue('niedersachsen')
    })
  })
}
