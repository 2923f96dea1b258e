import { expect, request, test } from '@playwright/test'
import { ACCOUNTS } from './helpers/accounts'
import { backendPage } from './helpers/backend-page'
import { captureAction, sendAs, storageOf, type Captured } from './helpers/captured-action'
import { openDb } from './helpers/db'
import { MATRIX, PASSWORD_ONLY, type MatrixRole } from './helpers/matrix'
import { TRIGGERS, idOf } from './helpers/matrix-triggers'
import { withSecondFactorPolicy } from './helpers/second-factor'

/*
 * Every server action, tried by every role over HTTP. Each action is performed once in the
 * browser by a role that may use it; the request is captured and NOT sent. It is then replayed,
 * byte for byte, with the cookies of each role that may not use it (and with none): the database
 * must be unchanged afterwards. Finally it is replayed with the allowed role's cookies, and the
 * database must change — which proves the captured request was a real, working one.
 */

test.describe.configure({ mode: 'serial' })

function fingerprint(): string {
  const db = openDb()
  try {
    const parts = [
      'SELECT id, slug, title, lead, status, partner_id, updated_at FROM news ORDER BY id',
      'SELECT id, slug, title, summary, status, updated_at FROM events ORDER BY id',
      'SELECT id, slug, name, city, website, status, logo_image_id, updated_at FROM partners ORDER BY id',
      'SELECT id, slug, title, updated_at FROM pages ORDER BY id',
      'SELECT id, name, slug, sort_order FROM categories ORDER BY id',
      'SELECT id, email, role, state, partner_id, session_version FROM users ORDER BY id',
      'SELECT id, partner_id, status, data FROM submissions ORDER BY id',
      'SELECT id, entity_type, entity_id, slug, title, body, status, updated_at FROM translations ORDER BY id',
      'SELECT count(*) FROM auth_tokens',
      'SELECT count(*) FROM revisions',
      'SELECT id, subject, intro, items, state, scheduled_at FROM newsletter_issues ORDER BY id',
      'SELECT id, email, state FROM newsletter_subscribers ORDER BY id',
      'SELECT count(*) FROM mail_outbox',
      'SELECT id, entity_id, revoked_at FROM preview_links ORDER BY id',
      'SELECT id FROM images ORDER BY id',
    ].map((sql) => JSON.stringify(db.prepare(sql).all()))
    return parts.join('\n')
  } finally {
    db.close()
  }
}

/** Only partner A's organisation: its profile and its submissions. */
function partnerAFingerprint(): string {
  const db = openDb()
  try {
    const id = (
      db.prepare('SELECT id FROM partners WHERE slug = ?').get(ACCOUNTS.partnerA.partnerSlug) as {
        id: number
      }
    ).id
    return JSON.stringify([
      db.prepare('SELECT * FROM partners WHERE id = ?').all(id),
      db
        .prepare('SELECT id, status, data FROM submissions WHERE partner_id = ? ORDER BY id')
        .all(id),
    ])
  } finally {
    db.close()
  }
}

async function replay(role: MatrixRole, captured: Captured, baseURL: string): Promise<number> {
  // An editor without a second factor while the policy asks editors for one.
  if (role === PASSWORD_ONLY)
    return withSecondFactorPolicy(['editor'], () => sendAs(role, captured, baseURL))
  return sendAs(role, captured, baseURL)
}

for (const row of MATRIX) {
  test(`${row.action}: only ${row.as === 'partnerA' ? 'the own partner' : row.as === 'admin' ? 'admins' : 'editors and admins'}`, async ({
    browser,
    baseURL,
  }) => {
    const trigger = TRIGGERS[row.action]
    expect(trigger, `a trigger for ${row.action}`).toBeDefined()
    // A click before hydration would submit the form natively, past the capture.
    const page = await backendPage(browser, row.as)
    const captured = await captureAction(page, (arm) => trigger!(page, arm))
    await page.context().close()

    let before = fingerprint()
    for (const role of row.denied) {
      const status = await replay(role, captured, baseURL!)
      expect(status, `${role} gets no server error`).toBeLessThan(500)
      expect(fingerprint(), `${row.action} replayed as ${role} changed nothing`).toBe(before)
    }
    for (const role of row.ownOrganisationOnly ?? []) {
      const own = partnerAFingerprint()
      expect(await replay(role, captured, baseURL!)).toBeLessThan(500)
      expect(partnerAFingerprint(), `${row.action} replayed as ${role} left partner A alone`).toBe(
        own,
      )
    }
    before = fingerprint()
    // The same request with the allowed role's session does its work.
    await replay(row.as, captured, baseURL!)
    await expect
      .poll(fingerprint, { message: `${row.action} as ${row.as} took effect` })
      .not.toBe(before)
  })
}

test('drafts and backend pages stay closed to those who may not see them', async ({
  browser,
  baseURL,
}) => {
  // Fourteen pages, each in a fresh browser context.
  test.setTimeout(120_000)
  const draft = idOf('news', 'slug', 'matrix-entwurf-partner-a')
  // Refused means: sent to the login page, or the German 403 page – and nothing of the item shown.
  const cases: [MatrixRole, string, 'login' | 'forbidden' | 'setup'][] = [
    ['visitor', `/admin/news/${draft}`, 'login'],
    ['partnerB', `/admin/news/${draft}`, 'forbidden'],
    ['partnerB', `/admin/news/${draft}/versionen`, 'forbidden'],
    ['partnerA', '/admin/users', 'forbidden'],
    ['partnerA', '/admin/audit', 'forbidden'],
    ['partnerA', '/admin/partners', 'forbidden'],
    ['editor', '/admin/users', 'forbidden'],
    ['editor', '/admin/pages', 'forbidden'],
    ['disabled', '/admin', 'login'],
    ...['/admin', `/admin/news/${draft}`, '/admin/news', '/admin/events', '/admin/partners'].map(
      (path): [MatrixRole, string, 'setup'] => [PASSWORD_ONLY, path, 'setup'],
    ),
  ]
  for (const [role, path, expected] of cases) {
    const context = await browser.newContext({ storageState: storageOf(role) })
    const page = await context.newPage()
    if (expected === 'setup') {
      // Every backend page sends the editor without a compulsory second factor to its setup.
      await withSecondFactorPolicy(['editor'], async () => {
        await page.goto(`${baseURL}${path}`)
        await expect(page, `${role} on ${path}`).toHaveURL(/\/admin\/konto\?einrichten=1/)
        await expect(
          page.getByRole('alert').filter({ hasText: 'zweiter Faktor Pflicht' }),
        ).toBeVisible()
      })
    } else await page.goto(`${baseURL}${path}`)
    if (expected === 'login') await expect(page, `${role} on ${path}`).toHaveURL(/\/login/)
    else if (expected === 'forbidden')
      await expect(
        page.getByRole('heading', { name: 'Keine Berechtigung' }),
        `${role} on ${path}`,
      ).toBeVisible()
    await expect(page.locator('body')).not.toContainText('Matrix: Entwurf von Partner A')
    await context.close()
  }
  expect(
    (
      await (await request.newContext()).get(`${baseURL}/aktuelles/matrix-entwurf-partner-a`)
    ).status(),
  ).toBe(404)
})
