import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Forbidden, NotAuthenticated } from '@/db/auth/guard'
import { saveAutosave } from '@/db/admin/autosave'
import { saveEvent } from '@/db/admin/events'
import { savePage } from '@/db/admin/pages'
import { getEventPreview } from '@/db/admin/preview-event'
import { createPreviewLink, openPreviewLink, revokePreviewLink } from '@/db/admin/preview-links'
import { getPagePreview } from '@/db/admin/preview-page'
import { getPartnerPreview } from '@/db/admin/preview-partner'
import { submitProfileChange } from '@/db/admin/submissions'
import { getEvent } from '@/db/public/events'
import { getPartnerProfile } from '@/db/public/partner-profile'
import { eventActionSchema } from '@/lib/validation/event'
import { pageFormSchema } from '@/lib/validation/page'
import { profileFormSchema } from '@/lib/validation/partner'
import { backendDatabase, signedIn } from '../helpers/backend'

vi.mock('@/db/auth/session', async () => {
  const { signedIn } = await import('../helpers/backend')
  return { getCurrentUser: async () => signedIn.user, clientAddress: async () => null }
})
// The public readers run outside Next.js here: their cache directives have nothing to talk to.
vi.mock('next/cache', () => ({ cacheLife: () => undefined, cacheTag: () => undefined }))

/*
 * "Vorschau" shows an unpublished item only to those who may edit it — the same people, by the
 * same rules, as the edit form — and with the viewer's own unsaved changes on top.
 */

let ctx: ReturnType<typeof backendDatabase>
beforeEach(() => {
  ctx = backendDatabase()
})
afterEach(() => ctx.cleanup())

async function refused(promise: Promise<unknown>) {
  return promise.then(
    () => 'shown',
    (error: unknown) => error,
  )
}

function eventDraft(title: string) {
  return eventActionSchema.parse({
    title,
    slug: 'entwurf-termin',
    summary: 'Gespeicherte Kurzbeschreibung',
    body: 'Gespeicherter Text',
    start: '2026-12-24',
    allDay: 'on',
    intent: 'save',
  })
}

describe('the preview of an event', () => {
  it('is shown to the partner whose draft it is and to editors, never to another partner or a visitor', async () => {
    signedIn.user = ctx.partnerUserA
    const id = await saveEvent(eventDraft('Termin von Alpha'))
    expect((await getEventPreview(id)).event.title).toBe('Termin von Alpha')
    signedIn.user = ctx.editor
    expect((await getEventPreview(id)).event.title).toBe('Termin von Alpha')
    signedIn.user = ctx.partnerUserB
    expect(await refused(getEventPreview(id))).toBeInstanceOf(Forbidden)
    signedIn.user = null
    expect(await refused(getEventPreview(id))).toBeInstanceOf(NotAuthenticated)
    expect(await getEvent('entwurf-termin')).toBeNull()
  })

  it("holds the viewer's own unsaved changes, and only the fields that are valid", async () => {
    signedIn.user = ctx.partnerUserA
    const id = await saveEvent(eventDraft('Gespeicherter Titel'))
    await saveAutosave('event', id, [
      ['title', ''],
      ['summary', 'Getippt, nicht gespeichert'],
      ['start', '2026-12-27T18:30'],
      ['end', ''],
      ['venueName', 'Stadthalle'],
      ['onlineUrl', 'kein link'],
    ])
    const preview = await getEventPreview(id)
    expect(preview.unsaved).toBe(true)
    expect(preview.event).toMatchObject({
      title: 'Gespeicherter Titel',
      summary: 'Getippt, nicht gespeichert',
      venueName: 'Stadthalle',
      onlineUrl: null,
      // The box "Ganztägig" is not among the fields: no longer all day.
      allDay: false,
      startsAt: new Date('2026-12-27T17:30:00Z'),
    })
    // The editor's preview has none of the partner's typing.
    signedIn.user = ctx.editor
    const editors = await getEventPreview(id)
    expect(editors.unsaved).toBe(false)
    expect(editors.event.summary).toBe('Gespeicherte Kurzbeschreibung')
  })
})

describe("an event's preview link", () => {
  it('is made only by those who may edit the event, and shows the version it froze', async () => {
    signedIn.user = ctx.partnerUserA
    const id = await saveEvent(eventDraft('Termin mit Link'))
    signedIn.user = ctx.partnerUserB
    expect(await refused(createPreviewLink('event', id, 7))).toBeInstanceOf(Forbidden)
    signedIn.user = ctx.partnerUserA
    await saveAutosave('event', id, [['summary', 'Fassung für den Link']])
    const path = await createPreviewLink('event', id, 7)
    expect(path).toMatch(new RegExp(`^/vorschau/termine/${id}\\?token=`))
    const token = decodeURIComponent(path.split('token=')[1]!)
    await saveEvent({ ...eventDraft('Termin mit Link'), id, summary: 'Später gespeichert' })

    signedIn.user = null
    const opened = await openPreviewLink('event', id, token)
    expect(
      opened?.kind === 'preview' && opened.view.type === 'event' && opened.view.event,
    ).toMatchObject({
      title: 'Termin mit Link',
      summary: 'Fassung für den Link',
    })
    // The token names this event only, not a news item with the same number.
    expect(await openPreviewLink('news', id, token)).toBeNull()
    signedIn.user = ctx.partnerUserB
    const linkId = ctx.db.$client.prepare('SELECT id FROM preview_links').get() as { id: number }
    expect(await refused(revokePreviewLink(linkId.id))).toBeInstanceOf(Forbidden)
    signedIn.user = ctx.editor
    expect(await revokePreviewLink(linkId.id)).toEqual({ type: 'event', id })
    expect(await openPreviewLink('event', id, token)).toBeNull()
  })
})

describe('the preview of a partner profile', () => {
  it("shows a partner its own pending proposal, never another organisation's profile", async () => {
    signedIn.user = ctx.partnerUserA
    await submitProfileChange(
      profileFormSchema.parse({ body: '## Vorgeschlagener Abschnitt\n\nNeu.', city: 'Paderborn' }),
    )
    const own = await getPartnerPreview(ctx.partnerA)
    expect(own.proposal).toBe(true)
    expect(own.profile.bodyHtml).toContain('Vorgeschlagener Abschnitt')
    expect(own.profile.city).toBe('Paderborn')
    expect(await refused(getPartnerPreview(ctx.partnerB))).toBeInstanceOf(Forbidden)
    signedIn.user = ctx.partnerUserB
    expect(await refused(getPartnerPreview(ctx.partnerA))).toBeInstanceOf(Forbidden)
    signedIn.user = null
    expect(await refused(getPartnerPreview(ctx.partnerA))).toBeInstanceOf(NotAuthenticated)
    // Visitors still see the published profile.
    expect((await getPartnerProfile('unternehmen/a'))?.bodyHtml).not.toContain('Vorgeschlagener')
  })

  it("shows editors the saved profile with their own unsaved changes, not a partner's proposal", async () => {
    signedIn.user = ctx.partnerUserA
    await submitProfileChange(profileFormSchema.parse({ body: 'Vorschlag des Partners' }))
    signedIn.user = ctx.editor
    expect((await getPartnerPreview(ctx.partnerA)).profile.bodyHtml).not.toContain('Vorschlag')
    await saveAutosave('partner', ctx.partnerA, [
      ['name', 'Alpha Neu GmbH'],
      ['body', 'Von der Redaktion getippt'],
      ['lat', '99'],
    ])
    const preview = await getPartnerPreview(ctx.partnerA)
    expect(preview).toMatchObject({ unsaved: true, proposal: false })
    expect(preview.profile.name).toBe('Alpha Neu GmbH')
    expect(preview.profile.bodyHtml).toContain('Von der Redaktion getippt')
    expect(preview.profile.lat).toBeNull()
  })
})

describe('the preview of a page', () => {
  it('is for admins only, with their unsaved changes', async () => {
    signedIn.user = ctx.admin
    const id = await savePage(
      pageFormSchema.parse({ title: 'Über uns', slug: 'ueber-uns', body: 'Gespeichert.' }),
    )
    await saveAutosave('page', id, [
      ['title', 'Über uns (neu)'],
      ['body', 'Noch nicht gespeichert.'],
    ])
    const preview = await getPagePreview(id)
    expect(preview.unsaved).toBe(true)
    expect(preview.page.title).toBe('Über uns (neu)')
    expect(preview.page.bodyHtml).toContain('Noch nicht gespeichert.')
    for (const user of [ctx.editor, ctx.partnerUserA]) {
      signedIn.user = user
      expect(await refused(getPagePreview(id))).toBeInstanceOf(Forbidden)
    }
  })
})
