import fs from 'node:fs'
import { expect } from '@playwright/test'
import { idOf, saveAndWait, type Trigger } from './shared'

/* Triggers for news, events, their previews, autosaves and images. */

export const NEWS_EVENT_TRIGGERS: Record<string, Trigger> = {
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
}
