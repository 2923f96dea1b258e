import { expect } from '@playwright/test'
import { ACCOUNTS } from '../accounts'
import { openDb } from '../db'
import { idOf, saveAndWait, type Trigger } from './shared'

/* Triggers for partners and their profiles, pages, categories and English versions. */

export const PARTNER_PAGE_TRIGGERS: Record<string, Trigger> = {
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
    // The link navigates within the page: the queue's own buttons stay until the profile is there.
    await page.waitForURL(/\/admin\/review\/profil\/\d+$/)
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
}
