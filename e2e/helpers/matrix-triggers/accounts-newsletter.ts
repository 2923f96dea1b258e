import { ACCOUNTS } from '../accounts'
import { openDb } from '../db'
import { idOf, type Trigger } from './shared'

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

/* Triggers for the newsletter and for user accounts. */

export const ACCOUNT_NEWSLETTER_TRIGGERS: Record<string, Trigger> = {
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
