'use server'

import { z } from 'zod'
import { deleteItem, EVENT_KIND, reviewItem, transitionItem } from '@/db/editorial'
import { saveEvent } from '@/db/events-admin'
import { guardedAction } from '@/db/guard'
import { restoreRevision } from '@/db/revisions-admin'
import { eventActionSchema } from '@/lib/validation/event'
import { TRANSITIONS } from '@/lib/workflow'

const id = z.coerce.number().int().positive()

export const saveEventAction = guardedAction(
  { name: 'saveEvent', roles: ['admin', 'editor', 'partner'], schema: eventActionSchema },
  async (data) => {
    const savedId = await saveEvent(data)
    return { redirectTo: `/admin/events/${savedId}?gespeichert=${data.intent}` }
  },
)

export const transitionEventAction = guardedAction(
  {
    name: 'transitionEvent',
    roles: ['admin', 'editor'],
    schema: z.object({ id, transition: z.enum(TRANSITIONS) }).strict(),
  },
  async ({ id: eventId, transition }) => {
    await transitionItem(EVENT_KIND, eventId, transition)
    return { redirectTo: `/admin/events/${eventId}?gespeichert=${transition}` }
  },
)

export const reviewEventAction = guardedAction(
  {
    name: 'reviewEvent',
    roles: ['admin', 'editor'],
    schema: z
      .object({
        id,
        decision: z.enum(['approve', 'reject']),
        note: z.string().trim().max(1000).optional(),
      })
      .strict(),
  },
  async ({ id: eventId, decision, note }) => {
    await reviewItem(EVENT_KIND, eventId, decision, note || null)
    return { redirectTo: '/admin/review?erledigt=1' }
  },
)

export const deleteEventAction = guardedAction(
  {
    name: 'deleteEvent',
    roles: ['admin'],
    schema: z
      .object({ id, confirm: z.literal('loeschen', { error: 'Bitte das Löschen bestätigen.' }) })
      .strict(),
  },
  async ({ id: eventId }) => {
    await deleteItem(EVENT_KIND, eventId)
    return { redirectTo: '/admin/events?geloescht=1' }
  },
)

export const restoreEventRevisionAction = guardedAction(
  {
    name: 'restoreEventRevision',
    roles: ['admin', 'editor'],
    schema: z.object({ revisionId: id }).strict(),
  },
  async ({ revisionId }) => {
    const entityId = await restoreRevision('event', revisionId)
    return { redirectTo: `/admin/events/${entityId}?gespeichert=restore` }
  },
)
