import 'server-only'
import { forbidden } from 'next/navigation'
import { eq } from 'drizzle-orm'
import { getDb } from '../client'
import { insertEvent, updateEvent, type EventInput } from '../store/events'
import {
  assertSlugFree,
  EVENT_KIND,
  listPage,
  loadEditable,
  saveAuditAction,
  statusForSave,
} from './editorial'
import { FieldError, Forbidden, requireUser, UserError } from '../auth/guard'
import { recordAudit } from '../store/journal'
import { events, news, partners, type ContentStatus } from '../schema'
import type { CurrentUser } from '../auth/session'
import { writeTransaction } from '../tx'
import { berlinLocalToInstant } from '@/lib/dates'
import type { EventAction } from '@/lib/validation/event'
import { isEditorial } from '@/lib/workflow'

/* Events in the editorial backend; the same rules as news (db/admin/editorial.ts). */

export async function listEventsAdmin(query: {
  status: ContentStatus | null
  q: string
  page: number
}) {
  const user = await requireUser()
  return listPage(EVENT_KIND, user, query)
}

function loadEvent(user: CurrentUser, id: number) {
  return loadEditable(EVENT_KIND, user, id) as NonNullable<
    ReturnType<typeof import('../store/events').eventSnapshot>
  >
}

export async function getEventForEdit(id: number) {
  const user = await requireUser()
  try {
    return loadEvent(user, id)
  } catch (error) {
    if (error instanceof UserError) return null
    // Another organisation's item: the page answers 403, without showing anything of it.
    if (error instanceof Forbidden) forbidden()
    throw error
  }
}

export async function saveEvent(data: EventAction): Promise<number> {
  const user = await requireUser()
  if (!isEditorial(user.role) && !user.partnerId)
    throw new UserError('Ihr Konto ist keiner Organisation zugeordnet.')
  const db = getDb()
  const existing = data.id ? loadEvent(user, data.id) : null
  const change = statusForSave(user, existing, data.intent, data.publishAt)
  assertSlugFree(EVENT_KIND, data.slug, existing?.id ?? null, user)

  const startsAt = berlinLocalToInstant(data.allDay ? data.start.slice(0, 10) : data.start)
  const endsAt = data.end
    ? berlinLocalToInstant(data.allDay ? data.end.slice(0, 10) : data.end)
    : null
  let organizerPartnerId = data.organizerPartnerId
  let reportNewsId = data.reportNewsId
  if (!isEditorial(user.role)) {
    // A partner's proposal is organised by its own organisation and has no report yet.
    organizerPartnerId = user.partnerId
    reportNewsId = existing?.reportNewsId ?? null
  }
  if (
    organizerPartnerId &&
    !db.select({ id: partners.id }).from(partners).where(eq(partners.id, organizerPartnerId)).get()
  ) {
    throw new FieldError('organizerPartnerId', 'Diesen Partner gibt es nicht.')
  }
  if (reportNewsId) {
    if (!db.select({ id: news.id }).from(news).where(eq(news.id, reportNewsId)).get())
      throw new FieldError('reportNewsId', 'Diese Meldung gibt es nicht.')
    const other = db
      .select({ id: events.id, title: events.title })
      .from(events)
      .where(eq(events.reportNewsId, reportNewsId))
      .get()
    if (other && other.id !== existing?.id)
      throw new FieldError(
        'reportNewsId',
        `Diese Meldung ist schon der Bericht zu „${other.title}“.`,
      )
  }
  const input: EventInput = {
    slug: data.slug,
    title: data.title,
    summary: data.summary,
    body: data.body,
    startsAt,
    endsAt,
    allDay: data.allDay,
    venueName: data.venueName,
    venueAddress: data.venueAddress,
    onlineUrl: data.onlineUrl,
    registrationUrl: data.registrationUrl,
    contactName: data.contactName,
    contactRole: data.contactRole,
    contactPhone: data.contactPhone,
    contactEmail: data.contactEmail,
    organizerPartnerId,
    reportNewsId,
    partnerId: isEditorial(user.role) ? (existing?.partnerId ?? null) : user.partnerId,
  }
  return writeTransaction(db, (tx) => {
    const meta = { authorId: user.id, source: 'edit' as const }
    const id = existing
      ? (updateEvent(tx, existing.id, input, change, meta), existing.id)
      : insertEvent(tx, input, change, meta)
    recordAudit(tx, {
      action: saveAuditAction(EVENT_KIND, existing?.status ?? null, change.status),
      actorId: user.id,
      actorEmail: user.email,
      entityType: 'event',
      entityId: id,
      details: { title: input.title, status: change.status },
    })
    return id
  })
}
