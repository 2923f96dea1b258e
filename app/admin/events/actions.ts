'use server'

import { EVENT_KIND } from '@/db/admin/editorial'
import { deleteItem, reviewItem, transitionItem } from '@/db/admin/workflow'
import { saveEvent } from '@/db/admin/events'
import { guardedAction } from '@/db/auth/guard'
import { restoreRevision } from '@/db/admin/revisions'
import { eventActionSchema } from '@/lib/validation/event'
import {
  deleteSchema,
  restoreSchema,
  itemReviewSchema,
  transitionSchema,
} from '@/lib/validation/item-actions'

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
    schema: transitionSchema,
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
    schema: itemReviewSchema,
  },
  async ({ id: eventId, revisionId, decision, note }) => {
    await reviewItem(EVENT_KIND, eventId, revisionId, decision, note || null)
    return { redirectTo: '/admin/review?erledigt=1' }
  },
)

export const deleteEventAction = guardedAction(
  {
    name: 'deleteEvent',
    roles: ['admin'],
    schema: deleteSchema,
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
    schema: restoreSchema,
  },
  async ({ revisionId }) => {
    const entityId = await restoreRevision('event', revisionId)
    return { redirectTo: `/admin/events/${entityId}?gespeichert=restore` }
  },
)
