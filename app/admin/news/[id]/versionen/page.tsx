import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import { restoreNewsRevisionAction } from '../../actions'
import { VersionsPage } from '@/components/admin/versions-page'
import { NEWS_FIELDS } from '@/lib/revision-diff'

export const metadata: Metadata = { title: 'Versionen' }

export default async function NewsVersionsPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageRole()
  return (
    <VersionsPage
      type="news"
      rawId={(await params).id}
      backHref={(id) => `/admin/news/${id}`}
      backLabel="Zurück zur Meldung"
      fields={NEWS_FIELDS}
      restore={restoreNewsRevisionAction}
    />
  )
}
