import { requirePageRole } from '@/db/auth/guard'
import { getAdminTranslations } from '@/lib/i18n/admin'
import type { Metadata } from 'next'
import { restoreEventRevisionAction } from '../../actions'
import { VersionsPage } from '@/components/admin/versions-page'
import { EVENT_FIELDS } from '@/lib/revision-diff'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('events')
  return { title: t('versions.title') }
}

export default async function EventVersionsPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageRole()
  const t = await getAdminTranslations('events')
  return (
    <VersionsPage
      type="event"
      rawId={(await params).id}
      backHref={(id) => `/admin/events/${id}`}
      backLabel={t('versions.back')}
      fields={EVENT_FIELDS.map((field) => ({
        ...field,
        label: t(`versions.fields.${field.key}`),
      }))}
      restore={restoreEventRevisionAction}
    />
  )
}
