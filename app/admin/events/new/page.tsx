import type { Metadata } from 'next'
import { EventForm } from '../event-form'
import { autosaveFor } from '@/db/admin/autosave'
import { requirePageRole } from '@/db/auth/guard'
import { listNewsOptions, listPartnerOptions } from '@/db/admin/news'
import { isEditorial } from '@/lib/workflow'

export const metadata: Metadata = { title: 'Neue Veranstaltung' }

export default async function NewEventPage() {
  const user = await requirePageRole()
  const editorial = isEditorial(user.role)
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-brand-900">
        {editorial ? 'Neue Veranstaltung' : 'Veranstaltung vorschlagen'}
      </h1>
      {!editorial ? (
        <p className="text-muted">
          Ihr Vorschlag wird von der Redaktion geprüft, bevor er erscheint.
        </p>
      ) : null}
      <EventForm
        autosave={await autosaveFor('event', null, '/admin/events/')}
        role={user.role}
        status={null}
        publishAt=""
        partnerOptions={editorial ? await listPartnerOptions() : null}
        newsOptions={editorial ? await listNewsOptions() : null}
        defaultValues={{
          title: '',
          slug: '',
          summary: '',
          body: '',
          start: '',
          end: '',
          allDay: false,
          venueName: '',
          venueAddress: '',
          onlineUrl: '',
          registrationUrl: '',
          contactName: '',
          contactRole: '',
          contactPhone: '',
          contactEmail: '',
          organizerPartnerId: '',
          reportNewsId: '',
        }}
      />
    </div>
  )
}
