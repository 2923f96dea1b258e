import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import { restoreEventRevisionAction } from '../../actions'
import { VersionsPage } from '@/components/admin/versions-page'
import { EVENT_FIELDS } from '@/lib/revision-diff'

export const metadata: Metadata = { title: 'Versionen' }

export default async function EventVersionsPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageRole()
  return (
    <VersionsPage
      type="event"
      rawId={(await params).id}
      backHref={(id) => `/admin/events/${id}`}
      backLabel="Zurück zur Veranstaltung"
      fields={EVENT_FIELDS}
      restore={restoreEventRevisionAction}
    />
  )
}
