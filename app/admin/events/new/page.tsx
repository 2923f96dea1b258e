import type { Metadata } from 'next'
import { EventForm } from '../event-form'
import { autosaveFor } from '@/db/admin/autosave'
import { requirePageRole } from '@/db/auth/guard'
import { listNewsOptions, listPartnerOptions } from '@/db/admin/news'
import { isEditorial } from '@/lib/workflow'
import { getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('events')
  return { title: t('new.title') }
}

export default async function NewEventPage() {
  const user = await requirePageRole()
  const t = await getAdminTranslations('events')
  const editorial = isEditorial(user.role)
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-brand-900">
        {editorial ? t('new.title') : t('new.propose')}
      </h1>
      {!editorial ? <p className="text-muted">{t('new.proposalHint')}</p> : null}
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
