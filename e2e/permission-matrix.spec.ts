import fs from 'node:fs'
import { expect, request, test, type Page } from '@playwright/test'
import { ACCOUNTS } from './helpers/accounts'
import { backendPage } from './helpers/backend-page'
import { captureAction, sendAs, storageOf, type Captured } from './helpers/captured-action'
import { openDb } from './helpers/db'
import { MATRIX, PASSWORD_ONLY, type MatrixRole } from './helpers/matrix'
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

function idOf(table: string, column: string, value: string): number {
  const db = openDb()
  try {
    return (db.prepare(`SELECT id FROM ${table} WHERE ${column} = ?`).get(value) as { id: number })
      .id
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

async function saveAndWait(page: Page, button: string) {
  await page.getByRole('button', { name: button, exact: true }).click()
  await expect(page.getByRole('status').first()).toBeVisible()
}

/** A newsletter issue planted for one trigger: a draft, or one planned for next year. */
function plantIssue(subject: string, scheduled = false): number {
  const db = openDb(false)
  try {
    const at = Date.now()
    return Number(
      db
        .prepare(
          'INSERT INTO newsletter_issues (subject, intro, items, state, scheduled_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          subject,
          'Matrix',
          '[]',
          scheduled ? 'scheduled' : 'draft',
          scheduled ? at + 365 * 86_400_000 : null,
          at,
          at,
        ).lastInsertRowid,
    )
  } finally {
    db.close()
  }
}

function plantSubscriber(email: string): void {
  const db = openDb(false)
  try {
    const at = Date.now()
    db.prepare(
      "INSERT INTO newsletter_subscribers (email, state, topics, locale, manage_key, requested_at, consent_text, created_at, updated_at) VALUES (?, 'confirmed', '[\"news\"]', 'de', ?, ?, 'Matrix', ?, ?)",
    ).run(email, `matrix-key-${at}`, at, at, at)
  } finally {
    db.close()
  }
}

const TRIGGERS: Record<string, (page: Page, arm: () => void) => Promise<void>> = {
  saveNewsletterIssueAction: async (page, arm) => {
    await page.goto('/admin/newsletter/new')
    await page.getByLabel('Betreff').fill('Matrix: neue Ausgabe')
    arm()
    await page.getByRole('button', { name: 'Entwurf speichern' }).click()
  },
  sendNewsletterTestAction: async (page, arm) => {
    await page.goto(`/admin/newsletter/${plantIssue('Matrix: Testversand')}`)
    arm()
    await page.getByRole('button', { name: 'Testversand an mich' }).click()
  },
  sendNewsletterIssueAction: async (page, arm) => {
    await page.goto(`/admin/newsletter/${plantIssue('Matrix: Senden')}`)
    arm()
    await page.getByRole('button', { name: 'Senden', exact: true }).click()
  },
  planNewsletterIssueAction: async (page, arm) => {
    await page.goto(`/admin/newsletter/${plantIssue('Matrix: Planen')}`)
    await page.getByLabel('Zeitpunkt (Europe/Berlin)').fill('2030-05-04T09:30')
    arm()
    await page.getByRole('button', { name: 'Planen' }).click()
  },
  unplanNewsletterIssueAction: async (page, arm) => {
    await page.goto(`/admin/newsletter/${plantIssue('Matrix: geplant', true)}`)
    arm()
    await page.getByRole('button', { name: 'Planung aufheben' }).click()
  },
  deleteNewsletterSubscriberAction: async (page, arm) => {
    plantSubscriber('matrix-abo@example.org')
    await page.goto('/admin/newsletter/abonnenten')
    const row = page.getByRole('row').filter({ hasText: 'matrix-abo@example.org' })
    arm()
    await row.getByRole('button', { name: 'Endgültig löschen' }).click()
  },
  saveNewsAction: async (page, arm) => {
    await page.goto('/admin/news/new')
    await page.getByLabel('Titel').fill('Matrix: neu veröffentlicht')
    arm()
    await page.getByRole('button', { name: 'Veröffentlichen' }).click()
  },
  'saveNewsAction (Vorschlag)': async (page, arm) => {
    await page.goto(`/admin/news/${idOf('news', 'slug', 'matrix-entwurf-partner-a')}`)
    await page.getByLabel('Vorspann').fill('Geändert von Partner A')
    arm()
    await page.getByRole('button', { name: 'Entwurf speichern' }).click()
  },
  deleteImageAction: async (page, arm) => {
    // An unused image: uploaded, never attached.
    await page.goto('/admin/medien')
    const uploaded = await page.request.post('/admin/upload', {
      headers: { origin: new URL(page.url()).origin },
      multipart: {
        kind: 'logo',
        file: {
          name: 'matrix.png',
          mimeType: 'image/png',
          buffer: fs.readFileSync('db/seed/logos/th-beispielstadt.png'),
        },
      },
    })
    const { id } = (await uploaded.json()) as { id: string }
    await page.goto('/admin/medien')
    arm()
    await page
      .getByRole('row')
      .filter({ has: page.locator(`img[src^="/bilder/${id}.webp"]`) })
      .getByRole('button', { name: /^Bild löschen/ })
      .click()
  },
  createPreviewLinkAction: async (page, arm) => {
    await page.goto(`/admin/news/${idOf('news', 'slug', 'matrix-zum-zurueckziehen')}`)
    arm()
    await page.getByRole('button', { name: 'Vorschau-Link erzeugen' }).click()
  },
  'createPreviewLinkAction (Vorschlag)': async (page, arm) => {
    await page.goto(`/admin/news/${idOf('news', 'slug', 'matrix-entwurf-partner-a')}`)
    arm()
    await page.getByRole('button', { name: 'Vorschau-Link erzeugen' }).click()
  },
  'createPreviewLinkAction (Termin)': async (page, arm) => {
    await page.goto(`/admin/events/${idOf('events', 'slug', 'matrix-termin-zum-zurueckziehen')}`)
    arm()
    await page.getByRole('button', { name: 'Vorschau-Link erzeugen' }).click()
  },
  'createPreviewLinkAction (Terminvorschlag)': async (page, arm) => {
    await page.goto(`/admin/events/${idOf('events', 'slug', 'matrix-termin-vorschlag')}`)
    arm()
    await page.getByRole('button', { name: 'Vorschau-Link erzeugen' }).click()
  },
  revokePreviewLinkAction: async (page, arm) => {
    await page.goto(`/admin/news/${idOf('news', 'slug', 'matrix-zum-zurueckziehen')}`)
    await page.getByRole('button', { name: 'Vorschau-Link erzeugen' }).click()
    await expect(page.getByTestId('vorschau-link')).toBeVisible()
    await page.goto(`/admin/news/${idOf('news', 'slug', 'matrix-zum-zurueckziehen')}`)
    arm()
    await page.getByRole('button', { name: 'Vorschau-Link widerrufen' }).first().click()
  },
  // The form sends itself a few seconds after typing stops.
  autosaveAction: async (page, arm) => {
    await page.goto(`/admin/news/${idOf('news', 'slug', 'matrix-zum-zurueckziehen')}`)
    await page.getByLabel('Vorspann').fill('Automatisch gesichert von der Redaktion')
    arm()
  },
  'autosaveAction (Vorschlag)': async (page, arm) => {
    await page.goto(`/admin/news/${idOf('news', 'slug', 'matrix-entwurf-partner-a')}`)
    await page.getByLabel('Vorspann').fill('Automatisch gesichert von Partner A')
    arm()
  },
  transitionNewsAction: async (page, arm) => {
    await page.goto(`/admin/news/${idOf('news', 'slug', 'matrix-zum-zurueckziehen')}`)
    arm()
    await page.getByRole('button', { name: 'Zurückziehen' }).click()
  },
  reviewNewsAction: async (page, arm) => {
    await page.goto('/admin/review')
    arm()
    await page.getByRole('button', { name: 'Matrix: Vorschlag von Partner A freigeben' }).click()
  },
  deleteNewsAction: async (page, arm) => {
    await page.goto(`/admin/news/${idOf('news', 'slug', 'matrix-zum-loeschen')}`)
    await page.getByText('Löschen …').click()
    await page.getByLabel(/Ja, endgültig löschen/).check()
    arm()
    await page.getByRole('button', { name: 'Endgültig löschen' }).click()
  },
  restoreNewsRevisionAction: async (page, arm) => {
    const id = idOf('news', 'slug', 'delegationen-aus-katalonien-und-frankreich-zu-gast-in-owl')
    await page.goto(`/admin/news/${id}`)
    await page.getByLabel('Vorspann').fill('Kurzer neuer Vorspann.')
    await saveAndWait(page, 'Speichern')
    await page.goto(`/admin/news/${id}/versionen`)
    arm()
    await page.getByRole('button', { name: 'Wiederherstellen' }).first().click()
  },
  saveEventAction: async (page, arm) => {
    await page.goto('/admin/events/new')
    await page.getByLabel('Titel').fill('Matrix: neuer Termin')
    await page.getByLabel(/^Beginn/).fill('2027-06-01T10:00')
    arm()
    await page.getByRole('button', { name: 'Veröffentlichen' }).click()
  },
  transitionEventAction: async (page, arm) => {
    await page.goto(`/admin/events/${idOf('events', 'slug', 'matrix-termin-zum-zurueckziehen')}`)
    arm()
    await page.getByRole('button', { name: 'Zurückziehen' }).click()
  },
  reviewEventAction: async (page, arm) => {
    await page.goto('/admin/review')
    arm()
    await page
      .getByRole('button', { name: 'Matrix: Terminvorschlag von Partner A freigeben' })
      .click()
  },
  deleteEventAction: async (page, arm) => {
    await page.goto(`/admin/events/${idOf('events', 'slug', 'matrix-termin-zum-loeschen')}`)
    await page.getByText('Löschen …').click()
    await page.getByLabel(/Ja, endgültig löschen/).check()
    arm()
    await page.getByRole('button', { name: 'Endgültig löschen' }).click()
  },
  restoreEventRevisionAction: async (page, arm) => {
    const id = idOf('events', 'slug', 'digitalgipfel-owl-2020')
    await page.goto(`/admin/events/${id}`)
    await page.getByLabel('Kurzbeschreibung').fill('Kurze neue Beschreibung.')
    await saveAndWait(page, 'Speichern')
    await page.goto(`/admin/events/${id}/versionen`)
    arm()
    await page.getByRole('button', { name: 'Wiederherstellen' }).first().click()
  },
  savePartnerAction: async (page, arm) => {
    await page.goto(`/admin/partners/${idOf('partners', 'slug', ACCOUNTS.partnerA.partnerSlug)}`)
    await page.getByLabel('Ort', { exact: true }).fill('Paderborn')
    arm()
    await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  },
  restorePartnerRevisionAction: async (page, arm) => {
    const id = idOf('partners', 'slug', 'vereine-und-verbaende/verein-beispieltechnik-lippe-e-v')
    await page.goto(`/admin/partners/${id}`)
    await page.getByLabel('Ort', { exact: true }).fill('Lemgo')
    await saveAndWait(page, 'Speichern')
    await page.goto(`/admin/partners/${id}/versionen`)
    arm()
    await page.getByRole('button', { name: 'Wiederherstellen' }).first().click()
  },
  transitionPartnerAction: async (page, arm) => {
    await page.goto(
      `/admin/partners/${idOf('partners', 'slug', 'unternehmen-und-stiftungen/matrix-zum-loeschen')}`,
    )
    arm()
    await page.getByRole('button', { name: 'Archivieren' }).click()
  },
  deletePartnerAction: async (page, arm) => {
    await page.goto(
      `/admin/partners/${idOf('partners', 'slug', 'unternehmen-und-stiftungen/matrix-zum-loeschen')}`,
    )
    await page.getByText('Löschen …').click()
    await page.getByLabel(/Ja, endgültig löschen/).check()
    arm()
    await page.getByRole('button', { name: 'Endgültig löschen' }).click()
  },
  submitProfileAction: async (page, arm) => {
    await page.goto('/admin/profile')
    await page.getByLabel('Ort', { exact: true }).fill('Bielefeld')
    arm()
    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
  },
  submitProfileTranslationAction: async (page, arm) => {
    await page.goto('/admin/profile/englisch')
    await page.getByLabel('Zitat (englisch)').fill('Matrix: we proposed this.')
    arm()
    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
  },
  reviewProfileAction: async (page, arm) => {
    await page.goto('/admin/review')
    await page.getByRole('link', { name: "it's OWL Clustermanagement GmbH" }).click()
    arm()
    await page.getByRole('button', { name: /freigeben$/ }).click()
  },
  savePageAction: async (page, arm) => {
    await page.goto(`/admin/pages/${idOf('pages', 'slug', 'matrix-testseite')}`)
    await page.getByLabel('Titel').fill('Matrix Testseite geändert')
    arm()
    await page.getByRole('button', { name: 'Speichern und veröffentlichen' }).click()
  },
  restorePageRevisionAction: async (page, arm) => {
    const id = idOf('pages', 'slug', 'impressum')
    await page.goto(`/admin/pages/${id}`)
    await page.getByLabel('Titel').fill('Impressum (geändert)')
    await saveAndWait(page, 'Speichern und veröffentlichen')
    await page.goto(`/admin/pages/${id}/versionen`)
    arm()
    await page.getByRole('button', { name: 'Wiederherstellen' }).first().click()
  },
  deletePageAction: async (page, arm) => {
    await page.goto(`/admin/pages/${idOf('pages', 'slug', 'matrix-testseite')}`)
    await page.getByText('Löschen …').click()
    await page.getByLabel(/Ja, endgültig löschen/).check()
    arm()
    await page.getByRole('button', { name: 'Endgültig löschen' }).click()
  },
  saveCategoryAction: async (page, arm) => {
    await page.goto('/admin/categories')
    const row = page
      .locator('li')
      .filter({ has: page.locator('input[value="Matrix leere Kategorie"]') })
    await row.getByLabel('Name').fill('Matrix leere Kategorie 2')
    arm()
    await row.getByRole('button', { name: 'Speichern' }).click()
  },
  deleteCategoryAction: async (page, arm) => {
    await page.goto('/admin/categories')
    const row = page
      .locator('li')
      .filter({ has: page.locator('input[value^="Matrix leere Kategorie"]') })
    await row.getByText('Löschen …').click()
    await row.getByLabel(/Ja, endgültig löschen/).check()
    arm()
    await row.getByRole('button', { name: 'Endgültig löschen' }).click()
  },
  saveTranslationAction: async (page, arm) => {
    const id = idOf(
      'news',
      'slug',
      'zwei-neue-clustermanager-automotive-nrw-und-maschinenbau-produktionstechnik-nrw',
    )
    await page.goto(`/admin/news/${id}/englisch`)
    await page.getByLabel('Titel (englisch)').fill('Matrix: English version')
    arm()
    await page.getByRole('button', { name: 'Veröffentlichen' }).click()
  },
  withdrawTranslationAction: async (page, arm) => {
    await page.goto(`/admin/events/${idOf('events', 'slug', 'digitalgipfel-owl-2020')}/englisch`)
    await page.getByLabel('Titel (englisch)').fill('Matrix: English event')
    await saveAndWait(page, 'Veröffentlichen')
    arm()
    await page.getByRole('button', { name: 'Englische Fassung zurückziehen' }).click()
  },
  reviewTranslationAction: async (page, arm) => {
    // Partner A's English version of its own item, waiting for review.
    const db = openDb(false)
    try {
      const at = Date.now()
      db.prepare(
        "INSERT INTO translations (entity_type, entity_id, locale, slug, title, lead, body, link_labels, status, created_at, updated_at) VALUES ('news', ?, 'en', 'matrix-english-proposal', 'Matrix: English proposal', '', 'Text', '[]', 'in_review', ?, ?)",
      ).run(idOf('news', 'slug', 'matrix-vorschlag-partner-a'), at, at)
    } finally {
      db.close()
    }
    await page.goto('/admin/review')
    arm()
    await page
      .getByRole('button', { name: 'Englische Fassung Matrix: English proposal freigeben' })
      .click()
  },
  restoreTranslationRevisionAction: async (page, arm) => {
    const id = idOf('news', 'slug', 'matrix-zum-zurueckziehen')
    await page.goto(`/admin/news/${id}/englisch`)
    await page.getByLabel('Titel (englisch)').fill('Matrix: first English title')
    await saveAndWait(page, 'Veröffentlichen')
    await page.getByLabel('Titel (englisch)').fill('Matrix: second English title')
    await page.getByRole('button', { name: 'Speichern', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('second English title')
    await page.goto(`/admin/news/${id}/englisch/versionen`)
    arm()
    await page.getByRole('button', { name: 'Wiederherstellen' }).first().click()
  },
  inviteUserAction: async (page, arm) => {
    await page.goto('/admin/users')
    await page.getByLabel('Name').fill('Nora Neu')
    await page.getByLabel('E-Mail').fill('nora.neu@example.org')
    await page.getByRole('combobox', { name: 'Rolle' }).selectOption('editor')
    arm()
    await page.getByRole('button', { name: 'Einladen' }).click()
  },
  changeRoleAction: async (page, arm) => {
    await page.goto(`/admin/users/${idOf('users', 'email', 'eingeladen@example.org')}`)
    await page.getByRole('combobox', { name: 'Rolle' }).selectOption('partner')
    await page
      .getByLabel(/^Organisation/)
      .selectOption({ label: "it's OWL Clustermanagement GmbH" })
    arm()
    await page.getByRole('button', { name: 'Rolle speichern' }).click()
  },
  setUserStateAction: async (page, arm) => {
    await page.goto(`/admin/users/${idOf('users', 'email', 'eingeladen@example.org')}`)
    arm()
    await page.getByRole('button', { name: 'Sperren' }).click()
  },
  passwordLinkAction: async (page, arm) => {
    await page.goto(`/admin/users/${idOf('users', 'email', ACCOUNTS.partnerB.email)}`)
    arm()
    await page.getByRole('button', { name: /Passwort zurücksetzen/ }).click()
  },
  endSessionsAction: async (page, arm) => {
    await page.goto(`/admin/users/${idOf('users', 'email', ACCOUNTS.disabled.email)}`)
    arm()
    await page.getByRole('button', { name: 'Sitzungen beenden' }).click()
  },
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
