import Database from 'better-sqlite3'
import { hashPassword } from '../../lib/password'

/*
 * Accounts for the end-to-end tests, written straight into the fresh e2e database before the
 * server starts: one per role, two partner accounts for two different organisations, and one
 * account that will be disabled while its session is open.
 */

export const E2E_PASSWORD = 'E2e-Passwort-Test-2026'

export const ACCOUNTS = {
  editor: {
    email: 'redaktion@example.org',
    name: 'Rita Redaktion',
    role: 'editor',
    partnerSlug: null,
  },
  partnerA: {
    email: 'partner-a@example.org',
    name: 'Anna Partner',
    role: 'partner',
    partnerSlug: 'unternehmen-und-stiftungen/it-s-owl-clustermanagement-gmb-h',
  },
  partnerB: {
    email: 'partner-b@example.org',
    name: 'Bernd Partner',
    role: 'partner',
    partnerSlug:
      'wissenschaftseinrichtungen-hochschulen-und-hochschulverbaende/technische-hochschule-beispielstadt',
  },
  disabled: {
    email: 'gesperrt@example.org',
    name: 'Gerd Gesperrt',
    role: 'editor',
    partnerSlug: null,
  },
  /** An editor without a second factor, for the policy that makes one compulsory for editors. */
  passwordOnly: {
    email: 'pflicht@example.org',
    name: 'Paula Pflicht',
    role: 'editor',
    partnerSlug: null,
  },
} as const

export type AccountKey = keyof typeof ACCOUNTS

export async function createAccounts(file: string): Promise<void> {
  const db = new Database(file)
  db.pragma('foreign_keys = ON')
  const hash = await hashPassword(E2E_PASSWORD)
  const now = Date.now()
  for (const account of Object.values(ACCOUNTS)) {
    const partner = account.partnerSlug
      ? (db.prepare('SELECT id FROM partners WHERE slug = ?').get(account.partnerSlug) as {
          id: number
        })
      : null
    db.prepare(
      `INSERT OR IGNORE INTO users (email, name, password_hash, role, partner_id, state, session_version, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'active', 1, ?, ?)`,
    ).run(account.email, account.name, hash, account.role, partner?.id ?? null, now, now)
  }
  db.close()
}

/** Content the permission matrix acts on: proposals, things to delete, a pending profile change. */
export function createMatrixContent(file: string): void {
  const db = new Database(file)
  db.pragma('foreign_keys = ON')
  const now = Date.now()
  const { id: partnerA, body: partnerABody } = db
    .prepare('SELECT id, body FROM partners WHERE slug = ?')
    .get(ACCOUNTS.partnerA.partnerSlug) as { id: number; body: string }
  const userA = (
    db.prepare('SELECT id FROM users WHERE email = ?').get(ACCOUNTS.partnerA.email) as {
      id: number
    }
  ).id
  const category = (
    db.prepare("SELECT id FROM categories WHERE slug = 'unternehmen-und-stiftungen'").get() as {
      id: number
    }
  ).id
  const news = db.prepare(
    `INSERT OR IGNORE INTO news (slug, title, lead, body, date, status, partner_id, author_id, created_at, updated_at) VALUES (?, ?, '', 'Text', '2026-11-01', ?, ?, ?, ?, ?)`,
  )
  news.run(
    'matrix-entwurf-partner-a',
    'Matrix: Entwurf von Partner A',
    'draft',
    partnerA,
    userA,
    now,
    now,
  )
  news.run(
    'matrix-vorschlag-partner-a',
    'Matrix: Vorschlag von Partner A',
    'in_review',
    partnerA,
    userA,
    now,
    now,
  )
  news.run('matrix-zum-loeschen', 'Matrix: Meldung zum Löschen', 'published', null, null, now, now)
  news.run(
    'matrix-zum-zurueckziehen',
    'Matrix: Meldung zum Zurückziehen',
    'published',
    null,
    null,
    now,
    now,
  )
  const event = db.prepare(
    `INSERT OR IGNORE INTO events (slug, title, summary, body, starts_at, all_day, status, partner_id, organizer_partner_id, author_id, created_at, updated_at) VALUES (?, ?, '', 'Text', ?, 0, ?, ?, ?, ?, ?, ?)`,
  )
  event.run(
    'matrix-termin-vorschlag',
    'Matrix: Terminvorschlag von Partner A',
    now + 30 * 86400000,
    'in_review',
    partnerA,
    partnerA,
    userA,
    now,
    now,
  )
  event.run(
    'matrix-termin-zum-loeschen',
    'Matrix: Termin zum Löschen',
    now + 40 * 86400000,
    'published',
    null,
    null,
    null,
    now,
    now,
  )
  event.run(
    'matrix-termin-zum-zurueckziehen',
    'Matrix: Termin zum Zurückziehen',
    now + 50 * 86400000,
    'published',
    null,
    null,
    null,
    now,
    now,
  )
  db.prepare(
    `INSERT OR IGNORE INTO partners (slug, name, sort_name, category_id, body, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'Text', 'published', ?, ?)`,
  ).run(
    'unternehmen-und-stiftungen/matrix-zum-loeschen',
    'Matrix Partner zum Löschen',
    'matrix partner zum loschen',
    category,
    now,
    now,
  )
  db.prepare(
    `INSERT OR IGNORE INTO categories (name, slug, sort_order, created_at, updated_at) VALUES ('Matrix leere Kategorie', 'matrix-leere-kategorie', 99, ?, ?)`,
  ).run(now, now)
  db.prepare(
    `INSERT OR IGNORE INTO pages (slug, title, body, created_at, updated_at) VALUES ('matrix-testseite', 'Matrix Testseite', 'Text', ?, ?)`,
  ).run(now, now)
  db.prepare(
    `INSERT INTO submissions (partner_id, data, status, submitted_by, created_at, updated_at) VALUES (?, ?, 'pending', ?, ?, ?)`,
  ).run(
    partnerA,
    JSON.stringify({
      website: 'https://example.org/vorschlag',
      city: 'Paderborn',
      quoteText: null,
      quoteAuthor: null,
      quoteAuthorFunction: null,
      // A proposal adds to the profile; the rest stays as it is.
      body: `${partnerABody}\n\nVorgeschlagener Text`,
    }),
    userA,
    now,
    now,
  )
  db.prepare(
    `INSERT OR IGNORE INTO users (email, name, role, state, session_version, created_at, updated_at) VALUES ('eingeladen@example.org', 'Ina Eingeladen', 'editor', 'invited', 1, ?, ?)`,
  ).run(now, now)
  db.close()
}

async function main() {
  await createAccounts(process.argv[2]!)
  createMatrixContent(process.argv[2]!)
}

if (process.argv[1]?.endsWith('accounts.ts')) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
