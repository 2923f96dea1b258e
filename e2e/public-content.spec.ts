import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'
import { rows, scalar } from './helpers/db'

test.describe('news', () => {
  test('the list paginates and filters by year and tag in the URL', async ({ page }) => {
    const total = scalar("SELECT count(*) FROM news WHERE status = 'published'")
    await page.goto('/aktuelles')
    await expect(page.getByText(`${total} Meldungen`)).toBeVisible()
    await expect(page.locator('main ol > li')).toHaveCount(10)
    await page
      .getByRole('navigation', { name: 'Seiten der Meldungen' })
      .getByRole('link', { name: 'Weiter' })
      .click()
    await expect(page).toHaveURL(/seite=2/)

    const perYear = scalar(
      "SELECT count(*) FROM news WHERE status = 'published' AND date LIKE '2016-%'",
    )
    await page.goto('/aktuelles?jahr=2016')
    await expect(
      page.getByText(`${perYear === 1 ? '1 Meldung' : `${perYear} Meldungen`} aus 2016`),
    ).toBeVisible()
    await expect(
      page.getByRole('link', { name: 'Delegationen aus Katalonien und Frankreich zu Gast in OWL' }),
    ).toBeVisible()

    await page.goto('/aktuelles?tag=go-cluster')
    await expect(
      page.getByRole('link', { name: '„go-cluster”: Vorhang auf für Clusterinitiativen!' }),
    ).toBeVisible()
  })

  test('the article shows dateline, lead, body, contact, links, partners and structured data', async ({
    page,
  }) => {
    await page.goto('/aktuelles/delegationen-aus-katalonien-und-frankreich-zu-gast-in-owl')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Delegationen aus Katalonien und Frankreich zu Gast in OWL',
    )
    await expect(page.locator('article time').first()).toHaveText('Paderborn, 08. Juli 2016')
    await expect(
      page.getByText(/^Im Mai und Juni besuchten erneut zwei internationale Delegationen/),
    ).toBeVisible()
    await expect(
      page.getByRole('heading', { level: 2, name: 'Matchmaking für gezielte Geschäftsanbahnung' }),
    ).toBeVisible()

    const contact = page.getByRole('complementary', { name: 'Kontakt und Informationen' })
    await expect(contact).toContainText('Gitta Klemme')
    await expect(contact.getByRole('link', { name: '+49 (0)5251 5465274' })).toHaveAttribute(
      'href',
      'tel:+4952515465274',
    )
    await expect(contact.getByRole('link', { name: 'g.klemme@its-owl.de' })).toHaveAttribute(
      'href',
      'mailto:g.klemme@its-owl.de',
    )
    const links = page.getByRole('complementary', { name: 'Mehr Informationen' }).getByRole('link')
    await expect(links).toHaveText([
      'ACCIO – Catalonia Trade & Investment',
      'Business France',
      'Mont Blanc Industries',
      'Plastipolis',
    ])
    await expect(
      page.getByRole('link', { name: "it's OWL Clustermanagement GmbH" }),
    ).toHaveAttribute(
      'href',
      '/partner/unternehmen-und-stiftungen/it-s-owl-clustermanagement-gmb-h',
    )
    await expect(page.getByRole('navigation', { name: 'Weitere Meldungen' })).toBeVisible()

    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent())!,
    )
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      dateline: 'Paderborn, 08. Juli 2016',
      headline: 'Delegationen aus Katalonien und Frankreich zu Gast in OWL',
    })
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /\/aktuelles\/delegationen-aus-katalonien-und-frankreich-zu-gast-in-owl$/,
    )
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/)
  })

  test('an article with an image shows it with alt text and credit', async ({ page }) => {
    await page.goto('/aktuelles/go-cluster-vorhang-auf-fuer-clusterinitiativen')
    const figure = page.locator('article figure')
    await expect(
      figure.getByRole('img', {
        name: '„go-cluster”: Reportage über Mitglieder des Programms im Rahmen der Clusterwoche',
      }),
    ).toBeVisible()
    await expect(figure.locator('figcaption')).toContainText('iStock.com/RapidEye')
    const src = await figure.locator('img').getAttribute('src')
    const image = await page.request.get(src!)
    expect(image.headers()['content-type']).toBe('image/webp')
    // Public while the article is, and only briefly cached: unpublishing must end it.
    expect(image.headers()['cache-control']).toBe('public, max-age=300')
    expect(image.headers()['x-content-type-options']).toBe('nosniff')
  })

  test('unknown articles are a German 404', async ({ page }) => {
    expect((await page.goto('/aktuelles/gibt-es-nicht'))?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible()
  })
})

test.describe('events', () => {
  test('upcoming events come first, then past ones, in Berlin time', async ({ page }) => {
    await page.goto('/veranstaltungen')
    const upcoming = page.getByRole('region', { name: 'Kommende Veranstaltungen' })
    const past = page.getByRole('region', { name: 'Vergangene Veranstaltungen' })
    const now = Date.now()
    const expectedUpcoming = scalar(
      "SELECT count(*) FROM events WHERE status = 'published' AND coalesce(ends_at, starts_at) >= ?",
      now,
    )
    await expect(upcoming.locator('li')).toHaveCount(expectedUpcoming)
    await expect(past.getByRole('link', { name: 'Digitalgipfel OWL 2020' })).toBeVisible()
    await expect(upcoming.getByText('Mittwoch, 20. Januar 2027, 10:00–11:00 Uhr')).toBeVisible()
    const starts = await upcoming
      .locator('time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!))
    expect([...starts].sort()).toEqual(starts)
  })

  test('the event page links its report and back, and offers an .ics file', async ({
    page,
    request,
  }) => {
    await page.goto('/veranstaltungen/digitalgipfel-owl-2020')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Digitalgipfel OWL 2020' }),
    ).toBeVisible()
    await expect(page.getByText('Montag, 30. November 2020 (ganztägig)')).toBeVisible()
    await expect(page.getByText('Systemzentrum der GOLDBECK GmbH')).toBeVisible()
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent())!,
    )
    expect(jsonLd['@type']).toBe('Event')
    await page.getByRole('link', { name: 'Digitalgipfel OWL 2020' }).last().click()
    await expect(page).toHaveURL(/\/aktuelles\/digitalgipfel-owl-2020$/)
    await expect(
      page
        .locator('p', { hasText: 'Bericht zur Veranstaltung' })
        .getByRole('link', { name: 'Digitalgipfel OWL 2020' }),
    ).toBeVisible()
    await page.getByRole('main').getByRole('link', { name: 'Digitalgipfel OWL 2020' }).click()
    await expect(page).toHaveURL(/\/veranstaltungen\/digitalgipfel-owl-2020$/)

    const ics = await request.get('/veranstaltungen/clustertage-2027-beispiel/kalender.ics')
    expect(ics.headers()['content-type']).toContain('text/calendar')
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(await ics.text())).getFirstSubcomponent('vevent')!,
    )
    expect(event.summary).toBe('Clustertage 2027 (Beispielveranstaltung)')
    expect(event.uid).toMatch(/^veranstaltung-\d+@/)
    // Starts in winter time, ends in summer time: 09:00 CET and 16:00 CEST.
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-26T08:00:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-03-29T14:00:00.000Z')
  })

  test('the calendar feed holds every published event', async ({ request }) => {
    const response = await request.get('/veranstaltungen/kalender.ics')
    expect(response.headers()['content-type']).toContain('text/calendar')
    const calendar = new ICAL.Component(ICAL.parse(await response.text()))
    const uids = calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))
    expect(uids).toHaveLength(scalar("SELECT count(*) FROM events WHERE status = 'published'"))
    expect(calendar.getAllSubcomponents('vevent').every((v) => v.hasProperty('dtstamp'))).toBe(true)
  })
})

test.describe('search and pages', () => {
  test('one search over partners, news and events, grouped with highlighted snippets', async ({
    page,
  }) => {
    await page.goto('/suche?q=Digitalgipfel')
    await expect(
      page
        .getByRole('region', { name: /Meldungen/ })
        .getByRole('link', { name: 'Digitalgipfel OWL 2020' }),
    ).toBeVisible()
    await expect(
      page
        .getByRole('region', { name: /Veranstaltungen/ })
        .getByRole('link', { name: 'Digitalgipfel OWL 2020' }),
    ).toBeVisible()
    await expect(page.locator('mark').first()).toHaveText(/Digitalgipfel/)

    await page.goto('/suche?q=Universitaet')
    await expect(page.getByRole('region', { name: /Partner/ })).toBeVisible()
    await expect(page.locator('mark').first()).toHaveText(/Universität/)
    for (const q of ['"', 'NEAR(', '*', 'x'.repeat(20_000)]) {
      expect((await page.goto(`/suche?q=${encodeURIComponent(q)}`))?.status()).toBe(200)
    }
  })

  test('legal pages come from the database; the privacy page promises no cookies', async ({
    page,
  }) => {
    for (const [path, title] of [
      ['/impressum', 'Impressum'],
      ['/datenschutz', 'Datenschutzerklärung'],
      ['/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
    ] as const) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    }
    await page.goto('/datenschutz')
    await expect(page.getByText(/keine Cookies/)).toBeVisible()
    await expect(page.getByText(/keine Inhalte von Dritten/)).toBeVisible()
    const footer = page.getByRole('contentinfo')
    await expect(footer.getByRole('link', { name: 'Impressum' })).toBeVisible()
  })

  test('every unknown URL is a German 404 with a way on', async ({ page }) => {
    for (const path of [
      '/gibt-es-nicht',
      '/veranstaltungen/gibt-es-nicht',
      '/partner/x/y',
      '/a/b/c',
    ]) {
      expect((await page.goto(path))?.status(), path).toBe(404)
      await expect(page.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible()
      await expect(page.getByRole('link', { name: 'Zur Startseite' })).toBeVisible()
    }
  })
})

test('the home page shows news, events, categories with counts and a quote', async ({ page }) => {
  await page.goto('/')
  const latest = rows<{ title: string }>(
    "SELECT title FROM news WHERE status = 'published' ORDER BY date DESC, id DESC LIMIT 4",
  )
  for (const { title } of latest)
    await expect(page.getByRole('link', { name: title })).toBeVisible()
  const categories = rows<{ name: string; n: number }>(
    "SELECT c.name, count(*) AS n FROM partners p JOIN categories c ON c.id = p.category_id WHERE p.status = 'published' GROUP BY c.id",
  )
  for (const { name, n } of categories)
    await expect(page.getByRole('link', { name: `${name} ${n} Partner` })).toBeVisible()
  await expect(page.locator('figure blockquote')).toBeVisible()
})
