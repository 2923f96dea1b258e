import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import { restorePartnerRevisionAction } from '../../actions'
import { VersionsPage } from '@/components/admin/versions-page'
import { PARTNER_FIELDS } from '@/lib/revision-diff'

export const metadata: Metadata = { title: 'Versionen' }

export default async function PartnerVersionsPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageRole('editor', 'admin')
  return (
    <VersionsPage
      type="partner"
      rawId={(await params).id}
      backHref={(id) => `/admin/partners/${id}`}
      backLabel="Zurück zum Partner"
      fields={PARTNER_FIELDS}
      restore={restorePartnerRevisionAction}
    />
  )
}
