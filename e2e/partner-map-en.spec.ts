import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { scalar } from './helpers/db'

/*
 * The English partner map (/en/partners/map), with and without JavaScript: English texts and
 * state names, `lang="en"`, hreflang both ways, the language switch and the Map/List switch
 * keeping the filters, markers leading to the English profiles, the profile's locator map in
 * English, no serious axe violation, no cookie and no request to another host.
 */

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT || 3210}`
const PROFILE =
  'wissenschaftseinrichtungen-hochschulen-und-hochschulverbaende/technische-hochschule-beispielstadt'
const svg = (page: Page) => page.getByRole('group', { name: /^Map with \d+ partners?$/ })
const list = (page: Page) => page.getByRole('region', { name: 'Partners on the map' })

const placedCount = () =>
  scalar(
    "SELECT count(*) FROM partners WHERE status = 'published' AND (lat IS NOT NULL OR sites IS NOT NULL)",
  )

async function alternates(page: Page) {
  return page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      Object.fromEntries(
        links.map((l) => [
          l.getAttribute('hreflang'),
          new URL((l as HTMLLinkElement).href).pathname,
        ]),
      ),
    )
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled })

    test('the English map: texts, lang, hreflang, markers, no cookie, no foreign request', async ({
      page,
      context,
    }) => {
      const hosts = new Set<string>()
      page.on('request', (r) => hosts.add(new URL(r.url()).origin))
      const response = await page.goto('/en/partners/map')
      expect(response?.status()).toBe(200)
      expect(await response?.headerValue('set-cookie')).toBeNull()
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partner map')
      await expect(page.getByText(`${placedCount()} partners on the map`)).toBeVisible()
      expect(await alternates(page)).toEqual({
        de: '/partner/karte',
        en: '/en/partners/map',
        'x-default': '/partner/karte',
      })
      await expect(page.getByRole('heading', { name: 'Partners on the map' })).toBeVisible()
      await expect(
        page.getByText('Boundaries: © GeoBasis-DE / BKG 2017 (simplified)'),
      ).toBeVisible()
      await expect(page.getByLabel('Federal state').locator('option').nth(1)).toHaveText(
        'Baden-Württemberg',
      )
      await expect(page.getByLabel('Federal state').locator('option[value="bayern"]')).toHaveText(
        'Bavaria',
      )

      // Markers and list lines lead to the English profiles.
      await page.goto('/en/partners/map?q=fiktiv')
      const marker = svg(page).getByRole('link', {
        name: /^Technische Hochschule Beispielstadt \(fiktiv\), [A-ZÄÖÜ]/,
      })
      await expect(marker.first()).toHaveAttribute('href', `/en/partners/${PROFILE}`)
      await expect(
        svg(page).getByRole('link', { name: /^Technische Hochschule Beispielstadt.*site Campus/ }),
      ).toHaveCount(1)
      await expect(
        list(page)
          .getByRole('link', { name: 'Technische Hochschule Beispielstadt (fiktiv)' })
          .first(),
      ).toHaveAttribute('href', `/en/partners/${PROFILE}`)
      await marker.first().click()
      await expect(page).toHaveURL(new RegExp(`/en/partners/${PROFILE}$`))
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')

      // The profile's locator map in English, linking to the English map of the partner's state.
      const locator = page.getByRole('region', { name: 'Location' })
      await expect(
        locator.getByRole('img', { name: /^Location of Technische Hochschule Beispielstadt/ }),
      ).toBeVisible()
      await expect(locator).toContainText('North Rhine-Westphalia')
      await locator.getByRole('link', { name: 'Show on the partner map' }).click()
      await expect(page).toHaveURL(/\/en\/partners\/map\?state=nordrhein-westfalen$/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Partner map: North Rhine-Westphalia',
      )

      expect([...hosts]).toEqual([ORIGIN])
      expect(await context.cookies()).toEqual([])
    })

    test('the state view, the Map/List switch and the language switch keep the filters', async ({
      page,
    }) => {
      const inLower = scalar(
        "SELECT count(*) FROM partners WHERE status = 'published' AND state = 'NI' AND lat IS NOT NULL",
      )
      await page.goto('/en/partners/map')
      await page.getByLabel('Federal state').selectOption({ label: 'Lower Saxony' })
      await page.getByRole('button', { name: 'Show' }).click()
      await expect(page).toHaveURL(/\/en\/partners\/map\?(q=&)?(category=&)?state=niedersachsen$/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partner map: Lower Saxony')
      await expect(page.getByText(`${inLower} partners on the map`)).toBeVisible()

      const view = page.getByRole('navigation', { name: 'View' })
      await view.getByRole('link', { name: 'List' }).click()
      await expect(page).toHaveURL(/\/en\/partners\?state=niedersachsen$/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partner directory')
      await expect(page.getByText(/^\d+ partners? in Lower Saxony$/)).toBeVisible()
      await expect(page.getByLabel('Federal state')).toHaveValue('niedersachsen')
      await view.getByRole('link', { name: 'Map' }).click()
      await expect(page).toHaveURL(/\/en\/partners\/map\?state=niedersachsen$/)

      await page.getByRole('link', { name: 'Deutsch', exact: true }).click()
      await expect(page).toHaveURL(/\/partner\/karte\?land=niedersachsen$/)
      await expect(page.locator('html')).toHaveAttribute('lang', 'de')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Partnerkarte: Niedersachsen',
      )
      await page.getByRole('link', { name: 'English', exact: true }).click()
      await expect(page).toHaveURL(/\/en\/partners\/map\?state=niedersachsen$/)
    })
  })
}

test('the English map and its state view have no serious accessibility violation', async ({
  page,
}) => {
  for (const path of ['/en/partners/map', '/en/partners/map?state=nordrhein-westfalen']) {
    await page.goto(path)
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    const severe = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    )
    expect(
      severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      path,
    ).toEqual([])
  }
})
