import { expect, test } from '@playwright/test'
import { rows, scalar } from './helpers/db'

const publishedPartners = () => scalar("SELECT count(*) FROM partners WHERE status = 'published'")

test.describe('partner directory', () => {
  test('lists every published partner with counts per category, 24 per page', async ({ page }) => {
    const total = publishedPartners()
    expect(total).toBeGreaterThan(400)
    await page.goto('/partner')
    await expect(page.getByRole('heading', { level: 1, name: 'Partnerverzeichnis' })).toBeVisible()
    await expect(page.getByText(`${total} Partner`, { exact: true })).toBeVisible()
    await expect(page.locator('main ol > li')).toHaveCount(24)

    const categories = rows<{ name: string; slug: string; n: number }>(
      "SELECT c.name, c.slug, count(*) AS n FROM partners p JOIN categories c ON c.id = p.category_id WHERE p.status = 'published' GROUP BY c.id",
    )
    const facets = page.getByRole('navigation', { name: 'Kategorien' })
    for (const category of categories) {
      await expect(
        facets.getByRole('link', { name: `${category.name} (${category.n})` }),
      ).toBeVisible()
    }

    // Every filter lives in the URL: the category link filters, pagination keeps the filter.
    const biggest = categories.sort((a, b) => b.n - a.n)[0]!
    await facets.getByRole('link', { name: `${biggest.name} (${biggest.n})` }).click()
    await expect(page).toHaveURL(new RegExp(`kategorie=${biggest.slug}`))
    await expect(page.getByText(`${biggest.name}: ${biggest.n} Partner`)).toBeVisible()
    await page
      .getByRole('navigation', { name: 'Seiten des Verzeichnisses' })
      .getByRole('link', { name: 'Seite 2' })
      .click()
    await expect(page).toHaveURL(
      new RegExp(`kategorie=${biggest.slug}.*seite=2|seite=2.*kategorie=${biggest.slug}`),
    )
    await expect(page.locator('main ol > li').first()).toBeVisible()
  })

  test('sorts German names A–Z with Ä under A and filters by initial letter', async ({ page }) => {
    await page.goto('/partner?buchstabe=A&q=fiktiv')
    const names = await page.locator('main ol > li h3').allTextContents()
    expect(names).toContain('Ärztenetz Digital Beispielkreis eG (fiktiv)')
    expect(names.every((name) => /^[AaÄä]/.test(name))).toBe(true)
    await page.goto('/partner?buchstabe=A')
    const expected = scalar(
      "SELECT count(*) FROM partners WHERE status = 'published' AND sort_name >= 'a' AND sort_name < 'b'",
    )
    await expect(
      page
        .getByRole('navigation', { name: 'Nach Anfangsbuchstabe' })
        .getByRole('link', { name: `A (${expected})` }),
    ).toHaveAttribute('aria-current', 'page')

    await page.goto('/partner?buchstabe=O&q=fiktiv')
    await expect(
      page.getByRole('link', { name: 'Öko-Maschinenbau Musterfeld GmbH (fiktiv)' }),
    ).toBeVisible()
  })

  test('search folds umlauts and ß both ways', async ({ page }) => {
    const counts: string[] = []
    for (const q of ['Universität', 'Universitat', 'universitaet', 'UNIVERSITÄT']) {
      await page.goto(`/partner?q=${encodeURIComponent(q)}`)
      const summary = await page.locator('main > div > p').first().textContent()
      counts.push(summary!.replace(/ zur Suche.*/, ''))
      await expect(page.locator('mark').first()).toHaveText(/Universität/i)
    }
    expect(new Set(counts).size).toBe(1)
    expect(Number(counts[0]!.split(' ')[0])).toBeGreaterThan(0)

    await page.goto('/partner?q=Strassenbau')
    await expect(
      page.getByRole('link', { name: 'Straßenbau Beispiel & Söhne KG (fiktiv)' }),
    ).toBeVisible()
  })

  test('facet counts follow the current search', async ({ page }) => {
    await page.goto('/partner?q=hochschule')
    const facetLinks = page.getByRole('navigation', { name: 'Kategorien' }).getByRole('link')
    const all = await facetLinks.first().textContent()
    const total = Number(all!.replace(/\D+/g, ''))
    const sum = (await facetLinks.allTextContents())
      .slice(1)
      .reduce((acc, text) => acc + Number(text.match(/(\d+)\D*$/)![1]), 0)
    expect(sum).toBe(total)
    expect(total).toBeLessThan(publishedPartners())
  })

  test('hostile search text never breaks the page', async ({ page }) => {
    for (const q of [
      '"',
      '*',
      'NEAR(a b)',
      'a OR b',
      "' OR 1=1--",
      '\0',
      'x'.repeat(20_000),
      '"unclosed',
      '^*:-',
    ]) {
      const response = await page.goto(`/partner?q=${encodeURIComponent(q)}`)
      expect(response?.status(), q.slice(0, 20)).toBe(200)
      await expect(
        page.getByRole('heading', { level: 1, name: 'Partnerverzeichnis' }),
      ).toBeVisible()
    }
  })

  test('an empty result says so in German and offers a way back', async ({ page }) => {
    await page.goto('/partner?q=gibtesnichtxyz')
    await expect(page.getByText('Keine Partner gefunden.')).toBeVisible()
    await page.getByRole('link', { name: 'Alle Partner anzeigen' }).click()
    await expect(page).toHaveURL(/\/partner$/)
    await page.goto('/partner?kategorie=unbekannt')
    await expect(page.getByText('Diese Kategorie gibt es nicht.')).toBeVisible()
  })

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/partner')
    await page.getByLabel('Partner suchen').fill('Straßenbau')
    await page.getByRole('main').getByRole('button', { name: 'Suchen' }).click()
    await expect(page).toHaveURL(/q=Stra%C3%9Fenbau/)
    await expect(
      page.getByRole('link', { name: 'Straßenbau Beispiel & Söhne KG (fiktiv)' }),
    ).toBeVisible()
    await context.close()
  })
})

test.describe('partner profile', () => {
  test('shows logo, category, body with table of contents, and the quote only when there is one', async ({
    page,
  }) => {
    await page.goto('/partner/unternehmen-und-stiftungen/it-s-owl-clustermanagement-gmb-h')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "it's OWL Clustermanagement GmbH",
    )
    await expect(
      page.getByRole('img', { name: "Logo it's OWL Clustermanagement GmbH" }),
    ).toBeVisible()
    await expect(
      page.getByRole('main').getByRole('link', { name: 'Unternehmen und Stiftungen' }).first(),
    ).toHaveAttribute('href', '/partner?kategorie=unternehmen-und-stiftungen')
    await expect(
      page.getByRole('heading', { level: 2, name: 'Aktivitäten im MINT-Bereich' }),
    ).toBeVisible()
    await expect(page.locator('main li').filter({ hasText: 'Schülercamps' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'www.its-owl.de/karriere' })).toHaveAttribute(
      'href',
      'https://www.its-owl.de/karriere/stellenangebote-ausbildung-praktika/',
    )
    await expect(page.getByText('Zuletzt aktualisiert:')).toBeVisible()
    // The news that name the partner.
    await expect(
      page.getByRole('link', { name: 'Delegationen aus Katalonien und Frankreich zu Gast in OWL' }),
    ).toBeVisible()

    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent())!,
    )
    expect(jsonLd['@type']).toBe('Organization')
    expect(jsonLd.name).toBe("it's OWL Clustermanagement GmbH")

    await page.goto(
      '/partner/wissenschaftseinrichtungen-hochschulen-und-hochschulverbaende/technische-hochschule-beispielstadt',
    )
    const figure = page.locator('figure').filter({ has: page.locator('blockquote') })
    await expect(figure.locator('blockquote')).toContainText('Im Cluster wird aus Forschung')
    await expect(figure.locator('figcaption')).toHaveText(
      'Prof. Dr. Erika Beispiel, Präsidentin der Technischen Hochschule Beispielstadt',
    )
    await expect(page.getByRole('navigation', { name: 'Inhalt' }).getByRole('link')).toHaveCount(3)

    // A profile without a quote shows no empty quote box.
    await page.goto(
      '/partner/forschungsorganisationen-und-forschungsverbuende/institut-fuer-musterforschung-und-systemtechnik',
    )
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Musterforschung')
    await expect(page.locator('figure blockquote')).toHaveCount(0)
  })

  test('a quote over several lines shows its paragraphs, with one pair of quotation marks', async ({
    page,
  }) => {
    // Imported from the generated profiles, written as real long quotes are (see generate-fixtures).
    const slug = scalar<string>(
      "SELECT slug FROM partners WHERE status = 'published' AND instr(quote_text, char(10)) > 0 ORDER BY slug LIMIT 1",
    )
    const text = scalar<string>('SELECT quote_text FROM partners WHERE slug = ?', slug)
    const paragraphs = text.split('\n').filter((line) => line.trim() !== '')
    expect(paragraphs.length).toBeGreaterThan(1)
    expect(text).toContain('"Gemeinsam schneller."')
    await page.goto(`/partner/${slug}`)
    const quote = page.locator('figure blockquote')
    await expect(quote.locator('p')).toHaveText(paragraphs)
    await expect(quote.locator('p').first()).toHaveText(/^„Im Cluster/)
    await expect(quote).not.toContainText('„„')
    await expect(quote).not.toContainText('”“')
  })

  test('an unknown profile is a German 404', async ({ page }) => {
    const response = await page.goto('/partner/unternehmen-und-stiftungen/gibt-es-nicht')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible()
  })
})
