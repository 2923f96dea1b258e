import fs from 'node:fs'
import http from 'node:http'
import { expect, request, test, type Page } from '@playwright/test'
import { backendPage } from './helpers/backend-page'
import { announce, openDb, scalar } from './helpers/db'

/*
 * What a visitor or an editor would notice: a decision on a proposal holds for the version the
 * editor saw; uploads are refused before their body is read unless the sender is signed in, and
 * the import takes what it promises; images and topics of drafts stay out of public view.
 */

const PORT = Number(process.env.E2E_PORT || 3210)
const ORIGIN = `http://127.0.0.1:${PORT}`

async function propose(partner: Page, title: string): Promise<string> {
  await partner.goto('/admin/news/new')
  await partner.getByLabel('Titel').fill(title)
  await partner.getByLabel('Text', { exact: true }).fill('Erste Fassung.')
  await partner.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
  await expect(partner.getByRole('status').first()).toContainText('Zur Prüfung eingereicht')
  return partner.url().replace(/\?.*$/, '')
}

test('an approval is refused when the partner changed the proposal after the editor looked', async ({
  browser,
}) => {
  const title = 'Vorschlag: Sommerfest mit Fassungswechsel'
  const partner = await backendPage(browser, 'partnerA')
  const url = await propose(partner, title)
  const id = Number(url.split('/').pop())

  const editor = await backendPage(browser, 'editor')
  await editor.goto('/admin/review')
  await expect(editor.getByRole('button', { name: `${title} freigeben` })).toBeVisible()

  // Meanwhile the partner swaps the text and hands it in again.
  await partner.goto(url)
  await partner.getByLabel('Text', { exact: true }).fill('Ganz andere, ungeprüfte Fassung.')
  await partner.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
  await expect(partner.getByRole('status').first()).toContainText('Zur Prüfung eingereicht')

  await editor.getByRole('button', { name: `${title} freigeben` }).click()
  await expect(
    editor.getByRole('alert').filter({ hasText: 'Der Eintrag wurde seit Ihrer Prüfung geändert' }),
  ).toBeVisible()
  expect(scalar<string>('SELECT status FROM news WHERE id = ?', id)).toBe('in_review')

  // Two approvals of the version now shown, sent at once: exactly one counts.
  const second = await backendPage(browser, 'editor')
  await editor.goto('/admin/review')
  await second.goto('/admin/review')
  await Promise.all(
    [editor, second].map((page) =>
      page.getByRole('button', { name: `${title} freigeben` }).click(),
    ),
  )
  const outcomes = await Promise.all(
    [editor, second].map(async (page) => {
      await expect(
        page.getByText(/Entscheidung gespeichert|wartet nicht \(mehr\) auf Prüfung/),
      ).toBeVisible()
      return (await page.getByText('Entscheidung gespeichert.').count()) > 0
    }),
  )
  expect(outcomes.filter(Boolean)).toHaveLength(1)
  expect(scalar<string>('SELECT status FROM news WHERE id = ?', id)).toBe('published')
  expect(
    scalar<number>(
      "SELECT count(*) FROM audit_log WHERE action = 'news.review_approve' AND entity_id = ?",
      String(id),
    ),
  ).toBe(1)
  expect(scalar<string>('SELECT body FROM news WHERE id = ?', id)).toBe(
    'Ganz andere, ungeprüfte Fassung.',
  )
  for (const page of [partner, editor, second]) await page.context().close()
})

/** The Cookie header of a role's stored session. */
function cookieOf(role: string): string {
  const state = JSON.parse(fs.readFileSync(`e2e/.auth/${role}.json`, 'utf8')) as {
    cookies: { name: string; value: string }[]
  }
  return state.cookies.map((c) => `${c.name}=${c.value}`).join('; ')
}

/** A POST that declares `declared` bytes and sends only the first 64 KB of them, slowly. */
function slowPost(
  path: string,
  declared: number,
  cookie?: string,
): Promise<{ status: number; ms: number; csp?: string }> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const req = http.request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: {
        ...(cookie ? { cookie } : {}),
        origin: ORIGIN,
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(declared),
      },
    })
    req.on('response', (res) => {
      resolve({
        status: res.statusCode ?? 0,
        ms: Date.now() - started,
        csp: String(res.headers['content-security-policy'] ?? ''),
      })
      res.resume()
      req.destroy()
    })
    req.on('error', (error) => {
      if (!req.destroyed) reject(error)
    })
    req.write(Buffer.alloc(64 * 1024, 'a'))
    // The rest never comes: a server that waits for the body would never answer.
    setTimeout(() => {
      req.destroy()
      resolve({ status: 0, ms: Date.now() - started })
    }, 10_000)
  })
}

test('anonymous uploads, and imports by non-admins, are refused before their body is read', async () => {
  for (const path of ['/admin/import/upload', '/admin/upload']) {
    const { status, ms, csp } = await slowPost(path, 100 * 1024 * 1024)
    expect(status, path).toBe(401)
    expect(ms, path).toBeLessThan(5000)
    expect(csp, path).toContain("default-src 'none'")
  }
  const partner = await slowPost('/admin/import/upload', 100 * 1024 * 1024, cookieOf('partnerA'))
  expect(partner.status).toBe(403)
  expect(partner.ms).toBeLessThan(5000)
})

test('an import larger than 10 MB arrives whole', async () => {
  const admin = await request.newContext({ baseURL: ORIGIN, storageState: 'e2e/.auth/admin.json' })
  const form = new FormData()
  form.append(
    'files',
    new Blob([fs.readFileSync('db/seed/partners/aerztenetz-digital.md')]),
    'aerztenetz-digital.md',
  )
  form.append('files', new Blob([Buffer.alloc(11 * 1024 * 1024, 7)]), 'anhang.bin')
  form.append('mode', 'dryrun')
  const response = await admin.post('/admin/import/upload', {
    headers: { origin: ORIGIN },
    multipart: form,
  })
  const body = (await response.json()) as { summary?: Record<string, number>; error?: string }
  expect(response.status(), body.error).toBe(200)
  expect(Object.values(body.summary ?? {}).reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
  await admin.dispose()
})

test("a draft's uploaded image is not served to visitors or other partners", async ({
  request: visitor,
}) => {
  const partnerA = await request.newContext({
    baseURL: ORIGIN,
    storageState: 'e2e/.auth/partnerA.json',
  })
  const partnerB = await request.newContext({
    baseURL: ORIGIN,
    storageState: 'e2e/.auth/partnerB.json',
  })
  const uploaded = await partnerA.post('/admin/upload', {
    headers: { origin: ORIGIN },
    multipart: {
      kind: 'photo',
      file: {
        name: 'foto.png',
        mimeType: 'image/png',
        buffer: fs.readFileSync('db/seed/logos/its-OWL-1.png'),
      },
    },
  })
  expect(uploaded.status()).toBe(201)
  const { id } = (await uploaded.json()) as { id: string }
  expect((await partnerA.get(`/bilder/${id}.webp`)).status()).toBe(200)
  expect((await partnerA.get(`/bilder/${id}.webp`)).headers()['cache-control']).toMatch(/private/)
  expect((await partnerB.get(`/bilder/${id}.webp`)).status()).toBe(404)
  expect((await visitor.get(`/bilder/${id}.webp?w=320`)).status()).toBe(404)
  await partnerA.dispose()
  await partnerB.dispose()
})

test('an image stops being served when its item is unpublished', async ({ request: visitor }) => {
  const logo = scalar<string>(
    "SELECT logo_image_id FROM partners WHERE logo_image_id IS NOT NULL AND status = 'published' AND logo_image_id NOT IN (SELECT logo_image_id FROM partners WHERE status != 'published' AND logo_image_id IS NOT NULL) LIMIT 1",
  )
  const partnerId = scalar<number>('SELECT id FROM partners WHERE logo_image_id = ?', logo)
  const path = `/bilder/${logo}.webp?w=160`
  const shown = await visitor.get(path)
  expect(shown.status()).toBe(200)
  expect(shown.headers()['cache-control']).toBe('public, max-age=300')
  const setStatus = (status: string) => {
    const db = openDb(false)
    try {
      db.prepare('UPDATE partners SET status = ? WHERE id = ?').run(status, partnerId)
      announce(db, ['partners', `partner:${partnerId}`])
    } finally {
      db.close()
    }
  }
  setStatus('draft')
  try {
    await expect.poll(async () => (await visitor.get(path)).status()).toBe(404)
  } finally {
    setStatus('published')
  }
  await expect.poll(async () => (await visitor.get(path)).status()).toBe(200)
})

test('a tag only a draft carries does not appear on /aktuelles', async ({ page }) => {
  const db = openDb(false)
  const at = Date.now()
  try {
    const tagId = db
      .prepare(
        "INSERT INTO tags (name, slug) VALUES ('Skandal bei der Konkurrenz', 'skandal-bei-der-konkurrenz') RETURNING id",
      )
      .pluck()
      .get() as number
    const newsId = db
      .prepare(
        "INSERT INTO news (slug, title, lead, body, date, status, created_at, updated_at) VALUES ('entwurf-mit-thema', 'Entwurf mit Thema', '', 'Text', '2026-11-20', 'draft', ?, ?) RETURNING id",
      )
      .pluck()
      .get(at, at) as number
    db.prepare('INSERT INTO news_tags (news_id, tag_id) VALUES (?, ?)').run(newsId, tagId)
    announce(db, ['news'])
  } finally {
    db.close()
  }
  await page.goto('/aktuelles?tag=skandal-bei-der-konkurrenz')
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('Skandal')
  expect(await page.content()).not.toContain('Skandal bei der Konkurrenz')
})
