import 'server-only'
import { getDb } from '../client'
import { requireUser } from '../auth/guard'
import { EVENT_KIND, loadEditable } from './editorial'
import { unsavedFields } from './preview-overlay'
import { eventDetailOf } from '../public/events'
import type { eventSnapshot } from '../store/events'
import { berlinLocalToInstant } from '@/lib/dates'
import { eventFormSchema } from '@/lib/validation/event'
import { isEditorial } from '@/lib/workflow'

/*
 * "Vorschau" of an event: as its public page will show it, from the event as saved with the
 * viewer's unsaved changes on top. For those who may edit it (db/admin/editorial.ts): editors
 * every event, a partner only its own organisation's.
 */

export type EventRow = NonNullable<ReturnType<typeof eventSnapshot>>

const INSTANTS = ['startsAt', 'endsAt', 'publishAt', 'publishedAt', 'createdAt', 'updatedAt']

/** An event row back from JSON (what a preview link froze): its instants are dates again. */
export function eventRowFromJson(json: string): EventRow {
  const row = JSON.parse(json) as Record<string, unknown>
  for (const key of INSTANTS)
    if (typeof row[key] === 'string') row[key] = new Date(row[key] as string)
  return row as EventRow
}

/** The event as saved with the caller's unsaved changes, for someone who may edit it. */
export async function eventPreviewRow(id: number): Promise<{ row: EventRow; unsaved: boolean }> {
  const user = await requireUser()
  const saved = loadEditable(EVENT_KIND, user, id) as EventRow
  const typed = await unsavedFields('event', id, eventFormSchema.shape, { checkboxes: ['allDay'] })
  let row = saved
  if (typed) {
    const allDay = typed.allDay ?? saved.allDay
    // As the save does (db/admin/events.ts): an all-day event starts at local midnight.
    const instant = (local: string) => berlinLocalToInstant(allDay ? local.slice(0, 10) : local)
    const startsAt = typed.start ? instant(typed.start) : saved.startsAt
    const endsAt = typed.end === undefined ? saved.endsAt : typed.end ? instant(typed.end) : null
    const { start: _start, end: _end, ...fields } = typed
    row = {
      ...saved,
      ...fields,
      allDay,
      startsAt,
      endsAt: endsAt && endsAt >= startsAt ? endsAt : null,
      // A partner's event is organised by its own organisation and gets no report from it.
      ...(!isEditorial(user.role)
        ? { organizerPartnerId: saved.organizerPartnerId, reportNewsId: saved.reportNewsId }
        : {}),
    }
  }
  return { row, unsaved: !!typed }
}

/** What "Vorschau" shows to someone signed in who may edit the event. */
export async function getEventPreview(id: number) {
  const { row, unsaved } = await eventPreviewRow(id)
  return { status: row.status, unsaved, event: eventDetailOf(getDb(), row, 'de') }
}
