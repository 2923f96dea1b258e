import fs from 'node:fs'
import { type Browser, expect, request, test } from '@playwright/test'
import { backendPage } from './helpers/backend-page'
import { captureAction, type Captured } from './helpers/captured-action'
import { openDb } from './helpers/db'

/* Headers, cookie flags, cross-site requests, oversized bodies, uploads and logs. */

const ADMIN = 'e2e/.auth/admin.json'

test('every response carries the security headers; the backend gets a nonce policy', async ({
  request: http,
}) => {
  const logo = openDb()
    .prepare('SELECT logo_image_id AS id FROM partners WHERE logo_image_id IS NOT NULL LIMIT 1')
    .get() as { id: string }
  const paths = [
    '/',
    '/partner',
    '/partner/unternehmen-und-stiftungen/it-s-owl-clustermanagement-gmb-h',
    '/aktuelles/delegationen-aus-katalonien-und-frankreich-zu-gast-in-owl',
    '/gibt-es-nicht',
    '/feed.xml',
    `/bilder/${logo.id}.webp?w=160`,
    '/login',
    '/api/health',
  ]
  for (const path of paths) {
    const response = await http.get(path)
    const headers = response.headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], path).toContain('camera=()')
    expect(headers['x-powered-by'], path).toBeUndefined()
    const csp = headers['content-security-policy'] ?? ''
    expect(csp, path).toMatch(/object-src 'none'|default-src 'none'/)
    expect(csp, path).toMatch(/frame-ancestors 'none'|sandbox/)
    expect(csp, path).not.toContain('unsafe-eval')
  }
  const image = await http.get(`/bilder/${logo.id}.webp`)
  expect(image.headers()['content-security-policy']).toContain('sandbox')
  expect(image.headers()['content-type']).toBe('image/webp')

  const admin = await request.newContext({ storageState: ADMIN })
  const page = await admin.get('/admin')
  const csp = page.headers()['content-security-policy']!
  const nonce = csp.match(/'nonce-([^']+)'/)?.[1]
  expect(nonce).toBeTruthy()
  expect(csp).toContain("'strict-dynamic'")
  expect(csp).not.toContain("script-src 'self' 'unsafe-inline'")
  expect(await page.text()).toContain(`nonce="${nonce}"`)
  expect(page.headers()['cache-control']).toMatch(/private|no-store/)
  await admin.dispose()

  expect((await http.get('/passwort-setzen?token=x')).headers()['referrer-policy']).toBe(
    'no-referrer',
  )
})

test('the backend hydrates under its policy without violations', async ({ browser }) => {
  const context = await browser.newContext({ storageState: ADMIN })
  const page = await context.newPage()
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text())
  })
  await page.goto('/admin/news/new')
  await page.getByLabel('Titel').fill('Hydriert')
  await expect(page.getByLabel('Slug')).toHaveValue('hydriert')
  await page.goto('/')
  await page.goto('/partner?q=hochschule')
  expect(violations).toEqual([])
  await context.close()
})

test('the session cookie is HttpOnly and SameSite=Lax, and carries no personal data', async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: ADMIN })
  const cookie = (await context.cookies()).find((c) => c.name.includes('authjs.session-token'))!
  expect(cookie.httpOnly).toBe(true)
  expect(cookie.sameSite).toBe('Lax')
  expect(cookie.value).not.toContain('admin@example.org')
  // Over HTTPS (behind the proxy) Auth.js adds Secure and the __Secure- prefix; locally it is http.
  expect(cookie.secure).toBe(cookie.name.startsWith('__Secure-'))
  await context.close()
})

test('the proxy cannot be skipped with x-middleware-subrequest', async () => {
  const visitor = await request.newContext()
  for (const value of [
    'middleware:middleware:middleware:middleware:middleware',
    'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
    'proxy:proxy:proxy:proxy:proxy',
  ]) {
    const response = await visitor.get('/admin/users', {
      headers: { 'x-middleware-subrequest': value },
      maxRedirects: 0,
    })
    expect([302, 307, 308]).toContain(response.status())
    expect(response.headers().location).toMatch(/\/login/)
    expect(await response.text()).not.toContain('admin@example.org')
  }
  await visitor.dispose()
})

/** Renames a category in the backend and returns the server action request, which is dropped. */
async function captureCategoryRename(browser: Browser): Promise<Captured> {
  const page = await backendPage(browser, 'admin')
  const captured = await captureAction(page, async (arm) => {
    await page.goto('/admin/categories')
    const row = page
      .locator('form')
      .filter({ has: page.getByLabel('Name') })
      .first()
    const name = row.getByLabel('Name')
    await name.fill(`${await name.inputValue()} (fremd)`)
    arm()
    await row.getByRole('button', { name: 'Speichern' }).click()
  })
  await page.context().close()
  const headers = { ...captured.headers }
  for (const name of ['cookie', 'content-length', 'origin', 'host']) delete headers[name]
  return { ...captured, headers }
}

const categoryNames = () =>
  JSON.stringify(openDb().prepare('SELECT name FROM categories ORDER BY id').all())

test('a server action from another site, or without origin, changes nothing', async ({
  browser,
  baseURL,
}) => {
  const captured = await captureCategoryRename(browser)
  const admin = await request.newContext({ storageState: ADMIN })
  const before = categoryNames()
  // Posted to the page it belongs to, or to any other address (actions are found by their id).
  for (const url of [captured.url, `${baseURL}/`])
    for (const origin of ['https://evil.example', null, 'null', 'not a url']) {
      const headers = origin ? { ...captured.headers, origin } : captured.headers
      const response = await admin.post(url, { headers, data: captured.body, maxRedirects: 0 })
      expect(response.status(), `${url} with origin ${origin}`).toBe(403)
      expect(await response.text()).toContain('Anfrage abgelehnt')
      expect(response.headers()['x-content-type-options']).toBe('nosniff')
      expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(categoryNames()).toBe(before)
    }
  // The same request from our own origin works.
  await admin.post(captured.url, {
    headers: { ...captured.headers, origin: baseURL! },
    data: captured.body,
  })
  expect(categoryNames()).not.toBe(before)
  await admin.dispose()
})

test('a server action body over 1 MB is refused', async ({ browser, baseURL }) => {
  const captured = await captureCategoryRename(browser)
  const admin = await request.newContext({ storageState: ADMIN })
  const before = categoryNames()
  const body = Buffer.from(
    captured.body.toString('utf8').replace(' (fremd)', 'x'.repeat(1_100_000)),
  )
  const response = await admin.post(captured.url, {
    headers: { ...captured.headers, origin: baseURL! },
    data: body,
    maxRedirects: 0,
  })
  expect(response.status()).toBe(413)
  expect(categoryNames()).toBe(before)
  await admin.dispose()
})

test('uploads: only real images, stored under a generated name; traversal leads nowhere', async () => {
  const admin = await request.newContext({ storageState: ADMIN })
  const upload = (name: string, buffer: Buffer, mimeType: string) =>
    admin.post('/admin/upload', {
      headers: { origin: 'http://127.0.0.1' },
      multipart: { kind: 'logo', file: { name, mimeType, buffer } },
    })
  const sameOrigin = (await admin.get('/')).url().replace(/\/$/, '')
  const post = (name: string, buffer: Buffer, mimeType: string) =>
    admin.post('/admin/upload', {
      headers: { origin: sameOrigin },
      multipart: { kind: 'logo', file: { name, mimeType, buffer } },
    })

  expect((await upload('x.png', Buffer.from('x'), 'image/png')).status()).toBe(403)
  const html = await post(
    'logo.png',
    Buffer.from('<html><script>alert(1)</script></html>'),
    'image/png',
  )
  expect(html.status()).toBe(400)
  expect((await html.json()).error).toMatch(/kein unterstütztes Bild/)
  const pdf = await post('logo.png', Buffer.from('%PDF-1.4 fake'), 'image/png')
  expect(pdf.status()).toBe(400)

  const png = fs.readFileSync('db/seed/logos/its-OWL-1.png')
  const traversal = await post('../../etc/passwd.png', png, 'image/png')
  expect(traversal.status()).toBe(201)
  const { id } = (await traversal.json()) as { id: string }
  expect(id).toMatch(/^[0-9a-f-]{36}$/)
  const served = await admin.get(`/bilder/${id}.webp`)
  expect(served.headers()['content-type']).toBe('image/webp')
  expect(fs.existsSync('/etc/passwd.png')).toBe(false)

  const visitor = await request.newContext()
  expect(
    (
      await visitor.post('/admin/upload', {
        headers: { origin: sameOrigin },
        multipart: { kind: 'logo', file: { name: 'a.png', mimeType: 'image/png', buffer: png } },
      })
    ).status(),
  ).toBe(401)
  for (const path of [
    '/bilder/../../data/portal.db',
    '/bilder/%2e%2e%2f%2e%2e%2fportal.db',
    `/bilder/${id}.png`,
    '/bilder/nicht-da.webp',
  ]) {
    expect((await visitor.get(path)).status(), path).toBe(404)
  }
  await visitor.dispose()
  await admin.dispose()
})

test('the health check answers', async ({ request: http }) => {
  const response = await http.get('/api/health')
  expect(response.status()).toBe(200)
  expect(await response.json()).toEqual({ status: 'ok' })
})

test('hostile query strings and paths never get a server error', async ({ request }) => {
  const junk = [
    'seite=-1',
    'seite=abc',
    'seite=1e309',
    'seite=99999999999999999999',
    'jahr=__proto__',
    'tag=constructor',
    'kategorie[]=x',
    'kategorie=../../etc/passwd',
    'buchstabe=%C3%84%C3%84',
    'q=%00',
    'q=a&q=b&q=c',
    'q=%E0%A4%A',
    `q=${'%22'.repeat(2000)}`,
    `q=${'a*'.repeat(3000)}`,
    'q=NEAR(a%20b,%20-1)',
    'q=%F0%9F%98%80%F0%9F%98%80',
  ]
  const bases = ['/partner', '/aktuelles', '/veranstaltungen', '/veranstaltungen/archiv', '/suche']
  for (const base of bases)
    for (const query of junk) {
      const response = await request.get(`${base}?${query}`, { maxRedirects: 0 })
      expect(response.status(), `${base}?${query}`).toBeLessThan(500)
    }
  for (const path of [
    '/partner/%2e%2e/%2e%2e/etc/passwd',
    '/aktuelles/..%2f..%2fpackage.json',
    '/bilder/..%2f..%2fdata%2fportal.db',
    '/veranstaltungen/%00/kalender.ics',
    `/${'x'.repeat(4000)}`,
    '/partner/a/b/c/d',
    '/%E0%A4%A',
  ]) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBeLessThan(500)
    expect(await response.text()).not.toContain('SQLite format')
  }
})
