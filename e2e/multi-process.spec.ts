import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { E2E_DB_FILE, scalar } from './helpers/db'

/*
 * Several portal processes on one database file, and writers that are no server at all: a change
 * made through one process, or by the command-line importer, shows on every process within a
 * second — and every process expires its caches through Next's documented APIs only.
 */

test.describe.configure({ mode: 'serial' })

const PORT_A = Number(process.env.E2E_PORT || 3210)
const PORT_B = PORT_A + 50
const B = `http://127.0.0.1:${PORT_B}`
let serverB: ChildProcess

/** Polls `url` until its text contains `needle`; the time it took, or null after `withinMs`. */
async function seenWithin(
  request: APIRequestContext,
  url: string,
  needle: string,
  withinMs: number,
): Promise<number | null> {
  const start = Date.now()
  while (Date.now() - start <= withinMs) {
    const text = await (await request.get(url)).text()
    if (text.includes(needle)) return Date.now() - start
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return null
}

test.beforeAll(async ({ request }) => {
  serverB = spawn(process.execPath, ['server.mjs'], {
    env: {
      ...process.env,
      PORT: String(PORT_B),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${E2E_DB_FILE}`,
      SITE_URL: `http://127.0.0.1:${PORT_A}`,
      AUTH_SECRET: 'e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz',
      QUERY_LOG_FILE: '',
    },
    stdio: 'ignore',
  })
  for (let i = 0; i < 300; i++) {
    const ok = await request
      .get(`${B}/api/health`)
      .then((response) => response.ok())
      .catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('second portal process did not start')
})

test.afterAll(() => {
  serverB?.kill('SIGTERM')
})

test('the second process serves the content, not the empty build', async ({ request }) => {
  const title = scalar<string>(
    "SELECT title FROM news WHERE status = 'published' ORDER BY date DESC LIMIT 1",
  )
  const html = await (await request.get(`${B}/aktuelles`)).text()
  expect(html).toContain(title.replaceAll('&', '&amp;').replaceAll('"', '&quot;'))
})

test('an edit made through one process shows on the other within a second', async ({
  browser,
  request,
}) => {
  const slug = scalar<string>(
    "SELECT slug FROM news WHERE status = 'published' ORDER BY date DESC LIMIT 1 OFFSET 2",
  )
  const id = scalar<number>('SELECT id FROM news WHERE slug = ?', slug)
  // Both processes have the article cached before the edit.
  await request.get(`/aktuelles/${slug}`)
  await request.get(`${B}/aktuelles/${slug}`)

  const editor = await (
    await browser.newContext({ storageState: 'e2e/.auth/editor.json' })
  ).newPage()
  await editor.goto(`/admin/news/${id}`)
  await editor.locator('form[data-ready]').first().waitFor()
  const title = editor.getByLabel('Titel')
  const changed = `${await title.inputValue()} (auf Server A geändert)`
  await title.fill(changed)
  await editor.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(editor.getByRole('status').first()).toHaveText('Gespeichert.')
  await editor.context().close()

  const escaped = changed.replaceAll('&', '&amp;')
  expect(await (await request.get(`/aktuelles/${slug}`)).text()).toContain(escaped)
  expect(await seenWithin(request, `${B}/aktuelles/${slug}`, escaped, 1000)).not.toBeNull()
})

test('a profile imported on the command line shows on both processes within a second', async ({
  request,
}) => {
  const partner = scalar<string>(
    "SELECT slug FROM partners WHERE status = 'published' ORDER BY id DESC LIMIT 1",
  )
  const url = `/partner/${partner}`
  await request.get(url)
  await request.get(`${B}${url}`)

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterportal-import-'))
  const marker = `Neu eingelesen ${Date.now()}`
  const name = scalar<string>('SELECT name FROM partners WHERE slug = ?', partner)
  const category = scalar<string>(
    'SELECT c.name FROM partners p JOIN categories c ON c.id = p.category_id WHERE p.slug = ?',
    partner,
  )
  fs.writeFileSync(
    path.join(folder, 'profil.md'),
    `---\nname: ${JSON.stringify(name)}\nslug: ${JSON.stringify(partner)}\ncategory: ${JSON.stringify(category)}\n---\n\n${marker}\n`,
  )
  const run = spawnSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'scripts/import.ts', folder],
    { env: { ...process.env, DATABASE_URL: `file:${E2E_DB_FILE}` }, encoding: 'utf8' },
  )
  expect(run.stdout).toContain('updated 1')

  expect(await seenWithin(request, url, marker, 1000)).not.toBeNull()
  expect(await seenWithin(request, `${B}${url}`, marker, 1000)).not.toBeNull()
})

test('the internal expiry route answers nobody without the process secret', async ({ request }) => {
  const response = await request.post('/api/intern/cache', {
    data: { tags: ['content'] },
    headers: { origin: `http://127.0.0.1:${PORT_A}`, 'x-clusterportal-intern': 'geraten' },
  })
  expect(response.status()).toBe(404)
})

test.describe('npm start with several worker processes on one port', () => {
  const PORT_C = PORT_A + 52
  const C = `http://127.0.0.1:${PORT_C}`
  let cluster: ChildProcess

  test.beforeAll(async ({ request }) => {
    cluster = spawn(process.execPath, ['server-cluster.mjs'], {
      env: {
        ...process.env,
        WORKERS: '3',
        PORT: String(PORT_C),
        HOST: '127.0.0.1',
        DATABASE_URL: `file:${E2E_DB_FILE}`,
        SITE_URL: `http://127.0.0.1:${PORT_A}`,
        AUTH_SECRET: 'e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz',
        QUERY_LOG_FILE: '',
        SEARCH_BURST: '100000',
      },
      stdio: 'ignore',
    })
    for (let i = 0; i < 600; i++) {
      const ok = await request
        .get(`${C}/api/health`)
        .then((response) => response.ok())
        .catch(() => false)
      if (ok) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error('the worker processes did not start')
  })

  test.afterAll(() => {
    cluster?.kill('SIGTERM')
  })

  test('a change from outside shows on every worker within a second', async ({ request }) => {
    const partner = scalar<string>(
      "SELECT slug FROM partners WHERE status = 'published' ORDER BY id DESC LIMIT 1 OFFSET 1",
    )
    const url = `${C}/partner/${partner}`
    // Every worker has the profile stored before the change (requests go round the workers).
    for (let i = 0; i < 8; i++) expect((await request.get(url)).status()).toBe(200)

    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterportal-import-'))
    const marker = `Von allen Prozessen gezeigt ${Date.now()}`
    const name = scalar<string>('SELECT name FROM partners WHERE slug = ?', partner)
    const category = scalar<string>(
      'SELECT c.name FROM partners p JOIN categories c ON c.id = p.category_id WHERE p.slug = ?',
      partner,
    )
    fs.writeFileSync(
      path.join(folder, 'profil.md'),
      `---\nname: ${JSON.stringify(name)}\nslug: ${JSON.stringify(partner)}\ncategory: ${JSON.stringify(category)}\n---\n\n${marker}\n`,
    )
    const run = spawnSync(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'scripts/import.ts', folder],
      { env: { ...process.env, DATABASE_URL: `file:${E2E_DB_FILE}` }, encoding: 'utf8' },
    )
    expect(run.stdout).toContain('updated 1')

    expect(await seenWithin(request, url, marker, 1000)).not.toBeNull()
    // Then every worker answers with the change, not only the one that answered first.
    for (let i = 0; i < 8; i++) expect(await (await request.get(url)).text()).toContain(marker)
  })

  test('exactly one process runs the scheduler; when it stops, another takes over', async () => {
    const holder = async () => {
      for (let i = 0; i < 100; i++) {
        const value = scalar<string | undefined>(
          "SELECT holder FROM leases WHERE name = 'scheduler' AND expires_at > ?",
          Date.now(),
        )
        if (value) return value
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error('nobody holds the scheduler lease')
    }
    const first = await holder()
    const pid = Number(first.split(':')[1])
    expect(pid).toBeGreaterThan(0)
    // A stopped process renews nothing, as if it had died.
    process.kill(pid, 'SIGSTOP')
    try {
      let next = first
      for (let i = 0; i < 150 && next === first; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        next =
          scalar<string | undefined>("SELECT holder FROM leases WHERE name = 'scheduler'") ?? first
      }
      expect(next).not.toBe(first)
      expect(Number(next.split(':')[1])).not.toBe(pid)
    } finally {
      process.kill(pid, 'SIGCONT')
    }
  })
})
