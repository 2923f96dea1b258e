import { expect, test, type Page } from '@playwright/test'
import { announce, indexForSearch, openDb, SYNC_DELAY_MS } from './helpers/db'

/*
 * Visitors see published content only, nothing a visitor loads runs script from content, no
 * cookies are set and no other host is contacted.
 */

const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '[klick](javascript:window.__pwned=1)',
  '[klick](JaVaScRiPt:window.__pwned=1)',
  '![x](data:image/svg+xml,<svg onload=alert(1)>)',
  '<iframe src="https://evil.example"></iframe>',
  '| a |\n|---|\n| <b onmouseover=alert(1)>x</b> |',
  '![Tracker](https://tracker.example/pixel.png)',
].join('\n\n')

test.beforeAll(async () => {
  const db = openDb(false)
  const now = Date.now()
  const category = (
    db.prepare("SELECT id FROM categories WHERE slug = 'unternehmen-und-stiftungen'").get() as {
      id: number
    }
  ).id
  const insertPartner = db.prepare(
    `INSERT OR IGNORE INTO partners (slug, name, sort_name, category_id, body, status, publish_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  // Idempotent: Playwright runs beforeAll again in a fresh worker after a failure.
  const idOf = (table: string, slug: string) =>
    (db.prepare(`SELECT id FROM ${table} WHERE slug = ?`).get(slug) as { id: number }).id
  insertPartner.run(
    'unternehmen-und-stiftungen/boese-markdown-gmbh',
    'Böse Markdown GmbH <script>',
    'bose markdown gmbh',
    category,
    HOSTILE,
    'published',
    null,
    now,
    now,
  )
  indexForSearch(
    db,
    idOf('partners', 'unternehmen-und-stiftungen/boese-markdown-gmbh') * 4,
    'Böse Markdown GmbH',
    '',
    HOSTILE,
  )
  const hidden: [string, string, number | null][] = [
    ['entwurf', 'draft', null],
    ['pruefung', 'in_review', null],
    ['archiviert', 'archived', null],
    ['geplant', 'scheduled', now + 365 * 24 * 3600 * 1000],
  ]
  const insertNews = db.prepare(
    `INSERT OR IGNORE INTO news (slug, title, lead, body, date, status, publish_at, created_at, updated_at) VALUES (?, ?, '', 'Geheimtext', '2099-01-01', ?, ?, ?, ?)`,
  )
  for (const [slug, status, publishAt] of hidden) {
    insertPartner.run(
      `unternehmen-und-stiftungen/unsichtbar-${slug}`,
      `Unsichtbar ${slug} Partner`,
      `unsichtbar ${slug}`,
      category,
      'Unsichtbarkeitstest',
      status,
      publishAt,
      now,
      now,
    )
    indexForSearch(
      db,
      idOf('partners', `unternehmen-und-stiftungen/unsichtbar-${slug}`) * 4,
      `Unsichtbar ${slug} Partner`,
      '',
      'Unsichtbarkeitstest',
    )
    insertNews.run(`unsichtbar-${slug}`, `Unsichtbar ${slug} Meldung`, status, publishAt, now, now)
    indexForSearch(
      db,
      idOf('news', `unsichtbar-${slug}`) * 4 + 1,
      `Unsichtbar ${slug} Meldung`,
      '',
      'Unsichtbarkeitstest',
    )
  }
  announce(db, ['partners', 'news', 'search'])
  db.close()
  await new Promise((resolve) => setTimeout(resolve, SYNC_DELAY_MS))
})

test('drafts, review items, archived and future scheduled items are invisible everywhere', async ({
  page,
  request,
}) => {
  for (const slug of ['entwurf', 'pruefung', 'archiviert', 'geplant']) {
    expect(
      (await request.get(`/partner/unternehmen-und-stiftungen/unsichtbar-${slug}`)).status(),
    ).toBe(404)
    expect((await request.get(`/aktuelles/unsichtbar-${slug}`)).status()).toBe(404)
  }
  for (const path of [
    '/partner?q=Unsichtbar',
    '/suche?q=Unsichtbarkeitstest',
    '/aktuelles?jahr=2099',
    '/',
    '/aktuelles',
  ]) {
    await page.goto(path)
    await expect(page.locator('main')).not.toContainText(
      /Unsichtbar (entwurf|pruefung|archiviert|geplant)|Geheimtext/,
    )
  }
  for (const path of ['/sitemap.xml', '/feed.xml']) {
    expect(await (await request.get(path)).text()).not.toContain('unsichtbar')
  }
  // The directory counts only published partners.
  await page.goto('/partner?q=Unsichtbar')
  await expect(page.getByText('Keine Partner gefunden.')).toBeVisible()
})

async function watch(page: Page) {
  const foreign: string[] = []
  const dialogs: string[] = []
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (
      url.protocol.startsWith('http') &&
      url.host !== new URL(page.url() || 'http://127.0.0.1').host &&
      !req.url().startsWith('http://127.0.0.1')
    ) {
      foreign.push(req.url())
    }
  })
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  return { foreign, dialogs }
}

test('hostile Markdown is neutralised: nothing runs, no handler attributes, no foreign images', async ({
  page,
}) => {
  const seen = await watch(page)
  const response = await page.goto('/partner/unternehmen-und-stiftungen/boese-markdown-gmbh')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Böse Markdown GmbH <script>')
  const problems = await page.locator('main').evaluate((main) => {
    const found: string[] = []
    for (const el of main.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase()
      if (['iframe', 'object', 'embed', 'svg', 'math', 'form', 'base', 'meta'].includes(tag))
        found.push(`<${tag}>`)
      if (tag === 'script' && el.getAttribute('type') !== 'application/ld+json')
        found.push('<script>')
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? ''
        if (attr.startsWith('on') || attr === 'style') found.push(`${tag}[${attr}]`)
        if (
          ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href'].includes(attr) &&
          /^\s*(javascript|data|vbscript):/i.test(value)
        )
          found.push(`${tag}[${attr}=${value}]`)
        if (tag === 'img' && attr === 'src' && !value.startsWith('/bilder/'))
          found.push(`img[src=${value}]`)
      }
    }
    return found
  })
  expect(problems).toEqual([])
  // The dangerous links lost their target: they are plain text now.
  await expect(page.locator('main a', { hasText: 'klick' }).first()).not.toHaveAttribute(
    'href',
    /.+/,
  )
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined()
  expect(seen.dialogs).toEqual([])
  expect(seen.foreign).toEqual([])
  // JSON-LD escapes "<" so the name cannot close its script element.
  expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain(
    '\\u003cscript\\u003e',
  )
})

test('visitors get no cookies, no request to another host and no console error on any page type', async ({
  page,
  context,
}) => {
  const seen = await watch(page)
  // Chromium reports every failed load (a missing favicon too) as a console error.
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(`${new URL(page.url()).pathname}: ${message.text()}`)
  })
  for (const path of [
    '/',
    '/partner',
    '/partner?q=hochschule',
    '/partner/unternehmen-und-stiftungen/it-s-owl-clustermanagement-gmb-h',
    '/aktuelles',
    '/aktuelles/go-cluster-vorhang-auf-fuer-clusterinitiativen',
    '/veranstaltungen',
    '/veranstaltungen/clustertage-2027-beispiel',
    '/suche?q=cluster',
    '/impressum',
    '/partner/karte',
    '/newsletter',
    '/en',
    '/en/partners/map',
    '/en/news/delegationen-aus-katalonien-und-frankreich-zu-gast-in-owl',
    '/en/events',
    '/en/search?q=cluster',
    '/en/newsletter',
  ]) {
    await page.goto(path, { waitUntil: 'load' })
    await page.waitForTimeout(300)
  }
  expect(errors).toEqual([])
  const icon = await page.locator('link[rel="icon"]').getAttribute('href')
  expect((await page.request.get(icon!)).status()).toBe(200)
  // The not-found page itself is the only failed load (its status is 404).
  await page.goto('/gibt-es-nicht', { waitUntil: 'load' })
  await page.waitForTimeout(300)
  expect(errors).toHaveLength(1)
  expect(seen.foreign).toEqual([])
  expect(await context.cookies()).toEqual([])
})
