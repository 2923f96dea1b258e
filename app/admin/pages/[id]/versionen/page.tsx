import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import { restorePageRevisionAction } from '../../actions'
import { VersionsPage } from '@/components/admin/versions-page'
import { PAGE_FIELDS } from '@/lib/revision-diff'

export const metadata: Metadata = { title: 'Versionen' }

export default async function PageVersionsPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageRole('admin')
  return (
    <VersionsPage
      type="page"
      rawId={(await params).id}
      backHref={(id) => `/admin/pages/${id}`}
      backLabel="Zurück zur Seite"
      fields={PAGE_FIELDS}
      restore={restorePageRevisionAction}
    />
  )
}
